import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { CalendarOutlined, CrownFilled, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { MeetingKind, NEED_CATEGORIES } from '@glossary';
import { useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { FormModal, FormRefusal, useFormMutation } from '../../shared/form-mutation';
import { fmtTime } from '../../shared/format';
import { useConnection } from '../../shared/paging';
import { EmptyHint, ErrorBox, LoadMore, Loading } from '../../shared/ui';
import { ProjectsDoc } from '../operations';
import { CouncilDoc, CreateCommitteeDoc, MeetingsDoc, ScheduleMeetingDoc, SetPresidencyDoc } from './operations';

/** 促进会治理: professional committees, the rotating president and meetings, on three tabs. */
export default function Council() {
  const { t } = useLang();
  const { zone } = useZone();
  const { hasRole } = useSession();
  const manage = hasRole('COUNCIL_STAFF', 'ADMIN');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'meetings';
  const [{ data, fetching, error }, refetch] = useQuery({ query: CouncilDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!zone) return null;
  return (
    <>
      <div className="gr-page-head">
        <h2>{t('促进会治理', 'Council')}</h2>
        {data?.zone?.presidency && (
          <Tag color="gold" icon={<CrownFilled />} data-testid="current-president">
            {t('轮值会长', 'President')}：{data.zone.presidency.unit.name}（{data.zone.presidency.startsOn} – {data.zone.presidency.endsOn}）
          </Tag>
        )}
      </div>
      <ErrorBox error={error} onRetry={reload} />
      {fetching && !data ? (
        <Loading />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={[
            { key: 'meetings', label: t('会议', 'Meetings'), children: <Meetings manage={manage} committees={data?.zone?.committees ?? []} /> },
            { key: 'committees', label: t('专业委员会', 'Committees'), children: <Committees manage={manage} data={data} onChange={reload} /> },
            { key: 'presidency', label: t('轮值会长', 'Presidency'), children: <Presidencies manage={manage} data={data} onChange={reload} /> },
          ]}
        />
      )}
    </>
  );
}

type CouncilData = NonNullable<ReturnType<typeof useQuery<import('../gql/graphql').ConsoleCouncilQuery>>[0]['data']>;

/* ── committees ─────────────────────────────────────────────────────────── */

function Committees({ manage, data, onChange }: { manage: boolean; data: CouncilData | undefined; onChange: () => void }) {
  const { t, L } = useLang();
  const [creating, setCreating] = useState(false);
  const committees = data?.zone?.committees ?? [];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {manage && (
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} disabled={committees.length >= 7} data-testid="new-committee">
          {t('设立专业委员会', 'New committee')} {committees.length >= 7 && t('（已满 7 个）', '(7 already)')}
        </Button>
      )}
      {committees.length === 0 ? (
        <Card>
          <EmptyHint
            title={t('还没有专业委员会', 'No committee yet')}
            hint={t('每个片区至多 7 个专业委员会，各自负责若干需求类别，由主任单位牵头。', 'Up to 7 per zone, each stewarding some menu categories, led by a chair unit.')}
          />
        </Card>
      ) : (
        committees.map((c) => (
          <Card key={c.id} title={c.name} size="small" data-testid="committee-card" extra={c.chairUnit && <Tag color="blue">{t('主任单位', 'Chair')}：{c.chairUnit.name}</Tag>}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('负责类别', 'Categories')}>
                {c.categories.map((cat) => (
                  <Tag key={cat}>{L('NeedCategory', cat)}</Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('成员单位', 'Members')}>{c.members.map((m) => m.name).join('、') || '—'}</Descriptions.Item>
            </Descriptions>
            <Table
              size="small"
              pagination={false}
              rowKey="category"
              dataSource={c.workload}
              columns={[
                { title: t('类别', 'Category'), render: (_, w) => L('NeedCategory', w.category) },
                { title: t('菜单中的需求', 'Needs in the menu'), dataIndex: 'openNeeds', width: 140 },
                { title: t('进行中的项目', 'Open projects'), dataIndex: 'openProjects', width: 140 },
              ]}
            />
          </Card>
        ))
      )}
      {creating && data && <CommitteeModal units={data.units} onClose={() => setCreating(false)} onDone={() => { setCreating(false); onChange(); }} />}
    </Space>
  );
}

function CommitteeModal({ units, onClose, onDone }: { units: { id: string; name: string }[]; onClose: () => void; onDone: () => void }) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [form] = Form.useForm<{ name: string; categories: string[]; chairUnitId?: string; memberUnitIds: string[] }>();
  const { send, ...sending } = useFormMutation(form, CreateCommitteeDoc, ['name', 'categories', 'chairUnitId', 'memberUnitIds']);
  const submit = async (v: { name: string; categories: string[]; chairUnitId?: string; memberUnitIds?: string[] }) => {
    if (await send({ zoneId: zone!.id, name: v.name.trim(), categories: v.categories as never, chairUnitId: v.chairUnitId ?? null, memberUnitIds: v.memberUnitIds ?? [] })) onDone();
  };
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <FormModal
      title={t('设立专业委员会', 'New committee')}
      onClose={onClose}
      form={form}
      onFinish={submit}
      sending={sending}
      submitText={t('设立', 'Create')}
      submitTestId="committee-submit"
    >
      <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Please enter a name') }]}>
        <Input maxLength={60} placeholder={t('例如：社区文化专业委员会', 'e.g. Culture committee')} />
      </Form.Item>
      <Form.Item name="categories" label={t('负责的需求类别', 'Categories it stewards')} rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一个类别', 'Pick at least one') }]}>
        <Select mode="multiple" options={NEED_CATEGORIES.map((c) => ({ value: c, label: L('NeedCategory', c) }))} />
      </Form.Item>
      <Form.Item name="chairUnitId" label={t('主任单位', 'Chair unit')}>
        <Select allowClear options={unitOptions} optionFilterProp="label" showSearch />
      </Form.Item>
      <Form.Item name="memberUnitIds" label={t('成员单位', 'Member units')}>
        <Select mode="multiple" options={unitOptions} optionFilterProp="label" />
      </Form.Item>
    </FormModal>
  );
}

