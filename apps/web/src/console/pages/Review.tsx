import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Checkbox, DatePicker, Input, Popover, Segmented, Select, Space, Spin, Tag, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { CheckOutlined, CloseOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { refusalText } from '../../shared/errors';
import { useConnection } from '../../shared/paging';
import { EmptyHint, NeedStatusTag, PagedList } from '../../shared/ui';
import { fmtTime } from '../../shared/format';
import { NeedLists } from '../../shared/glossary';
import { AcceptNeedDoc, AcceptNeedsDoc, MergeNeedDoc, NeedsDoc, RejectNeedDoc, RejectNeedsDoc, SimilarNeedsDoc } from '../operations';
import type { ConsoleNeedRowFragment, NeedCategory, NeedChannel, NeedKind, NeedOrder } from '../gql/graphql';
import { CategorySuggestions } from '../classifier/CategorySuggestions';
import { ExportButton } from '../export-button';

/**
 * The review queue: submitted needs with the suggested category and its confidence, and
 * the open needs that look alike. Accept, reject and merge each take one step; ticked needs
 * are accepted into one category or turned down with one reason together (each submitter is
 * still told about their own need). Search, filters and order narrow the queue.
 */
export default function Review() {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const channels = useEnumOptions('NeedChannel');
  const kinds = useEnumOptions('NeedKind');
  const categories = useEnumOptions('NeedCategory');
  const [search, setSearch] = useState('');
  const [channel, setChannel] = useState<NeedChannel | undefined>();
  const [kind, setKind] = useState<NeedKind | undefined>();
  const [suggested, setSuggested] = useState<NeedCategory | undefined>();
  const [place, setPlace] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [orderBy, setOrderBy] = useState<NeedOrder>('NEWEST');
  const filters = {
      ...NeedLists.REVIEW_QUEUE,
      search: search || null,
      channel: channel ?? null,
      kind: kind ?? null,
      suggestedCategory: suggested ?? null,
      communityId: place?.startsWith('c:') ? place.slice(2) : null,
      buildingId: place?.startsWith('b:') ? place.slice(2) : null,
      from: range ? range[0].startOf('day').toISOString() : null,
      to: range ? range[1].endOf('day').toISOString() : null,
      orderBy,
  };
  const list = useConnection(NeedsDoc, { zoneId: zone?.id ?? '', ...filters }, (d) => d.needs, { pause: !zone });
  const [done, setDone] = useState<Set<string>>(new Set());
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const pending = list.nodes.filter((n) => !done.has(n.id));
  // one number for the header and the foot of the list: what the server counted, less what was handled here
  const remaining = list.totalCount == null ? null : Math.max(0, list.totalCount - done.size);
  const finish = (ids: string[]) => {
    setDone((s) => new Set([...s, ...ids]));
    setPicked((s) => new Set([...s].filter((id) => !ids.includes(id))));
  };
  const filtered = !!(search || channel || kind || suggested || place || range);

  const [batchCategory, setBatchCategory] = useState<NeedCategory | undefined>();
  const [batchReason, setBatchReason] = useState('');
  const [batchReasonError, setBatchReasonError] = useState<string | null>(null);
  const [batchRejectOpen, setBatchRejectOpen] = useState(false);
  const [acceptManyState, acceptMany] = useMutation(AcceptNeedsDoc);
  const [rejectManyState, rejectMany] = useMutation(RejectNeedsDoc);
  const pickedIds = pending.filter((n) => picked.has(n.id)).map((n) => n.id);

  const doAcceptMany = async () => {
    if (!batchCategory) {
      message.warning(t('请先选择分类', 'Choose a category first'));
      return;
    }
    const r = await acceptMany({ needIds: pickedIds, category: batchCategory });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(t(`已将 ${pickedIds.length} 条需求纳入「${L('NeedCategory', batchCategory)}」，已逐一通知提交人`, `${pickedIds.length} needs accepted into ${L('NeedCategory', batchCategory)}; each submitter told`));
      finish(pickedIds);
    }
  };
  const doRejectMany = async () => {
    if (!batchReason.trim()) {
      setBatchReasonError(t('请填写未采纳原因，每位提交人都会看到它', 'Give a reason; each submitter will see it'));
      return;
    }
    const r = await rejectMany({ needIds: pickedIds, reason: batchReason.trim() });
    if (r.error) setBatchReasonError(refusalText(r.error, lang));
    else {
      setBatchRejectOpen(false);
      setBatchReason('');
      message.success(t(`已将 ${pickedIds.length} 条需求标记为未采纳`, `${pickedIds.length} needs rejected`));
      finish(pickedIds);
    }
  };

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('需求审核', 'Review queue')}</h2>
        <span className="gr-muted" data-testid="review-count">
          {remaining != null && (filtered ? t(`符合条件 ${remaining} 条`, `${remaining} matching`) : t(`待审核 ${remaining} 条`, `${remaining} waiting`))}
        </span>
        <Button
          onClick={() => {
            setDone(new Set());
            setPicked(new Set());
            list.refresh();
          }}
        >
          {t('刷新', 'Refresh')}
        </Button>
        {zone && <ExportButton path={`/exports/zones/${encodeURIComponent(zone.id)}/needs.xlsx`} params={filters} filename={`${zone.name}-${t('需求审核队列', 'review-queue')}`} testId="review-export" />}
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('搜索标题或内容', 'Search title or content')}
            style={{ width: 240 }}
            onSearch={(v) => setSearch(v.trim())}
            data-testid="review-search"
            aria-label={t('搜索', 'Search')}
          />
          <Select allowClear placeholder={t('全部渠道', 'Any channel')} style={{ width: 130 }} value={channel} onChange={setChannel} options={channels} aria-label={t('渠道', 'Channel')} />
          <Select allowClear placeholder={t('全部类型', 'Any kind')} style={{ width: 120 }} value={kind} onChange={setKind} options={kinds} aria-label={t('类型', 'Kind')} />
          <Select
            allowClear
            placeholder={t('建议分类', 'Suggested category')}
            style={{ width: 170 }}
            value={suggested}
            onChange={setSuggested}
            options={categories}
            aria-label={t('建议分类', 'Suggested category')}
            data-testid="review-filter-suggested"
          />
          <Select
            allowClear
            placeholder={t('居民区 / 楼宇', 'Community / building')}
            style={{ width: 180 }}
            value={place}
            onChange={setPlace}
            aria-label={t('居民区或楼宇', 'Community or building')}
            options={[
              ...(zone?.communities ?? []).map((c) => ({ value: `c:${c.id}`, label: `${t('居民区', 'Community')} · ${c.name}` })),
              ...(zone?.buildings ?? []).map((b) => ({ value: `b:${b.id}`, label: `${t('楼宇', 'Building')} · ${b.name}` })),
            ]}
          />
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} allowClear aria-label={t('提交日期', 'Submitted between')} />
          <Segmented
            value={orderBy}
            onChange={(v) => setOrderBy(v as NeedOrder)}
            options={[
              { value: 'NEWEST', label: t('最新', 'Newest') },
              { value: 'OLDEST', label: t('最早', 'Oldest') },
              { value: 'SUPPORT', label: t('支持最多', 'Most supported') },
            ]}
            disabled={!!search}
            data-testid="review-order"
          />
        </Space>
        {search && <div className="gr-muted" style={{ marginTop: 6 }}>{t('搜索结果按相关度排列', 'Search results are ordered by relevance')}</div>}
      </Card>
      {pending.length > 0 && (
        <div className="gr-batch-bar" data-testid="batch-bar" style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
          <Checkbox
            checked={pickedIds.length > 0 && pickedIds.length === pending.length}
            indeterminate={pickedIds.length > 0 && pickedIds.length < pending.length}
            onChange={(e) => setPicked(e.target.checked ? new Set(pending.map((n) => n.id)) : new Set())}
            data-testid="pick-all"
          >
            {t(`全选已加载（已选 ${pickedIds.length} 条）`, `Select all loaded (${pickedIds.length} selected)`)}
          </Checkbox>
          <Space.Compact>
            <Select style={{ width: 180 }} value={batchCategory} onChange={setBatchCategory} options={categories} placeholder={t('批量纳入分类', 'Category for all')} aria-label={t('批量纳入分类', 'Category for all')} data-testid="batch-category" />
            <Button type="primary" icon={<CheckOutlined />} disabled={!pickedIds.length} loading={acceptManyState.fetching} onClick={doAcceptMany} data-testid="batch-accept">
              {t(`纳入菜单（${pickedIds.length}）`, `Accept (${pickedIds.length})`)}
            </Button>
          </Space.Compact>
          <Popover
            open={batchRejectOpen}
            onOpenChange={setBatchRejectOpen}
            trigger="click"
            title={t(`${pickedIds.length} 条需求的未采纳原因`, `Reason for ${pickedIds.length} needs`)}
            content={
              <div style={{ width: 300 }}>
                <Input.TextArea
                  rows={3}
                  value={batchReason}
                  maxLength={500}
                  status={batchReasonError ? 'error' : undefined}
                  onChange={(e) => {
                    setBatchReason(e.target.value);
                    setBatchReasonError(null);
                  }}
                  placeholder={t('如：属于物业职责，已转物业处理', 'e.g. handled by the property manager')}
                  data-testid="batch-reason"
                />
                {batchReasonError && <div style={{ color: '#ff4d4f', fontSize: 12 }}>{batchReasonError}</div>}
                <Button danger type="primary" block style={{ marginTop: 8 }} loading={rejectManyState.fetching} onClick={doRejectMany} data-testid="batch-reject-confirm">
                  {t('确认不采纳', 'Reject')}
                </Button>
              </div>
            }
          >
            <Button danger icon={<CloseOutlined />} disabled={!pickedIds.length} data-testid="batch-reject">
              {t(`不采纳…（${pickedIds.length}）`, `Reject… (${pickedIds.length})`)}
            </Button>
          </Popover>
        </div>
      )}
      <PagedList
        list={{ ...list, totalCount: remaining }}
        items={pending}
        empty={
          <Card>
            {filtered ? (
              <EmptyHint title={t('没有符合条件的待审核需求', 'No waiting needs match')} hint={t('换个关键词或清除筛选条件试试。', 'Try other words or clear the filters.')} />
            ) : (
              <EmptyHint
                title={t('没有待审核的需求', 'Nothing to review')}
                hint={t('居民提交或您代录的需求会出现在这里。', 'Needs submitted by residents or recorded by staff appear here.')}
                action={<Link to="/record"><Button>{t('代录线下需求', 'Record an offline need')}</Button></Link>}
              />
            )}
          </Card>
        }
      >
        {(needs) => (
          <Space orientation="vertical" style={{ width: '100%' }} size={12}>
            {needs.map((n) => (
              <ReviewCard
                key={n.id}
                need={n}
                picked={picked.has(n.id)}
                onPick={(on) => setPicked((s) => (on ? new Set([...s, n.id]) : new Set([...s].filter((x) => x !== n.id))))}
                onDone={() => finish([n.id])}
              />
            ))}
          </Space>
        )}
      </PagedList>
    </>
  );
}

function ReviewCard({ need, onDone, picked, onPick }: { need: ConsoleNeedRowFragment; onDone: () => void; picked: boolean; onPick: (on: boolean) => void }) {
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
            <Checkbox checked={picked} onChange={(e) => onPick(e.target.checked)} aria-label={t('选中', 'Select')} data-testid="pick-need" />
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
                <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{s.title}</span>
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
