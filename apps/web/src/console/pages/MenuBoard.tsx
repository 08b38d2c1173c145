import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Card, Checkbox, Empty, Input, Tag } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { EmptyHint, ErrorBox, Loading, NeedStatusTag, PagedList } from '../../shared/ui';
import { useConnection } from '../../shared/paging';
import { NeedLists } from '../../shared/glossary';
import { NeedsDoc, NeedsMenuDoc } from '../operations';
import { ExportButton } from '../export-button';
import { NeedDrawer } from '../need-drawer';

/** The needs menu board: one column per category, most supported first, or search results; pick needs to draft a project. */
export default function MenuBoard() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NeedsMenuDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone });
  const [selected, setSelected] = useState<string[]>([]);
  const [openNeed, setOpenNeed] = useState<string | null>(null);
  const details = (id: string) => (
    <Button
      size="small"
      type="link"
      onClick={(e) => {
        e.preventDefault(); // inside the row's label: open the need, do not tick it
        setOpenNeed(id);
      }}
      data-testid="menu-need-open"
    >
      {t('详情', 'Details')}
    </Button>
  );
  const [search, setSearch] = useState('');
  const found = useConnection(NeedsDoc, { zoneId: zone?.id ?? '', ...NeedLists.MENU, search }, (d) => d.needs, { pause: !zone || !search });
  const sections = data?.needsMenu.sections ?? [];
  const total = sections.reduce((a, s) => a + s.count, 0);

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const draft = () => {
    const firstCat = sections.find((s) => s.needs.some((n) => selected.includes(n.id)))?.category ?? found.nodes.find((n) => selected.includes(n.id))?.category ?? undefined;
    navigate('/projects/new', { state: { needIds: selected, category: firstCat } });
  };

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('需求菜单', 'Needs menu')}</h2>
        <span className="gr-muted">{t(`共 ${total} 条已纳入菜单`, `${total} needs in the menu`)}</span>
        <Input.Search
          allowClear
          placeholder={t('在菜单中搜索', 'Search the menu')}
          style={{ width: 220 }}
          onSearch={(v) => setSearch(v.trim())}
          aria-label={t('搜索', 'Search')}
          data-testid="menu-search"
        />
        <Button onClick={() => refetch({ requestPolicy: 'network-only' })}>{t('刷新', 'Refresh')}</Button>
        {zone && <ExportButton path={`/exports/zones/${encodeURIComponent(zone.id)}/needs.xlsx`} params={{ ...NeedLists.MENU, search, orderBy: 'SUPPORT' }} filename={`${zone.name}-${t('需求菜单', 'needs-menu')}`} testId="menu-export" />}
        <Button type="primary" disabled={!selected.length} onClick={draft} data-testid="draft-project">
          {t(`用选中的 ${selected.length} 条需求起草项目`, `Draft a project from ${selected.length} selected`)}
        </Button>
      </div>
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      <NeedDrawer
        needId={openNeed}
        onClose={() => setOpenNeed(null)}
        onChanged={() => {
          refetch({ requestPolicy: 'network-only' });
          found.refresh();
        }}
      />
      {search ? (
        <Card size="small" title={t(`「${search}」的搜索结果（按相关度）`, `Results for "${search}" (by relevance)`)} data-testid="menu-search-results">
          <PagedList list={found} empty={<EmptyHint title={t('菜单中没有相关需求', 'Nothing in the menu matches')} hint={t('换个关键词试试。', 'Try other words.')} />}>
            {(needs) =>
              needs.map((n) => (
                <label key={n.id} style={{ display: 'flex', gap: 8, padding: '6px 0', borderBottom: '1px solid #f5f5f5', cursor: 'pointer' }} data-testid="menu-need">
                  <Checkbox checked={selected.includes(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} disabled={!n.availableActions.includes('createProject')} />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <div style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{n.title}</div>
                    <div className="gr-muted">
                      {n.category && <Tag>{L('NeedCategory', n.category)}</Tag>}
                      <Tag color={n.kind === 'MICRO_WISH' ? 'magenta' : 'gold'} style={{ fontSize: 11 }}>{L('NeedKind', n.kind)}</Tag>
                      ♥ {n.supportCount}
                    </div>
                  </div>
                  {details(n.id)}
                </label>
              ))
            }
          </PagedList>
        </Card>
      ) : fetching && !data ? (
        <Loading />
      ) : total === 0 ? (
        <Card>
          <EmptyHint
            title={t('需求菜单为空', 'The menu is empty')}
            hint={t('在「需求审核」中把需求纳入菜单后，就可以在这里据此起草项目。', 'Accept needs in the review queue, then draft projects from them here.')}
            action={<Button onClick={() => navigate('/review')}>{t('去审核', 'Go to review')}</Button>}
          />
        </Card>
      ) : (
        <div className="gr-board">
          {sections.map((s) => (
            <Card
              key={s.category}
              size="small"
              data-testid="menu-column"
              title={
                <span>
                  {L('NeedCategory', s.category)} <Badge count={s.count} showZero color={s.count ? '#c8102e' : '#ccc'} />
                </span>
              }
              styles={{ body: { maxHeight: 420, overflowY: 'auto' } }}
            >
              {s.needs.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无', 'None')} />
              ) : (
                s.needs.map((n) => (
                  <label key={n.id} style={{ display: 'flex', gap: 8, padding: '6px 0', borderBottom: '1px solid #f5f5f5', cursor: 'pointer' }} data-testid="menu-need">
                    <Checkbox aria-label={n.title} checked={selected.includes(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} disabled={!n.availableActions.includes('createProject')} />
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <div style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{n.title}</div>
                      <div className="gr-muted">
                        <Tag color={n.kind === 'MICRO_WISH' ? 'magenta' : 'gold'} style={{ fontSize: 11 }}>{L('NeedKind', n.kind)}</Tag>
                        ♥ {n.supportCount}
                      </div>
                    </div>
                    {details(n.id)}
                    {!n.availableActions.includes('createProject') && <NeedStatusTag status={n.status} />}
                  </label>
                ))
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