/* ── the rotating president ─────────────────────────────────────────────── */

function Presidencies({ manage, data, onChange }: { manage: boolean; data: CouncilData | undefined; onChange: () => void }) {
  const { t } = useLang();
  const { zone } = useZone();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ unitId: string; period: [Dayjs, Dayjs] }>();
  const { error, busy, send } = useFormMutation(form, SetPresidencyDoc, ['unitId']);
  const current = data?.zone?.presidency;
  const submit = async (v: { unitId: string; period: [Dayjs, Dayjs] }) => {
    if (!(await send({ zoneId: zone!.id, unitId: v.unitId, startsOn: v.period[0].format('YYYY-MM-DD'), endsOn: v.period[1].format('YYYY-MM-DD') }))) return;
    message.success(t('已排入轮值表', 'Added to the rota'));
    form.resetFields();
    onChange();
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Table
        size="small"
        pagination={false}
        rowKey={(p) => p.startsOn}
        dataSource={data?.zone?.presidencies ?? []}
        locale={{ emptyText: t('尚未安排轮值会长', 'No presidency yet') }}
        rowClassName={(p) => (current && p.startsOn === current.startsOn ? 'gr-row-current' : '')}
        columns={[
          { title: t('轮值会长单位', 'Presiding unit'), render: (_, p) => <span>{current && p.startsOn === current.startsOn && <CrownFilled style={{ color: '#d4a017' }} />} {p.unit.name}</span> },
          { title: t('开始', 'From'), dataIndex: 'startsOn', width: 140 },
          { title: t('结束', 'To'), dataIndex: 'endsOn', width: 140 },
        ]}
      />
      {manage && data && (
        <Card size="small" title={t('安排轮值', 'Add to the rota')}>
          <FormRefusal error={error} testId="presidency-error" />
          <Form form={form} layout="inline" onFinish={submit}>
            <Form.Item name="unitId" rules={[{ required: true, message: t('请选择单位', 'Pick a unit') }]}>
              <Select style={{ width: 240 }} placeholder={t('成员单位', 'Member unit')} options={data.units.map((u) => ({ value: u.id, label: u.name }))} showSearch optionFilterProp="label" />
            </Form.Item>
            <Form.Item name="period" rules={[{ required: true, message: t('请选择起止日期', 'Pick the period') }]}>
              <DatePicker.RangePicker aria-label={t('轮值期', 'Period')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('保存', 'Save')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}

/* ── meetings ───────────────────────────────────────────────────────────── */

function Meetings({ manage, committees }: { manage: boolean; committees: { id: string; name: string }[] }) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [scheduling, setScheduling] = useState(false);
  const list = useConnection(MeetingsDoc, { zoneId: zone?.id ?? '' }, (d) => d.meetings, { pause: !zone });
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {manage && (
        <Button type="primary" icon={<CalendarOutlined />} onClick={() => setScheduling(true)} data-testid="schedule-meeting">
          {t('安排会议', 'Schedule a meeting')}
        </Button>
      )}
      <ErrorBox error={list.error} onRetry={list.refresh} />
      <Table
        size="small"
        rowKey="id"
        loading={list.loading}
        pagination={false}
        dataSource={list.nodes}
        locale={{ emptyText: t('还没有会议。每季度召开一次联席会议，讨论项目进展。', 'No meeting yet. The joint conference meets quarterly.') }}
        columns={[
          { title: t('时间', 'When'), width: 160, render: (_, m) => fmtTime(m.at) },
          { title: t('类型', 'Kind'), width: 140, render: (_, m) => <Tag>{L('MeetingKind', m.kind)}</Tag> },
          { title: t('会议', 'Meeting'), render: (_, m) => <Link to={`/meetings/${m.id}`} data-testid="meeting-link">{m.title}</Link> },
          { title: t('议题项目', 'Projects'), render: (_, m) => m.projects.map((p) => p.title).join('、') || '—' },
          { title: t('纪要', 'Minutes'), width: 100, render: (_, m) => (m.minutes ? <Tag color="green">{t('已记录', 'Recorded')}</Tag> : <Tag>{t('待记录', 'Pending')}</Tag>) },
        ]}
      />
      <LoadMore list={list} />
      {scheduling && <ScheduleModal committees={committees} onClose={() => setScheduling(false)} onDone={() => { setScheduling(false); list.refresh(); }} />}
    </Space>
  );
}

function ScheduleModal({ committees, onClose, onDone }: { committees: { id: string; name: string }[]; onClose: () => void; onDone: () => void }) {
  const { t, L } = useLang();
  const { zone } = useZone();
  type Values = { kind: string; title: string; at: Dayjs; agenda: string; projectIds?: string[]; committeeId?: string };
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const projects = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '' }, (d) => d.projects, { pageSize: 100, pause: !zone });
  const { send, ...sending } = useFormMutation(form, ScheduleMeetingDoc, ['title', 'agenda', 'at', 'projectIds', 'committeeId']);
  const submit = async (v: Values) => {
    const done = await send({
      zoneId: zone!.id,
      kind: v.kind as never,
      title: v.title.trim(),
      at: v.at.toISOString(),
      agenda: v.agenda.trim(),
      projectIds: v.projectIds ?? [],
      committeeId: v.kind === 'COMMITTEE' ? (v.committeeId ?? null) : null,
    });
    if (done) onDone();
  };
  return (
    <FormModal
      title={t('安排会议', 'Schedule a meeting')}
      width={620}
      onClose={onClose}
      form={form}
      onFinish={submit}
      initialValues={{ kind: 'JOINT_CONFERENCE', title: t(`${dayjs().year()}年第${Math.floor(dayjs().month() / 3) + 1}季度联席会议`, `Q${Math.floor(dayjs().month() / 3) + 1} ${dayjs().year()} joint conference`) }}
      sending={sending}
      submitText={t('安排并通知参会单位', 'Schedule and tell the attendees')}
      submitTestId="meeting-submit"
    >
      <Form.Item name="kind" label={t('会议类型', 'Kind')} rules={[{ required: true }]}>
        <Select options={Object.values(MeetingKind).map((k) => ({ value: k, label: L('MeetingKind', k) }))} data-testid="meeting-kind" />
      </Form.Item>
      {kind === 'COMMITTEE' && (
        <Form.Item name="committeeId" label={t('专业委员会', 'Committee')} rules={[{ required: true, message: t('请选择委员会', 'Pick the committee') }]}>
          <Select options={committees.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('会议名称', 'Title')} rules={[{ required: true, whitespace: true, message: t('请填写会议名称', 'Please enter a title') }]}>
        <Input maxLength={80} data-testid="meeting-title" />
      </Form.Item>
      <Form.Item name="at" label={t('时间', 'When')} rules={[{ required: true, message: t('请选择会议时间', 'Pick a time') }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="meeting-at" />
      </Form.Item>
      <Form.Item name="agenda" label={t('议程', 'Agenda')} rules={[{ required: true, whitespace: true, min: 2, message: t('请填写议程', 'Please write the agenda') }]}>
        <Input.TextArea rows={4} maxLength={5000} data-testid="meeting-agenda" />
      </Form.Item>
      <Form.Item name="projectIds" label={t('讨论的项目', 'Projects discussed')}>
        <Select
          mode="multiple"
          loading={projects.loading}
          optionFilterProp="label"
          options={projects.nodes.map((p) => ({ value: p.id, label: `${p.title}（${L('ProjectStatus', p.status)}）` }))}
          data-testid="meeting-projects"
        />
      </Form.Item>
    </FormModal>
  );
}
