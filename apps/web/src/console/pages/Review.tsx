import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Input, Popover, Select, Space, Spin, Tag, Tooltip } from 'antd';
import { CheckOutlined, CloseOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { refusalText } from '../../shared/errors';
import { useConnection } from '../../shared/paging';
import { EmptyHint, NeedStatusTag, PagedList } from '../../shared/ui';
import { fmtTime } from '../../shared/format';
import { AcceptNeedDoc, MergeNeedDoc, NeedsDoc, RejectNeedDoc, SimilarNeedsDoc } from '../operations';
import type { ConsoleNeedRowFragment, NeedCategory } from '../gql/graphql';
import { CategorySuggestions } from '../classifier/CategorySuggestions';

/**
 * The review queue: submitted needs with the suggested category and its confidence, and
 * the open needs that look alike. Accept, reject and merge each take one step.
 */
export default function Review() {
  const { t } = useLang();
  const { zone } = useZone();
  const list = useConnection(NeedsDoc, { zoneId: zone?.id ?? '', status: 'SUBMITTED' as const }, (d) => d.needs, { pause: !zone });
  const [done, setDone] = useState<Set<string>>(new Set());
  const pending = list.nodes.filter((n) => !done.has(n.id));

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('需求审核', 'Review queue')}</h2>
        <span className="gr-muted">
          {list.totalCount != null && t(`待审核 ${Math.max(0, list.totalCount - done.size)} 条`, `${Math.max(0, list.totalCount - done.size)} waiting`)}
        </span>
        <Button onClick={() => { setDone(new Set()); list.refresh(); }}>{t('刷新', 'Refresh')}</Button>
      </div>
      <PagedList
        list={list}
        items={pending}
        empty={
          <Card>
            <EmptyHint
              title={t('没有待审核的需求', 'Nothing to review')}
              hint={t('居民提交或您代录的需求会出现在这里。', 'Needs submitted by residents or recorded by staff appear here.')}
              action={<Link to="/record"><Button>{t('代录线下需求', 'Record an offline need')}</Button></Link>}
            />
          </Card>
        }
      >
        {(needs) => (
          <Space orientation="vertical" style={{ width: '100%' }} size={12}>
            {needs.map((n) => (
              <ReviewCard key={n.id} need={n} onDone={() => setDone((s) => new Set([...s, n.id]))} />
            ))}
          </Space>
        )}
      </PagedList>
    </>
  );
}

