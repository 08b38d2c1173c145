import { Link, useParams } from 'react-router-dom';
import { Descriptions, Tag } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useSession } from '../../shared/session';
import { EmptyHint, ErrorBox, Loading, NeedStatusTag } from '../../shared/ui';
import { fmtTime } from '../../shared/format';
import { TopBar } from '../chrome';
import { SupportButton } from '../components';
import { NeedDoc } from '../operations';
import { NeedHistory } from '../../shared/NeedHistory';
import { NeedFollow } from '../year/follow';
import { PhotoStrip } from '../../shared/photos';

export default function NeedDetail() {
  const { id = '' } = useParams();
  const { t, L } = useLang();
  const { me } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NeedDoc, variables: { id } });
  const need = data?.need;
  const canSupport = !!need && (need.availableActions.includes('support') || need.availableActions.includes('unsupport'));
  return (
    <>
      <TopBar title={t('需求详情', 'Need')} back />
      <main className="gr-page">
        <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        {fetching && !data ? (
          <Loading />
        ) : !need ? (
          <div className="gr-card">
            <EmptyHint title={t('没有找到这条需求', 'This need was not found')} action={<Link to="/menu">{t('去需求菜单', 'Go to the menu')}</Link>} />
          </div>
        ) : (
          <>
            <div className="gr-card">
              <div className="gr-row" style={{ marginBottom: 6 }}>
                <Tag color={need.kind === 'MICRO_WISH' ? 'magenta' : 'gold'}>{L('NeedKind', need.kind)}</Tag>
                <h3 className="gr-grow" style={{ margin: 0 }}>{need.title}</h3>
                <NeedStatusTag status={need.status} />
              </div>
              <p style={{ whiteSpace: 'pre-wrap' }}>{need.content}</p>
              <PhotoStrip photos={need.photos} label={t('需求图片', 'Photos of the need')} testId="need-photos" />
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'c', label: t('分类', 'Category'), children: L('NeedCategory', need.category) },
                  { key: 'ch', label: t('渠道', 'Channel'), children: L('NeedChannel', need.channel) },
                  { key: 's', label: t('提交人', 'By'), children: need.submitter.displayName },
                  { key: 't', label: t('提交时间', 'Submitted'), children: fmtTime(need.createdAt) },
                  ...(need.rejectReason ? [{ key: 'r', label: t('未采纳原因', 'Reason'), children: need.rejectReason }] : []),
                  ...(need.project
                    ? [{ key: 'p', label: t('纳入项目', 'In project'), children: <Link to={`/projects/${need.project.id}`} data-testid="need-project-link">{need.project.title}</Link> }]
                    : []),
                  ...(need.mergedInto
                    ? [{ key: 'm', label: t('已合并到', 'Merged into'), children: <Link to={`/needs/${need.mergedInto.id}`}>{need.mergedInto.title}</Link> }]
                    : []),
                ]}
              />
              {canSupport && (
                <div style={{ marginTop: 8 }}>
                  <SupportButton need={need} block />
                </div>
              )}
              <NeedFollow id={need.id} />
              {need.submitter.id === me?.id && (
                <div className="gr-muted" style={{ marginTop: 8 }}>
                  {t(`已有 ${need.supportCount} 人支持您的需求`, `${need.supportCount} people support your need`)}
                </div>
              )}
            </div>
            {need.history.length > 0 && (
              <div className="gr-card">
                <h3>{t('状态记录', 'History')}</h3>
                <NeedHistory history={need.history} />
              </div>
            )}
          </>
        )}
      </main>
    </>
  );
}
