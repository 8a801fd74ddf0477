import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { listImages } from './api';
import { loadImage } from './binary';

function KeyImage({ reportId, n, caption }: { reportId: string; n: number; caption: string }) {
  const t = useT();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let loaded: string | null = null;
    loadImage(reportId, n).then(
      (url) => {
        loaded = url;
        if (live) setSrc(url);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      // H5 images are blob: URLs that hold the PNG in memory until revoked.
      if (loaded?.startsWith('blob:')) URL.revokeObjectURL(loaded);
    };
  }, [reportId, n]);
  return (
    <View className='rp-image' data-testid='report-image'>
      {src ? (
        <Image className='rp-image__img' src={src} mode='aspectFit' onClick={() => void Taro.previewImage({ urls: [src], current: src }).catch(() => undefined)} />
      ) : (
        <View className='rp-image__wait'>{failed ? t('reports.imagesUnavailable') : t('reports.imageLoading')}</View>
      )}
      <Text className='rp-image__caption'>{caption}</Text>
    </View>
  );
}

/** 关键影像 of an imaging report, fetched through the server (the app never sees the PACS). */
export function KeyImages({ reportId }: { reportId: string }) {
  const t = useT();
  const list = useAsync(() => listImages(reportId), [reportId]);
  if (list.error) return <Text className='xl-muted' data-testid='report-images-unavailable'>{t('reports.imagesUnavailable')}</Text>;
  if (!list.data || list.data.count === 0) return null;
  return (
    <View className='xl-card rp-section' data-testid='report-images'>
      <Text className='rp-section__title'>{t('reports.images')}</Text>
      {list.data.items.map((img) => <KeyImage key={img.n} reportId={reportId} n={img.n} caption={img.caption} />)}
    </View>
  );
}
