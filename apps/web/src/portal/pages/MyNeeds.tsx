import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Input } from 'antd';
import { useMutation } from 'urql';
import { useLang } from '../../shared/i18n';
import { refusalText } from '../../shared/errors';
import { useConnection } from '../../shared/paging';
import { EmptyHint, PagedList } from '../../shared/ui';
import { fmtDate } from '../../shared/format';
import { TopBar } from '../chrome';
import { NeedTitleRow } from '../need-title-row';
import { ConfirmWishDoc } from '../../shared/operations';
import { MyNeedsDoc } from '../operations';
import { NeedHistory } from './NeedHistory';

/** The person's own needs, newest first, each with its status history. */
export default function MyNeeds() {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const list = useConnection(MyNeedsDoc, { search: search || null }, (d) => d.myNeeds);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [, confirmWish] = useMutation(ConfirmWishDoc);

  const confirm = async (id: string) => {
    const r = await confirmWish({ needId: id });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(t('已确认心愿实现', 'Confirmed as fulfilled'));
      list.refresh();
    }
  };

  return (
    <>
      <TopBar title={t('我的需求', 'My needs')} />
      <main className="gr-page">
        <Input.Search
          allowClear
          placeholder={t('搜索我的需求', 'Search my needs')}
          onSearch={(v) => setSearch(v.trim())}
          style={{ marginBottom: 8 }}
          aria-label={t('搜索', 'Search')}
          data-testid="my-needs-search"
        />
        <PagedList
          list={list}
          empty={
            search ? (
              <div className="gr-card">
                <EmptyHint title={t(`没有包含「${search}」的需求`, `None of your needs mention "${search}"`)} hint={t('换个关键词试试。', 'Try other words.')} />
              </div>
            ) : (
            <div className="gr-card">
              <EmptyHint
                title={t('您还没有提交过需求', 'You have not submitted any need yet')}
                hint={t('有什么小心愿或好点子？提交后可在这里看到处理进度。', 'Have a wish or an idea? Submit it and follow it here.')}
                action={
                  <Link to="/submit">
                    <Button type="primary">{t('提交需求', 'Submit a need')}</Button>
                  </Link>
                }
              />
            </div>
            )
          }
        >
          {(nodes) =>
            nodes.map((n) => (
              <div className="gr-card" key={n.id} data-testid="my-need">
                <NeedTitleRow need={n} />
                <div className="gr-muted" style={{ margin: '4px 0' }}>
                  {fmtDate(n.createdAt)}
                  {n.category ? ` · ${L('NeedCategory', n.category)}` : ''}
                  {` · ${t('支持', 'supports')} ${n.supportCount}`}
                </div>
                {n.status === 'REJECTED' && n.rejectReason && (
                  <div style={{ color: '#cf1322', fontSize: 13 }}>{t('未采纳原因：', 'Reason: ')}{n.rejectReason}</div>
                )}
                {n.status === 'MERGED' && n.mergedInto && (
                  <div style={{ fontSize: 13 }}>
                    {t('已合并到：', 'Merged into: ')}
                    <Link to={`/needs/${n.mergedInto.id}`}>{n.mergedInto.title}</Link>
                  </div>
                )}
                <div className="gr-row" style={{ marginTop: 6 }}>
                  <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setOpen((o) => ({ ...o, [n.id]: !o[n.id] }))}>
                    {open[n.id] ? t('收起状态记录', 'Hide history') : t(`状态记录（${n.history.length}）`, `History (${n.history.length})`)}
                  </Button>
                  <span className="gr-grow" />
                  {n.kind === 'MICRO_WISH' && n.status === 'CLAIMED' && (
                    <Button size="small" type="primary" onClick={() => confirm(n.id)}>
                      {t('确认已实现', 'Confirm fulfilled')}
                    </Button>
                  )}
                </div>
                {open[n.id] && (
                  <div style={{ marginTop: 8 }}>
                    <NeedHistory history={n.history} />
                  </div>
                )}
              </div>
            ))
          }
        </PagedList>
      </main>
    </>
  );
}
