import { useState } from 'react';
import { NOMINABLE_PROJECT_STATUSES } from '@glossary';
import { Link } from 'react-router-dom';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined, TrophyFilled } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { refusalText } from '../../shared/errors';
import { FormModal, useFormMutation } from '../../shared/form-mutation';
import { useConnection } from '../../shared/paging';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import { CampaignsDoc, CloseCampaignDoc, CreateCampaignDoc, ProjectsDoc } from '../operations';

/** Selection campaigns (评选): nominate projects, watch the ranking, close to fix it. */
export default function Selections() {
  const { t, L, lang } = useLang();
  const { message, modal } = App.useApp();
  const { zone } = useZone();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CampaignsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone });
  const [, closeCampaign] = useMutation(CloseCampaignDoc);
  const [creating, setCreating] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const campaigns = data?.campaigns ?? [];

  const close = (id: string, title: string) =>
    modal.confirm({
      title: t(`结束评选「${title}」？`, `Close "${title}"?`),
      content: t('结束后排名固定，不再接受投票。', 'The ranking is fixed and voting stops.'),
      okText: t('结束评选', 'Close'),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const r = await closeCampaign({ campaignId: id });
        if (r.error) message.error(refusalText(r.error, lang));
        else reload();
      },
    });

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('评选活动', 'Selections')}</h2>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('发起评选', 'New selection')}
        </Button>
      </div>
      <ErrorBox error={error} onRetry={reload} />
      {fetching && !data ? (
        <Loading />
      ) : campaigns.length === 0 ? (
        <Card>
          <EmptyHint
            title={t('还没有评选活动', 'No selection yet')}
            hint={t('例如「金色纽带——最具创意党建项目」：选择候选项目后，居民在居民端投票。', 'E.g. "Most creative project": pick nominees; residents vote in the portal.')}
            action={<Button onClick={() => setCreating(true)}>{t('发起评选', 'New selection')}</Button>}
          />
        </Card>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {campaigns.map((c) => (
            <Card
              key={c.id}
              title={c.title}
              extra={
                <Space>
                  <Tag color={c.open ? 'green' : 'default'}>{c.open ? t('投票中', 'Open') : t('已结束', 'Closed')}</Tag>
                  {c.open && <Button size="small" onClick={() => close(c.id, c.title)}>{t('结束评选', 'Close')}</Button>}
                </Space>
              }
            >
              <Table
                size="small"
                rowKey={(n) => n.project.id}
                pagination={false}
                dataSource={[...c.nominees].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999) || b.votes - a.votes)}
                columns={[
                  { title: t('名次', 'Rank'), width: 80, render: (_, n) => (n.rank ? <span>{n.rank <= 3 && <TrophyFilled style={{ color: ['#d4a017', '#aaa', '#cd7f32'][n.rank - 1] }} />} {n.rank}</span> : '—') },
                  { title: t('项目', 'Project'), render: (_, n) => <Link to={`/projects/${n.project.id}`}>{n.project.title}</Link> },
                  { title: t('分类', 'Category'), width: 140, render: (_, n) => L('NeedCategory', n.project.category) },
                  { title: t('票数', 'Votes'), width: 80, dataIndex: 'votes' },
                ]}
              />
            </Card>
          ))}
        </Space>
      )}
      {creating && <CreateCampaignModal onClose={() => setCreating(false)} onDone={() => { setCreating(false); reload(); }} />}
    </>
  );
}

function CreateCampaignModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [form] = Form.useForm<{ title: string; projectIds: string[] }>();
  const projects = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '' }, (d) => d.projects, { pageSize: 100, pause: !zone });
  const { send, ...sending } = useFormMutation(form, CreateCampaignDoc, ['title', 'projectIds']);
  // the server's rule: only finished projects may be nominated
  const eligible = projects.nodes.filter((p) => NOMINABLE_PROJECT_STATUSES.includes(p.status));

  const submit = async (v: { title: string; projectIds: string[] }) => {
    if (!zone) return;
    if (await send({ zoneId: zone.id, title: v.title.trim(), projectIds: v.projectIds })) onDone();
  };
  return (
    <FormModal
      title={t('发起评选', 'New selection')}
      onClose={onClose}
      form={form}
      onFinish={submit}
      initialValues={{ title: t('金色纽带——最具创意党建项目', 'Golden Ribbon — most creative project') }}
      sending={sending}
      submitText={t('发起', 'Create')}
      submitTestId="campaign-submit"
    >
      <Form.Item name="title" label={t('评选名称', 'Title')} rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Please enter a title') }, { max: 60, message: t('不超过60个字', 'At most 60 characters') }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="projectIds" label={t('候选项目', 'Nominees')} rules={[{ required: true, type: 'array', min: 2, message: t('至少选择两个候选项目', 'Pick at least two projects') }]}>
        <Select
          mode="multiple"
          loading={projects.loading}
          optionFilterProp="label"
          options={eligible.map((p) => ({ value: p.id, label: `${p.title}（${L('ProjectStatus', p.status)}）` }))}
          notFoundContent={t('没有已发布的项目可供提名', 'No published project to nominate')}
        />
      </Form.Item>
    </FormModal>
  );
}
