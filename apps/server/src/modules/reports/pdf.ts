import type { ReportDetail } from '@xinglin/contracts';
import { renderPdf, type Block } from '@xinglin/pdf';

const HOSPITAL = '杏林医院';
const china = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '—');

/** The printable report (检验报告单 / 检查报告单): same content as the detail view, abnormal lines in bold with arrows. */
export function reportPdf(report: Omit<ReportDetail, 'patientId'>, patientName: string, printedAt: Date): Promise<Buffer> {
  const imaging = report.kind === 'imaging';
  const blocks: Block[] = [
    { kind: 'title', text: `${HOSPITAL} ${imaging ? '检查报告单' : '检验报告单'}` },
    {
      kind: 'fields',
      items: [
        { label: '姓名', value: patientName },
        { label: '项目', value: report.name },
        { label: '标本', value: report.specimen ?? '—' },
        { label: '申请医生', value: report.orderingDoctor ?? '—' },
        { label: '采集时间', value: china(report.collectedAt) },
        { label: '报告时间', value: china(report.releasedAt) },
      ],
    },
  ];
  if (report.corrected) blocks.push({ kind: 'paragraph', text: `本报告为更正后的版本（第 ${report.version} 版）。` });
  if (report.observations.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [{ header: '项目', width: 3.2 }, { header: '结果', width: 1.6, align: 'right' }, { header: '提示', width: 1.3 }, { header: '单位', width: 1.4 }, { header: '参考范围', width: 1.8 }],
      rows: report.observations.map((o) => ({
        cells: [o.name, o.value, o.abnormal ? `${o.arrow} ${o.flagText}`.trim() : '', o.unit ?? '', o.referenceRange ?? ''],
        emphasis: o.abnormal,
      })),
    });
    const hints = report.observations.filter((o) => o.hint).map((o) => `${o.name}：${o.hint}`);
    if (hints.length) blocks.push({ kind: 'heading', text: '结果解读' }, ...hints.map((text): Block => ({ kind: 'paragraph', text })));
  }
  if (report.imaging) {
    blocks.push({ kind: 'heading', text: '检查所见' }, { kind: 'paragraph', text: report.imaging.findings ?? '—' });
    blocks.push({ kind: 'heading', text: '诊断意见' }, { kind: 'paragraph', text: report.imaging.impression ?? '—' });
  }
  const notes = [...report.notes, ...report.observations.flatMap((o) => o.notes)];
  if (notes.length) blocks.push({ kind: 'heading', text: '备注' }, ...notes.map((text): Block => ({ kind: 'paragraph', text })));
  blocks.push({ kind: 'paragraph', text: '本报告仅对所检标本负责，结果解读仅供参考，请以医生诊断为准。' });
  return renderPdf({ title: `${report.name} - ${HOSPITAL}`, author: HOSPITAL, subject: report.name, footer: `${HOSPITAL}  打印时间 ${china(printedAt.toISOString())}`, createdAt: printedAt, blocks });
}
