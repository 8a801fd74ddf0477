import { NotificationOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function ContentPage() {
  return (
    <PagePlaceholder
      icon={<NotificationOutlined />}
      summary={{ zh: '医院公告、健康科普与就医指南的编辑、审核与发布。', en: 'Write, review and publish hospital notices, health education and visitor guides.' }}
      features={[
        { zh: '公告、科普文章与就医须知', en: 'Notices, health articles and visitor information' },
        { zh: '草稿、审核、定时发布与下线', en: 'Drafts, review, scheduled publishing and withdrawal' },
        { zh: '首页轮播与置顶管理', en: 'Home-page banners and pinned items' },
      ]}
    />
  );
}
