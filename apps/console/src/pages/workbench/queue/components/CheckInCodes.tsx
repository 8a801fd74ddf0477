import { useState } from 'react';
import { Button, Card, Flex, Popconfirm, QRCode, Select, Space, Typography } from 'antd';
import type { CheckInPoint } from '@xinglin/contracts';
import { useRemote } from '../../../../hooks/useRemote';
import { pick, useT } from '../../../../locales';
import { getFeedback } from '../../../../services/feedback';
import { fetchCheckInPoints, rotateCheckInCode } from '../service';
import { text } from '../texts';

/** 科室签到二维码 (admin): pick a department, print its code; replace it when a photo of it leaks. */
export default function CheckInCodes() {
  const { lang } = useT();
  const points = useRemote((signal) => fetchCheckInPoints(signal), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = points.data ?? [];
  const point: CheckInPoint | undefined = list.find((p) => p.departmentId === chosen) ?? list[0];

  const rotate = async () => {
    if (!point) return;
    setBusy(true);
    try {
      await rotateCheckInCode(point.departmentId);
      getFeedback()?.message.success(pick(text.rotated, lang));
      points.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={pick(text.codesTitle, lang)} loading={points.loading && !points.data} data-testid="check-in-codes">
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{pick(text.codesHint, lang, { r: point?.radiusMetres ?? 500 })}</Typography.Text>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ maxWidth: 420 }}
          value={point?.departmentId}
          onChange={setChosen}
          options={list.map((p) => ({ value: p.departmentId, label: `${p.departmentName} · ${p.campusName}` }))}
          aria-label={pick(text.department, lang)}
          data-testid="check-in-department"
        />
        {point && (
          <Flex gap={24} wrap align="flex-start" className="check-in-poster">
            <QRCode value={point.qrText} size={240} errorLevel="M" bordered data-testid="check-in-qr" />
            <Flex vertical gap={8}>
              <Typography.Title level={4} style={{ margin: 0 }}>{point.departmentName}</Typography.Title>
              <Typography.Text>{point.campusName} · {point.location}</Typography.Text>
              <Typography.Text type="secondary">{pick(text.keyVersion, lang, { v: point.keyVersion })}</Typography.Text>
              <Typography.Text type="secondary">{pick(text.coords, lang, { lat: point.latitude.toFixed(5), lng: point.longitude.toFixed(5), r: point.radiusMetres })}</Typography.Text>
              <Typography.Text copyable={{ text: point.token }} code style={{ maxWidth: 360, wordBreak: 'break-all' }}>{point.token}</Typography.Text>
              <Space>
                <Button onClick={() => window.print()}>{pick(text.print, lang)}</Button>
                <Popconfirm title={pick(text.rotateConfirm, lang)} onConfirm={() => void rotate()}>
                  <Button danger loading={busy}>{pick(text.rotate, lang)}</Button>
                </Popconfirm>
              </Space>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
