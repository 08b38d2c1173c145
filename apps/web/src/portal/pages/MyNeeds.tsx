import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { useLang } from '../../shared/i18n';
import { refusalText } from '../../shared/errors';
import { useConnection } from '../../shared/paging';
import { EmptyHint, PagedList } from '../../shared/ui';
import { fmtDate } from '../../shared/format';
import { TopBar } from '../chrome';
import { NeedTitleRow } from '../need-title-row';
import { ConfirmWishDoc } from '../../shared/operations';
import { MyNeedsDoc, UpdateMyNeedDoc, WithdrawNeedDoc } from '../operations';
import { PhotoPicker, PhotoStrip, type PhotoLike } from '../../shared/photos';
import { NeedHistory } from '../../shared/NeedHistory';

/** The person's own needs, newest first, each with its status history. */
export default function MyNeeds() {
  const { t, L, lang } = useLang();
  const { message, modal } = App.useApp();
  const [search, setSearch] = useState('');
  const list = useConnection(MyNeedsDoc, { search: search || null }, (d) => d.myNeeds);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [, confirmWish] = useMutation(ConfirmWishDoc);
  const [, withdrawNeed] = useMutation(WithdrawNeedDoc);
  const [editing, setEditing] = useState<{ id: string; title: string; content: string; photos?: PhotoLike[] } | null>(null);

  const withdraw = (id: string, title: string) =>
    modal.confirm({
      title: t('撤回这条需求？', 'Withdraw this need?'),
      content: t(`「${title}」将不再进入审核，撤回后不能恢复。`, `"${title}" will not be reviewed. This cannot be undone.`),
      okText: t('撤回', 'Withdraw'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'withdraw-confirm' } as Record<string, string>) },
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const r = await withdrawNeed({ needId: id });
        if (r.error) message.error(refusalText(r.error, lang));
        else {
          message.success(t('已撤回', 'Withdrawn'));
          list.refresh();
        }
      },
    });

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
                <PhotoStrip photos={n.photos} label={t('需求图片', 'Photos of the need')} testId="my-need-photos" />
                <div className="gr-muted" style={{ margin: '4px 0' }}>
                  {fmtDate(n.createdAt)}
                  {n.category ? ` · ${L('NeedCategory', n.category)}` : ''}
                  {` · ${t('支持', 'supports')} ${n.supportCount}`}
                </div>
                {n.rejectReason && (
                  <div style={{ color: '#cf1322', fontSize: 13 }}>{t('未采纳原因：', 'Reason: ')}{n.rejectReason}</div>
                )}
                {n.mergedInto && (
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
                  {n.availableActions.includes('edit') && (
                    <Button size="small" onClick={() => setEditing({ id: n.id, title: n.title, content: n.content, photos: n.photos })} data-testid="edit-need">
                      {t('修改', 'Edit')}
                    </Button>
                  )}
                  {n.availableActions.includes('withdraw') && (
                    <Button size="small" danger onClick={() => withdraw(n.id, n.title)} data-testid="withdraw-need">
                      {t('撤回', 'Withdraw')}
                    </Button>
                  )}
                  {n.availableActions.includes('confirmFulfilled') && (
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
        {editing && (
          <EditNeed
            need={editing}
            onClose={(changed) => {
              setEditing(null);
              if (changed) list.refresh();
            }}
          />
        )}
      </main>
    </>
  );
}

/** 修改: title and content while the need waits for review; the old text stays in its history. */
function EditNeed({ need, onClose }: { need: { id: string; title: string; content: string; photos?: PhotoLike[] }; onClose: (changed: boolean) => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [title, setTitle] = useState(need.title);
  const [content, setContent] = useState(need.content);
  const [photos, setPhotos] = useState<PhotoLike[]>(need.photos ?? []);
  const [error, setError] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateMyNeedDoc);
  const save = async () => {
    if (!title.trim() || !content.trim()) {
      setError(t('标题和内容都不能为空', 'Title and content must not be empty'));
      return;
    }
    const r = await update({ needId: need.id, title: title.trim(), content: content.trim(), photoIds: photos.map((p) => p.id) });
    if (r.error) setError(refusalText(r.error, lang));
    else {
      message.success(t('已保存，原内容保留在状态记录中', 'Saved; the old text is kept in the history'));
      onClose(true);
    }
  };
  return (
    <Modal open title={t('修改需求', 'Edit need')} onCancel={() => onClose(false)} onOk={save} okText={t('保存', 'Save')} cancelText={t('取消', 'Cancel')} confirmLoading={state.fetching} okButtonProps={{ ...({ 'data-testid': 'edit-save' } as Record<string, string>) }}>
      <Input value={title} maxLength={60} showCount onChange={(e) => { setTitle(e.target.value); setError(null); }} aria-label={t('标题', 'Title')} data-testid="edit-title" style={{ marginBottom: 8 }} />
      <Input.TextArea value={content} maxLength={2000} rows={5} onChange={(e) => { setContent(e.target.value); setError(null); }} aria-label={t('内容', 'Content')} data-testid="edit-content" />
      <div style={{ marginTop: 8 }}>
        <PhotoPicker area="portal" value={photos} onChange={setPhotos} testId="edit-photo" />
      </div>
      {error && <div style={{ color: '#ff4d4f', fontSize: 13, marginTop: 6 }}>{error}</div>}
    </Modal>
  );
}
