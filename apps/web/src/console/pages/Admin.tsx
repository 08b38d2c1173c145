import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Row, Select, Statistic, Table, Tabs, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import type { CombinedError } from 'urql';
import type { FormInstance } from 'antd';
import { useEnumOptions, useLang, type Lang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { showOnForm } from '../../shared/errors';
import { ErrorBox } from '../../shared/ui';
import {
  CreateBuildingDoc,
  CreateCommunityDoc,
  CreateStaffUserDoc,
  CreateUnitDoc,
  CreateZoneDoc,
  JobQueueDoc,
  UnitsDoc,
  UpdateUnitDoc,
  UpdateZoneDoc,
} from '../operations';
import { fmtTime } from '../../shared/format';

/** Administration: zones, communities, buildings, member units and staff accounts. */
export default function Admin() {
  const { t } = useLang();
  return (
    <>
      <div className="gr-page-head">
        <h2>{t('系统管理', 'Administration')}</h2>
      </div>
      <Tabs
        items={[
          { key: 'zones', label: t('片区', 'Zones'), children: <Zones /> },
          { key: 'places', label: t('居民区与楼宇', 'Communities & buildings'), children: <Places /> },
          { key: 'units', label: t('成员单位', 'Member units'), children: <Units /> },
          { key: 'users', label: t('工作人员账号', 'Staff accounts'), children: <StaffUsers /> },
          { key: 'jobs', label: t('后台任务', 'Background jobs'), children: <Jobs /> },
        ]}
      />
    </>
  );
}

/** A small create form: validates, shows the server's refusal next to the field, resets on success. */
function useCreate(fields: string[]) {
  const { lang } = useLang();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const handle = (e: CombinedError | undefined): boolean => {
    if (!e) {
      setError(null);
      form.resetFields();
      return true;
    }
    setError(showOnForm(form as FormInstance, e, lang as Lang, fields));
    return false;
  };
  const banner: ReactNode = error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null;
  return { form, handle, banner, clear: () => setError(null) };
}

function Zones() {
  const { t } = useLang();
  const { message } = App.useApp();
  const { zones, refreshZones } = useZone();
  const [state, createZone] = useMutation(CreateZoneDoc);
  const c = useCreate(['name', 'street']);
  const [editing, setEditing] = useState<{ id: string; name: string; street: string } | null>(null);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card title={t('片区列表', 'Zones')}>
          <Table size="small" rowKey="id" pagination={false} dataSource={zones}
            locale={{ emptyText: t('还没有片区，在右侧创建第一个。', 'No zone yet; create the first on the right.') }}
            columns={[
              { title: t('片区', 'Zone'), dataIndex: 'name' },
              { title: t('街道', 'Street'), dataIndex: 'street' },
              { title: t('居民区', 'Communities'), render: (_, z) => z.communities.length },
              { title: t('楼宇', 'Buildings'), render: (_, z) => z.buildings.length },
              { title: '', width: 80, render: (_, z) => <Button size="small" onClick={() => setEditing(z)} data-testid={`edit-zone-${z.id}`}>{t('编辑', 'Edit')}</Button> },
            ]} />
          {editing && <EditZoneModal zone={editing} onClose={() => { setEditing(null); refreshZones(); }} />}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('新建片区', 'New zone')}>
          {c.banner}
          <Form form={c.form} layout="vertical" onFinish={async (v) => {
            const r = await createZone({ name: v.name.trim(), street: v.street.trim() });
            if (c.handle(r.error)) { message.success(t('片区已创建', 'Zone created')); refreshZones(); }
          }}>
            <Form.Item name="name" label={t('片区名称', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Required') }]}><Input placeholder={t('如：建工片区', 'e.g. Jiangong zone')} /></Form.Item>
            <Form.Item name="street" label={t('所属街道', 'Street')} rules={[{ required: true, whitespace: true, message: t('请填写街道', 'Required') }]}><Input placeholder={t('如：陆家嘴街道', 'e.g. Lujiazui')} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={state.fetching}>{t('创建', 'Create')}</Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}

function Places() {
  const { t } = useLang();
  const { message } = App.useApp();
  const { zone, refreshZones } = useZone();
  const [cState, createCommunity] = useMutation(CreateCommunityDoc);
  const [bState, createBuilding] = useMutation(CreateBuildingDoc);
  const cc = useCreate(['name']);
  const bc = useCreate(['name']);
  if (!zone) return <Alert type="info" showIcon title={t('请先创建并选择片区', 'Create and pick a zone first')} />;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card title={t(`居民区（${zone.name}）`, `Communities (${zone.name})`)}>
          <div style={{ marginBottom: 12 }}>{zone.communities.length ? zone.communities.map((c) => <Tag key={c.id}>{c.name}</Tag>) : <span className="gr-muted">{t('暂无', 'None yet')}</span>}</div>
          {cc.banner}
          <Form form={cc.form} layout="inline" onFinish={async (v) => {
            const r = await createCommunity({ zoneId: zone.id, name: v.name.trim() });
            if (cc.handle(r.error)) { message.success(t('已添加', 'Added')); refreshZones(); }
          }}>
            <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Required') }]}><Input placeholder={t('居民区名称', 'Community name')} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={cState.fetching}>{t('添加', 'Add')}</Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t(`商务楼宇（${zone.name}）`, `Buildings (${zone.name})`)}>
          <div style={{ marginBottom: 12 }}>{zone.buildings.length ? zone.buildings.map((b) => <Tag key={b.id}>{b.name}</Tag>) : <span className="gr-muted">{t('暂无', 'None yet')}</span>}</div>
          {bc.banner}
          <Form form={bc.form} layout="inline" onFinish={async (v) => {
            const r = await createBuilding({ zoneId: zone.id, name: v.name.trim() });
            if (bc.handle(r.error)) { message.success(t('已添加', 'Added')); refreshZones(); }
          }}>
            <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Required') }]}><Input placeholder={t('楼宇名称', 'Building name')} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={bState.fetching}>{t('添加', 'Add')}</Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}

function Units() {
  const { t, L } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const kinds = useEnumOptions('UnitKind');
  const [{ data, fetching, error }, refetch] = useQuery({ query: UnitsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone });
  const [state, createUnit] = useMutation(CreateUnitDoc);
  const c = useCreate(['name', 'kind', 'buildingId']);
  const [editing, setEditing] = useState<{ id: string; name: string; kind: string; building?: { id: string } | null } | null>(null);
  if (!zone) return <Alert type="info" showIcon title={t('请先创建并选择片区', 'Create and pick a zone first')} />;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card title={t('成员单位', 'Member units')}>
          <ErrorBox error={error} />
          <Table size="small" rowKey="id" loading={fetching && !data} pagination={{ pageSize: 20, hideOnSinglePage: true }} dataSource={data?.units ?? []}
            locale={{ emptyText: t('还没有成员单位，在右侧添加。', 'No unit yet; add one on the right.') }}
            columns={[
              { title: t('单位', 'Unit'), dataIndex: 'name' },
              { title: t('类型', 'Kind'), render: (_, u) => L('UnitKind', u.kind) },
              { title: t('所在楼宇', 'Building'), render: (_, u) => u.building?.name ?? '—' },
              { title: '', width: 80, render: (_, u) => <Button size="small" onClick={() => setEditing(u)} data-testid={`edit-unit-${u.id}`}>{t('编辑', 'Edit')}</Button> },
            ]} />
          {editing && <EditUnitModal unit={editing} buildings={zone.buildings} onClose={() => { setEditing(null); refetch({ requestPolicy: 'network-only' }); }} />}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('添加成员单位', 'Add a unit')}>
          {c.banner}
          <Form form={c.form} layout="vertical" onFinish={async (v) => {
            const r = await createUnit({ zoneId: zone.id, name: v.name.trim(), kind: v.kind, buildingId: v.buildingId ?? null });
            if (c.handle(r.error)) { message.success(t('单位已添加', 'Unit added')); refetch({ requestPolicy: 'network-only' }); }
          }}>
            <Form.Item name="name" label={t('单位名称', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Required') }]}><Input /></Form.Item>
            <Form.Item name="kind" label={t('类型', 'Kind')} rules={[{ required: true, message: t('请选择类型', 'Required') }]}><Select options={kinds} /></Form.Item>
            <Form.Item name="buildingId" label={t('所在楼宇（可选）', 'Building (optional)')}><Select allowClear options={zone.buildings.map((b) => ({ value: b.id, label: b.name }))} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={state.fetching}>{t('添加', 'Add')}</Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}

/** 修改片区: name and street (updateZone). */
function EditZoneModal({ zone, onClose }: { zone: { id: string; name: string; street: string }; onClose: () => void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [state, updateZone] = useMutation(UpdateZoneDoc);
  const c = useCreate(['name', 'street']);
  return (
    <Modal open title={t(`编辑片区：${zone.name}`, `Edit zone: ${zone.name}`)} onCancel={onClose} onOk={() => c.form.submit()} confirmLoading={state.fetching}
      okText={t('保存', 'Save')} cancelText={t('取消', 'Cancel')} okButtonProps={{ 'data-testid': 'save-zone' } as Record<string, string>} destroyOnHidden>
      {c.banner}
      <Form form={c.form} layout="vertical" initialValues={{ name: zone.name, street: zone.street }} onFinish={async (v) => {
        const r = await updateZone({ zoneId: zone.id, name: v.name.trim(), street: v.street.trim() });
        if (!r.error) { message.success(t('片区已保存', 'Zone saved')); onClose(); } else c.handle(r.error);
      }}>
        <Form.Item name="name" label={t('片区名称', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Required') }]}><Input data-testid="zone-name" /></Form.Item>
        <Form.Item name="street" label={t('所属街道', 'Street')} rules={[{ required: true, whitespace: true, message: t('请填写街道', 'Required') }]}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

/** 修改成员单位: name, kind and building (updateUnit). */
function EditUnitModal({ unit, buildings, onClose }: { unit: { id: string; name: string; kind: string; building?: { id: string } | null }; buildings: { id: string; name: string }[]; onClose: () => void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const kinds = useEnumOptions('UnitKind');
  const [state, updateUnit] = useMutation(UpdateUnitDoc);
  const c = useCreate(['name', 'kind', 'buildingId']);
  return (
    <Modal open title={t(`编辑成员单位：${unit.name}`, `Edit unit: ${unit.name}`)} onCancel={onClose} onOk={() => c.form.submit()} confirmLoading={state.fetching}
      okText={t('保存', 'Save')} cancelText={t('取消', 'Cancel')} okButtonProps={{ 'data-testid': 'save-unit' } as Record<string, string>} destroyOnHidden>
      {c.banner}
      <Form form={c.form} layout="vertical" initialValues={{ name: unit.name, kind: unit.kind, buildingId: unit.building?.id }} onFinish={async (v) => {
        const r = await updateUnit({ unitId: unit.id, name: v.name.trim(), kind: v.kind, buildingId: v.buildingId ?? '' });
        if (!r.error) { message.success(t('成员单位已保存', 'Unit saved')); onClose(); } else c.handle(r.error);
      }}>
        <Form.Item name="name" label={t('单位名称', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Required') }]}><Input data-testid="unit-name" /></Form.Item>
        <Form.Item name="kind" label={t('类型', 'Kind')} rules={[{ required: true, message: t('请选择类型', 'Required') }]}><Select options={kinds} /></Form.Item>
        <Form.Item name="buildingId" label={t('所在楼宇（可选）', 'Building (optional)')}><Select allowClear options={buildings.map((b) => ({ value: b.id, label: b.name }))} /></Form.Item>
      </Form>
    </Modal>
  );
}

function StaffUsers() {
  const { t, L } = useLang();
  const { message } = App.useApp();
  const { zones, zone } = useZone();
  const roles = useEnumOptions('Role').filter((r) => !['RESIDENT', 'WHITE_COLLAR'].includes(r.value));
  const [{ data: unitsData }] = useQuery({ query: UnitsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone });
  const [state, createStaffUser] = useMutation(CreateStaffUserDoc);
  const [created, setCreated] = useState<{ id: string; displayName: string; roles: string[]; unit?: { name: string } | null }[]>([]);
  const c = useCreate(['username', 'password', 'displayName', 'roles', 'zoneIds', 'unitId']);
  const chosenRoles: string[] = Form.useWatch('roles', c.form) ?? [];
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card title={t('新建工作人员账号', 'New staff account')}>
          {c.banner}
          <Form form={c.form} layout="vertical" initialValues={{ zoneIds: zone ? [zone.id] : [] }} onFinish={async (v) => {
            const r = await createStaffUser({ username: v.username.trim(), password: v.password, displayName: v.displayName.trim(), roles: v.roles, zoneIds: v.zoneIds, unitId: v.unitId ?? null });
            if (r.data) setCreated((list) => [r.data!.createStaffUser, ...list]);
            if (c.handle(r.error)) message.success(t('账号已创建', 'Account created'));
          }}>
            <Form.Item name="username" label={t('用户名', 'Username')} rules={[{ required: true, whitespace: true, message: t('请填写用户名', 'Required') }, { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: t('3–32位字母、数字或 _ . -', '3–32 letters, digits or _ . -') }]}><Input autoComplete="off" /></Form.Item>
            <Form.Item name="password" label={t('初始密码', 'Password')} rules={[{ required: true, message: t('请填写密码', 'Required') }, { min: 8, message: t('至少8位', 'At least 8 characters') }]}><Input.Password autoComplete="new-password" /></Form.Item>
            <Form.Item name="displayName" label={t('姓名', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写姓名', 'Required') }]}><Input /></Form.Item>
            <Form.Item name="roles" label={t('角色', 'Roles')} rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一个角色', 'Pick at least one role') }]}><Select mode="multiple" options={roles} /></Form.Item>
            <Form.Item name="zoneIds" label={t('负责片区', 'Zones')} rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一个片区', 'Pick at least one zone') }]}><Select mode="multiple" options={zones.map((z) => ({ value: z.id, label: z.name }))} /></Form.Item>
            {chosenRoles.includes('UNIT_ADMIN') && (
              <Form.Item name="unitId" label={t('所属成员单位', 'Member unit')} rules={[{ required: true, message: t('单位管理员需选择单位', 'A unit admin needs a unit') }]}>
                <Select options={(unitsData?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={state.fetching}>{t('创建账号', 'Create')}</Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('本次新建的账号', 'Created in this session')}>
          <Table size="small" rowKey="id" pagination={false} dataSource={created}
            locale={{ emptyText: t('新建的账号会列在这里。', 'New accounts are listed here.') }}
            columns={[
              { title: t('姓名', 'Name'), dataIndex: 'displayName' },
              { title: t('角色', 'Roles'), render: (_, u) => u.roles.map((r) => <Tag key={r}>{L('Role', r)}</Tag>) },
              { title: t('单位', 'Unit'), render: (_, u) => u.unit?.name ?? '—' },
            ]} />
        </Card>
      </Col>
    </Row>
  );
}

const JOB_FIGURES: [key: string, zh: string, en: string][] = [
  ['outboxPending', '待投递', 'Waiting in the outbox'],
  ['waiting', '排队中', 'Queued'],
  ['active', '执行中', 'Running'],
  ['delayed', '等待重试', 'Retrying later'],
  ['failed', '队列中失败', 'Failed in the queue'],
  ['outboxFailed', '最终失败', 'Failed for good'],
  ['outboxDone', '已完成', 'Done'],
];

const JOB_NAMES: Record<string, [string, string]> = {
  'classify-need': ['需求分类建议', 'Suggest a category'],
  'learn-category': ['分类学习', 'Learn a category'],
  notify: ['站内通知', 'Notifications'],
};

/** Waiting, retrying and failed background jobs: what an administrator checks when something did not arrive. */
function Jobs() {
  const { t } = useLang();
  const [{ data, fetching, error }, refetch] = useQuery({ query: JobQueueDoc, requestPolicy: 'network-only' });
  const counts = (data?.jobQueue.counts ?? {}) as Record<string, number>;
  return (
    <Card
      title={t('后台任务', 'Background jobs')}
      extra={<Button loading={fetching} onClick={() => refetch({ requestPolicy: 'network-only' })}>{t('刷新', 'Refresh')}</Button>}
    >
      <ErrorBox error={error} />
      {counts.redisUnavailable ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }}
          title={t('暂时连不上 Redis：任务已安全保存在数据库中，恢复后自动投递。', 'Redis is unreachable: jobs wait safely in the database and go out when it is back.')} />
      ) : null}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {JOB_FIGURES.filter(([key]) => key in counts).map(([key, zh, en]) => (
          <Col key={key} xs={12} md={6} lg={3}><Statistic title={t(zh, en)} value={counts[key]} /></Col>
        ))}
      </Row>
      <Table size="small" rowKey="id" pagination={false} dataSource={data?.jobQueue.failed ?? []}
        locale={{ emptyText: t('没有失败或重试中的任务。', 'No failed or retrying job.') }}
        columns={[
          { title: '#', dataIndex: 'id', width: 80 },
          { title: t('任务', 'Job'), dataIndex: 'name', render: (n: string) => (JOB_NAMES[n] ? t(...JOB_NAMES[n]) : n) },
          { title: t('尝试次数', 'Attempts'), dataIndex: 'attempts', width: 100 },
          { title: t('最近错误', 'Last error'), dataIndex: 'error', render: (e: string | null) => e ?? '—' },
          { title: t('创建时间', 'Created'), dataIndex: 'createdAt', width: 160, render: (v: string) => fmtTime(v) },
        ]} />
    </Card>
  );
}
