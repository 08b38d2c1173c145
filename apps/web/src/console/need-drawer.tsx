import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Descriptions, Drawer, Select, Space } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang } from '../shared/i18n';
import { refusalText } from '../shared/errors';
import { fmtTime } from '../shared/format';
import { NeedHistory } from '../shared/NeedHistory';
import { ErrorBox, Loading, NeedStatusTag } from '../shared/ui';
import { ConsoleNeedDoc, RecategorizeNeedDoc } from './operations';
import { NeedSuggestions } from './matching/NeedSuggestions';
import type { NeedCategory } from './gql/graphql';

/**
 * A need opened from a console list: its whole title and text, its project, its history and —
 * when the server lists `recategorize` — 更正分类 for a need accepted into the wrong category.
 */
export function NeedDrawer({ needId, onClose, onChanged }: { needId: string | null; onClose: () => void; onChanged?: () => void }) {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const categories = useEnumOptions('NeedCategory');
  const [{ data, fetching, error }, refetch] = useQuery({ query: ConsoleNeedDoc, variables: { id: needId ?? '' }, pause: !needId, requestPolicy: 'network-only' });
  const [state, recategorize] = useMutation(RecategorizeNeedDoc);
  const [category, setCategory] = useState<NeedCategory | undefined>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const need = data?.need;
  const save = async () => {
    if (!need || !category) return;
    setRefusal(null);
    const r = await recategorize({ needId: need.id, category });
    if (r.error) {
      setRefusal(refusalText(r.error, lang));
      return;
    }
    message.success(t(`已更正为「${L('NeedCategory', category)}」，已记入历史`, `Moved to ${L('NeedCategory', category)}; recorded in the history`));
    setCategory(undefined);
    refetch({ requestPolicy: 'network-only' });
    onChanged?.();
  };
  return (
    <Drawer open={!!needId} onClose={onClose} size={520} title={t('需求详情', 'Need')} destroyOnHidden data-testid="need-drawer">
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {fetching && !data ? (
        <Loading />
      ) : need ? (
        <>
          <h3 style={{ overflowWrap: 'anywhere' }} data-testid="need-drawer-title">{need.title}</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{need.content}</p>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 's', label: t('状态', 'Status'), children: <NeedStatusTag status={need.status} /> },
              { key: 'c', label: t('分类', 'Category'), children: <span data-testid="need-drawer-category">{need.category ? L('NeedCategory', need.category) : '—'}</span> },
              { key: 'k', label: t('类型 / 渠道', 'Kind / channel'), children: `${L('NeedKind', need.kind)} · ${L('NeedChannel', need.channel)}` },
              { key: 'n', label: t('支持人数', 'Supporters'), children: need.supportCount },
              { key: 't', label: t('提交时间', 'Submitted'), children: fmtTime(need.createdAt) },
              ...(need.project ? [{ key: 'p', label: t('纳入项目', 'In project'), children: <Link to={`/projects/${need.project.id}`}>{need.project.title}</Link> }] : []),
            ]}
          />
          {need.availableActions.includes('recategorize') && (
            <div style={{ margin: '16px 0' }} data-testid="recategorize">
              <div style={{ marginBottom: 6 }}>
                <b>{t('更正分类', 'Correct the category')}</b>
                <span className="gr-muted"> · {t('分类错了时更正；历史中保留原分类', 'when it was put in the wrong category; the history keeps the old one')}</span>
              </div>
              {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 8 }} />}
              <Space.Compact>
                <Select
                  style={{ width: 220 }}
                  value={category}
                  onChange={setCategory}
                  placeholder={t('改为…', 'Move to…')}
                  options={categories.filter((o) => o.value !== need.category)}
                  aria-label={t('新分类', 'New category')}
                  data-testid="recategorize-select"
                />
                <Button type="primary" disabled={!category} loading={state.fetching} onClick={save} data-testid="recategorize-save">
                  {t('更正', 'Correct')}
                </Button>
              </Space.Compact>
            </div>
          )}
          {!need.project && <NeedSuggestions needId={need.id} />}
          <h4>{t('处理记录', 'History')}</h4>
          <NeedHistory history={need.history} />
        </>
      ) : null}
    </Drawer>
  );
}
