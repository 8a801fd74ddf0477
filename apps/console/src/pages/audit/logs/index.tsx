import { useState } from 'react';
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditEventView } from '@xinglin/contracts';
import { App, Button, Card, Flex, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { downloadText } from '../../../utils/download';
import ChainResult, { useChainCheck } from './components/ChainResult';
import EventDrawer from './components/EventDrawer';
import EventTable from './components/EventTable';
import FilterBar from './components/FilterBar';
import { auditEventsCsv } from './csv';
import { buildAuditQuery, type AuditFilters } from './query';
import { fetchAuditEvents, type AuditEventList } from './service';
import { text } from './texts';

const EMPTY: AuditEventList = { items: [], total: 0 };

/** 审计日志 (auditor only): search the hash-chained trail, verify the chain, export a page. */
export default function AuditLogsPage() {
  const { lang } = useT();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [open, setOpen] = useState<AuditEventView | null>(null);
  const chain = useChainCheck();

  const events = useRemote(
    async (signal) => {
      const built = buildAuditQuery(filters, paging.page, paging.pageSize, lang);
      // The filter form checks the same rule, so this only guards against a stale value.
      if (!built.ok) return EMPTY;
      return fetchAuditEvents(built.query, signal);
    },
    [filters, paging],
  );
  const { items, total } = events.data ?? EMPTY;

  const exportPage = () => {
    if (items.length === 0) {
      void message.info(pick(text.exportEmpty, lang));
      return;
    }
    downloadText(`audit-events-${dayjs().format('YYYYMMDD-HHmmss')}-p${paging.page}.csv`, auditEventsCsv(items, lang));
    void message.success(pick(text.exported, lang, { n: items.length }));
  };

  return (
    <Flex vertical gap={16} data-testid="audit-logs">
      <Card variant="borderless" styles={{ body: { paddingBottom: 8 } }}>
        <FilterBar
          onSearch={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
      </Card>
      <Card
        variant="borderless"
        title={
          <Space size={12}>
            <span>{pick(text.records, lang)}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
              {pick(text.total, lang, { n: total })}
            </Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <Button icon={<SafetyCertificateOutlined />} loading={chain.checking} onClick={() => void chain.run()} data-testid="chain-check">
              {pick(text.chain, lang)}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={exportPage} data-testid="audit-export">
              {pick(text.export, lang)}
            </Button>
          </Space>
        }
      >
        {chain.result && <ChainResult result={chain.result} onClose={chain.dismiss} />}
        <EventTable
          items={items}
          total={total}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={events.loading}
          onPage={(page, pageSize) => setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize }))}
          onOpen={setOpen}
        />
      </Card>
      <EventDrawer event={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
