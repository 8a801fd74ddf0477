import { Flex, Image, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useRemote } from '../../../../hooks/useRemote';
import { pick, useT } from '../../../../locales';
import { fetchImageList, fetchImageUrl } from '../service';
import { text } from '../texts';

function KeyImage({ reportId, n, caption }: { reportId: string; n: number; caption: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    let url: string | null = null;
    fetchImageUrl(reportId, n, abort.signal).then((u) => setSrc((url = u)), () => undefined);
    return () => {
      abort.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [reportId, n]);
  return (
    <Flex vertical gap={4} data-testid="console-key-image">
      {src ? <Image src={src} width={240} alt={caption} style={{ background: '#000' }} /> : <div style={{ width: 240, height: 240, background: '#f0f2f5' }} />}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{caption}</Typography.Text>
    </Flex>
  );
}

/** 关键影像 through the server (never the PACS address); a PACS outage shows a note, not an error page. */
export default function KeyImages({ reportId }: { reportId: string }) {
  const { lang } = useT();
  const list = useRemote((signal) => fetchImageList(reportId, signal), [reportId]);
  if (list.error) return <Typography.Text type="secondary">{pick(text.imagesUnavailable, lang)}</Typography.Text>;
  if (!list.data?.count) return null;
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5}>{pick(text.images, lang)}</Typography.Title>
      <Flex gap={12} wrap>
        {list.data.items.map((img) => <KeyImage key={img.n} reportId={reportId} n={img.n} caption={img.caption} />)}
      </Flex>
    </Flex>
  );
}
