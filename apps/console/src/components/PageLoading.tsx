import { Spin } from 'antd';

/** Shown while a page's code is loading. */
export default function PageLoading({ full = false }: { full?: boolean }) {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: full ? '100vh' : 320 }}>
      <Spin size="large" />
    </div>
  );
}
