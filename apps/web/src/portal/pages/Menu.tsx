import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Badge, Button, Input, Segmented } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { refusalText } from '../../shared/errors';
import { EmptyHint, ErrorBox, Loading, PagedList } from '../../shared/ui';
import { useConnection } from '../../shared/paging';
import { TopBar } from '../chrome';
import { NeedCard } from '../components';
import { ClaimWishDoc } from '../../shared/operations';
import { NeedsMenuDoc, SearchNeedsDoc } from '../operations';
import { useSignInGate } from '../sign-in-gate';
import { NeedLists } from '../../shared/glossary';

/** The zone's needs menu (需求菜单): accepted needs by category, most supported first. */
export default function Menu() {
  const { t, L, lang } = useLang();
  const { message, modal } = App.useApp();
  const { zone } = useZone();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NeedsMenuDoc,
    variables: { zoneId: zone?.id ?? '' },
    pause: !zone,
  });
  const [active, setActive] = useState<string>('ALL');
  const [search, setSearch] = useState('');
  const found = useConnection(SearchNeedsDoc, { zoneId: zone?.id ?? '', ...NeedLists.MENU, search }, (d) => d.needs, { pause: !zone || !search });
  const [, claimWish] = useMutation(ClaimWishDoc);
  const signedIn = useSignInGate();
  const sections = data?.needsMenu.sections ?? [];
  const total = sections.reduce((a, s) => a + s.count, 0);
  const shown = active === 'ALL' ? sections : sections.filter((s) => s.category === active);

  /** A need of the menu, with 点亮 when the caller may light the wish. */
  const menuNeed = (need: Parameters<typeof NeedCard>[0]['need'] & { availableActions: string[] }) => (
    <NeedCard
      key={need.id}
      need={need}
      extra={
        need.availableActions.includes('claimWish') ? (
          <Button size="small" onClick={() => lightUp(need.id, need.title)}>
            {t('点亮', 'Light up')}
          </Button>
        ) : null
      }
    />
  );

  const lightUp = (id: string, title: string) =>
    signedIn() &&
    modal.confirm({
      title: t('点亮这个心愿？', 'Light up this wish?'),
      content: t(`您将认领「${title}」并负责帮助实现它。`, `You will take on "${title}" and help make it happen.`),
      okText: t('点亮', 'Light up'),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const r = await claimWish({ needId: id });
        if (r.error) message.error(refusalText(r.error, lang));
        else {
          message.success(t('心愿已点亮，感谢您的爱心！', 'Wish lit up — thank you!'));
          refetch({ requestPolicy: 'network-only' });
          if (search) found.refresh();
        }
      },
    });

  return (
    <>
      <TopBar title={t('需求菜单', 'Needs menu')} back />
      <main className="gr-page">
        <Input.Search
          allowClear
          placeholder={t('搜索需求菜单', 'Search the menu')}
          onSearch={(v) => setSearch(v.trim())}
          style={{ marginBottom: 8 }}
          aria-label={t('搜索', 'Search')}
          data-testid="menu-search"
        />
        <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        {search ? (
          <section data-testid="menu-search-results">
            <div className="gr-section-title">
              <span>{t(`「${search}」的搜索结果`, `Results for "${search}"`)}</span>
              {found.totalCount != null && <Badge count={found.totalCount} showZero color="#c8102e" />}
            </div>
            <PagedList
              list={found}
              empty={
                <div className="gr-card">
                  <EmptyHint title={t('菜单中没有相关需求', 'Nothing in the menu matches')} hint={t('换个关键词，或提交一条新需求。', 'Try other words, or submit a new need.')} action={<Link to="/submit"><Button>{t('提交需求', 'Submit a need')}</Button></Link>} />
                </div>
              }
            >
              {(nodes) =>
                nodes.map(menuNeed)
              }
            </PagedList>
          </section>
        ) : fetching && !data ? (
          <Loading />
        ) : total === 0 ? (
          <div className="gr-card">
            <EmptyHint
              title={t('需求菜单还是空的', 'The needs menu is empty')}
              hint={t('审核通过的需求会出现在这里。来提第一个吧！', 'Accepted needs appear here. Be the first to submit one!')}
              action={<Link to="/submit"><Button type="primary">{t('提交需求', 'Submit a need')}</Button></Link>}
            />
          </div>
        ) : (
          <>
            <div style={{ overflowX: 'auto', marginBottom: 8 }}>
              <Segmented
                value={active}
                onChange={(v) => setActive(String(v))}
                options={[
                  { value: 'ALL', label: `${t('全部', 'All')} ${total}` },
                  ...sections
                    .filter((s) => s.count > 0)
                    .map((s) => ({ value: s.category, label: `${L('NeedCategory', s.category)} ${s.count}` })),
                ]}
              />
            </div>
            {shown
              .filter((s) => s.count > 0)
              .map((s) => (
                <section key={s.category} data-testid="menu-section">
                  <div className="gr-section-title">
                    <span>{L('NeedCategory', s.category)}</span>
                    <Badge count={s.count} color="#c8102e" />
                  </div>
                  {s.needs.map(menuNeed)}
                </section>
              ))}
          </>
        )}
      </main>
    </>
  );
}