function ReviewCard({ need, onDone }: { need: ConsoleNeedRowFragment; onDone: () => void }) {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const categories = useEnumOptions('NeedCategory');
  const [category, setCategory] = useState<NeedCategory | undefined>(need.suggestions[0]?.category ?? need.suggestedCategory ?? undefined);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [acceptState, accept] = useMutation(AcceptNeedDoc);
  const [, reject] = useMutation(RejectNeedDoc);
  const [, merge] = useMutation(MergeNeedDoc);
  const [{ data: similar, fetching: similarLoading }] = useQuery({
    query: SimilarNeedsDoc,
    variables: { zoneId: zone?.id ?? '', title: need.title, content: need.content },
    pause: !zone,
  });
  const similarNeeds = (similar?.similarNeeds ?? []).filter((s) => s.id !== need.id);

  const doAccept = async () => {
    if (!category) {
      message.warning(t('请先选择分类', 'Choose a category first'));
      return;
    }
    const r = await accept({ needId: need.id, category });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(t(`已纳入需求菜单：${L('NeedCategory', category)}`, `Accepted into ${L('NeedCategory', category)}`));
      onDone();
    }
  };
  const doReject = async () => {
    if (!reason.trim()) {
      setReasonError(t('请填写未采纳原因，提交人会看到它', 'Give a reason; the submitter will see it'));
      return;
    }
    setBusy('reject');
    const r = await reject({ needId: need.id, reason: reason.trim() });
    setBusy(null);
    if (r.error) setReasonError(refusalText(r.error, lang));
    else {
      setRejectOpen(false);
      message.success(t('已标记为未采纳', 'Rejected'));
      onDone();
    }
  };
  const doMerge = async (intoId: string, intoTitle: string) => {
    setBusy(intoId);
    const r = await merge({ needId: need.id, intoNeedId: intoId });
    setBusy(null);
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(t(`已合并到「${intoTitle}」，支持数已转移`, `Merged into "${intoTitle}"`));
      onDone();
    }
  };

  return (
    <Card size="small" data-testid="review-card" data-need-id={need.id}>
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
        <div style={{ flex: '2 1 380px', minWidth: 0 }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 4 }}>
            <Tag color={need.kind === 'MICRO_WISH' ? 'magenta' : 'gold'}>{L('NeedKind', need.kind)}</Tag>
            <b style={{ fontSize: 15 }} data-testid="review-title">{need.title}</b>
            <NeedStatusTag status={need.status} />
          </div>
          <div style={{ whiteSpace: 'pre-wrap', color: '#444', marginBottom: 6 }}>{need.content}</div>
          <div className="gr-muted">
            {L('NeedChannel', need.channel)} · {need.submitter.displayName}
            {need.submitter.phone ? ` ${need.submitter.phone}` : ''} · {fmtTime(need.createdAt)} · {t('支持', 'supports')} {need.supportCount}
          </div>
          <div style={{ marginTop: 10 }}>
            <div className="gr-muted" style={{ marginBottom: 4 }}>
              {t('相似需求', 'Similar needs')} {similarLoading && <Spin size="small" />}
            </div>
            {!similarLoading && similarNeeds.length === 0 && <div className="gr-muted">{t('没有相似的需求', 'None found')}</div>}
            {similarNeeds.slice(0, 4).map((s) => (
              <div key={s.id} style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '2px 0' }} data-testid="similar-need">
                <NeedStatusTag status={s.status} />
                <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{s.title}</span>
                <span className="gr-muted">♥ {s.supportCount}</span>
                <Tooltip title={t('把本条合并到这条，支持者一并转移', 'Merge this need into that one, with its supporters')}>
                  <Button size="small" icon={<MergeCellsOutlined />} loading={busy === s.id} onClick={() => doMerge(s.id, s.title)}>
                    {t('合并到此', 'Merge here')}
                  </Button>
                </Tooltip>
              </div>
            ))}
          </div>
        </div>
        <div style={{ flex: '1 1 260px' }}>
          <div className="gr-muted" style={{ marginBottom: 4 }}>{t('系统建议分类', 'Suggested category')}</div>
          <CategorySuggestions suggestions={need.suggestions} value={category} onChange={setCategory} />
          <Space.Compact style={{ width: '100%' }}>
            <Select
              style={{ flex: 1 }}
              value={category}
              onChange={setCategory}
              options={categories}
              placeholder={t('选择分类', 'Category')}
              aria-label={t('分类', 'Category')}
            />
            <Button type="primary" icon={<CheckOutlined />} onClick={doAccept} loading={acceptState.fetching} data-testid="accept-need">
              {t('纳入菜单', 'Accept')}
            </Button>
          </Space.Compact>
          <Popover
            open={rejectOpen}
            onOpenChange={setRejectOpen}
            trigger="click"
            title={t('未采纳原因', 'Reason')}
            content={
              <div style={{ width: 280 }}>
                <Input.TextArea
                  rows={3}
                  value={reason}
                  maxLength={500}
                  status={reasonError ? 'error' : undefined}
                  onChange={(e) => {
                    setReason(e.target.value);
                    setReasonError(null);
                  }}
                  placeholder={t('如：属于物业职责，已转物业处理', 'e.g. handled by the property manager')}
                />
                {reasonError && <div style={{ color: '#ff4d4f', fontSize: 12 }}>{reasonError}</div>}
                <Button danger type="primary" block style={{ marginTop: 8 }} loading={busy === 'reject'} onClick={doReject}>
                  {t('确认不采纳', 'Reject')}
                </Button>
              </div>
            }
          >
            <Button danger icon={<CloseOutlined />} style={{ marginTop: 8 }} block>
              {t('不采纳…', 'Reject…')}
            </Button>
          </Popover>
        </div>
      </div>
    </Card>
  );
}
