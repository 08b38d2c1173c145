import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Tag } from 'antd';
import type { FormInstance } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang, type Lang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { showOnForm, refusalText } from '../../shared/errors';
import { EmptyHint } from '../../shared/ui';
import { DeactivateUserDoc, ReactivateUserDoc, ResetStaffPasswordDoc, UnitsDoc, UpdateStaffUserDoc, UsersDoc } from '../operations';
import { PagedTable } from '../paged-table';
import type { ConsoleUserRowFragment, Role } from '../gql/graphql';

type Row = ConsoleUserRowFragment & { id: string };
const PEOPLE = ['RESIDENT', 'WHITE_COLLAR'];

/**
 * 账号管理: ADMIN lists every account and edits roles, deactivates, reactivates and resets
 * passwords; council staff see the accounts holding roles in their zones (read only).
 */
export default function Accounts() {
  const { t, L } = useLang();
  const { hasRole } = useSession();
  const { zones, zone } = useZone();
  const isAdmin = hasRole('ADMIN');
  const roleOptions = useEnumOptions('Role');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [active, setActive] = useState<'all' | 'yes' | 'no'>('all');
  const [zoneFilter, setZoneFilter] = useState<string>(isAdmin ? 'all' : (zone?.id ?? 'all'));
  const [editing, setEditing] = useState<Row | null>(null);
  const [deactivating, setDeactivating] = useState<Row | null>(null);
  const [resetting, setResetting] = useState<Row | null>(null);
  const { message, modal } = App.useApp();
  const { lang } = useLang();
  const [, reactivate] = useMutation(ReactivateUserDoc);

  const list = useConnection(
    UsersDoc,
    {
      search: search || null,
      role: role ?? null,
      active: active === 'all' ? null : active === 'yes',
      zoneId: zoneFilter === 'all' ? null : zoneFilter,
    },
    (d) => d.users,
  );
  const rows = list.nodes as Row[];

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('账号管理', 'Accounts')}</h2>
        <Space wrap>
          <Input.Search allowClear placeholder={t('姓名、用户名或手机号', 'Name, username or phone')} onSearch={(v) => setSearch(v.trim())} style={{ width: 240 }} data-testid="account-search" aria-label={t('搜索账号', 'Search accounts')} />
          <Select allowClear placeholder={t('角色', 'Role')} value={role} onChange={setRole} options={roleOptions} style={{ width: 150 }} aria-label={t('按角色筛选', 'Filter by role')} />
          <Select value={active} onChange={setActive} style={{ width: 120 }} aria-label={t('按状态筛选', 'Filter by status')} data-testid="account-active-filter"
            options={[{ value: 'all', label: t('全部状态', 'Any status') }, { value: 'yes', label: t('有效', 'Active') }, { value: 'no', label: t('已停用', 'Deactivated') }]} />
          <Select value={zoneFilter} onChange={setZoneFilter} style={{ width: 160 }} aria-label={t('按片区筛选', 'Filter by zone')}
            options={[...(isAdmin ? [{ value: 'all', label: t('全部片区', 'All zones') }] : [{ value: 'all', label: t('我负责的片区', 'My zones') }]), ...zones.map((z) => ({ value: z.id, label: z.name }))]} />
        </Space>
      </div>
      {!isAdmin && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('工作人员可查看本片区的账号；修改、停用和重置密码由管理员操作。', 'Staff see the accounts of their zones; administrators edit, deactivate and reset passwords.')} />}
      <PagedTable<Row>
        list={list as never}
        rows={rows}
        total={list.totalCount}
        empty={<EmptyHint title={t('没有符合条件的账号', 'No account matches')} />}
        columns={[
          { title: t('姓名', 'Name'), render: (_, u) => <span data-testid={`account-${u.username ?? u.id}`}>{u.displayName}</span> },
          { title: t('用户名', 'Username'), render: (_, u) => u.username ?? '—' },
          { title: t('手机', 'Phone'), render: (_, u) => u.phone ?? '—' },
          { title: t('角色', 'Roles'), render: (_, u) => u.roles.map((r) => <Tag key={r}>{L('Role', r)}</Tag>) },
          { title: t('片区', 'Zones'), render: (_, u) => (u.zones.length ? u.zones.map((z) => z.name).join('、') : t('全部', 'All')) },
          {
            title: t('状态', 'Status'),
            render: (_, u) => (u.active ? <Tag color="green">{t('有效', 'Active')}</Tag> : <Tag color="red">{t('已停用', 'Deactivated')}</Tag>),
          },
          ...(isAdmin
            ? [
                {
                  title: t('操作', 'Actions'),
                  render: (_: unknown, u: Row) => (
                    <Space size="small" wrap>
                      {!u.roles.every((r) => PEOPLE.includes(r)) && (
                        <Button size="small" onClick={() => setEditing(u)} data-testid={`edit-${u.username ?? u.id}`}>{t('编辑', 'Edit')}</Button>
                      )}
                      {u.active ? (
                        <Button size="small" danger onClick={() => setDeactivating(u)} data-testid={`deactivate-${u.username ?? u.id}`}>{t('停用', 'Deactivate')}</Button>
                      ) : (
                        <Button size="small" data-testid={`reactivate-${u.username ?? u.id}`} onClick={() =>
                          modal.confirm({
                            title: t(`启用 ${u.displayName} 的账号？`, `Reactivate ${u.displayName}?`),
                            content: t('启用后此人可重新登录；停用前的登录不会恢复。', 'The person may sign in again; sessions from before stay ended.'),
                            onOk: async () => {
                              const r = await reactivate({ userId: u.id });
                              if (r.error) message.error(refusalText(r.error, lang as Lang));
                              else { message.success(t('账号已启用', 'Account reactivated')); list.refresh(); }
                            },
                          })
                        }>{t('启用', 'Reactivate')}</Button>
                      )}
                      {u.username && <Button size="small" onClick={() => setResetting(u)} data-testid={`reset-${u.username}`}>{t('重置密码', 'Reset password')}</Button>}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <EditModal user={editing} onClose={(changed) => { setEditing(null); if (changed) list.refresh(); }} />}
      {deactivating && <DeactivateModal user={deactivating} onClose={(changed) => { setDeactivating(null); if (changed) list.refresh(); }} />}
      {resetting && <ResetModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}

function useFormError(fields: string[]) {
  const { lang } = useLang();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  return {
    form,
    error,
    show: (e: Parameters<typeof showOnForm>[1]) => setError(showOnForm(form as FormInstance, e, lang as Lang, fields)),
  };
}

function EditModal({ user, onClose }: { user: Row; onClose: (changed: boolean) => void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const { zones, zone } = useZone();
  const roles = useEnumOptions('Role').filter((r) => !PEOPLE.includes(r.value));
  const f = useFormError(['displayName', 'roles', 'zoneIds', 'unitId']);
  const [state, update] = useMutation(UpdateStaffUserDoc);
  const chosenZones: string[] = Form.useWatch('zoneIds', f.form) ?? user.zones.map((z) => z.id);
  const chosenRoles: string[] = Form.useWatch('roles', f.form) ?? user.roles;
  const [{ data: units }] = useQuery({ query: UnitsDoc, variables: { zoneId: chosenZones[0] ?? zone?.id ?? '' }, pause: !chosenZones.length && !zone });
  return (
    <Modal open title={t(`编辑账号：${user.displayName}`, `Edit account: ${user.displayName}`)} onCancel={() => onClose(false)} okText={t('保存', 'Save')} cancelText={t('取消', 'Cancel')}
      confirmLoading={state.fetching} onOk={() => f.form.submit()} okButtonProps={{ 'data-testid': 'save-account' } as Record<string, string>} destroyOnHidden>
      {f.error && <Alert type="error" showIcon title={f.error} style={{ marginBottom: 12 }} />}
      <Form form={f.form} layout="vertical" initialValues={{ displayName: user.displayName, roles: user.roles.filter((r) => !PEOPLE.includes(r)), zoneIds: user.zones.map((z) => z.id), unitId: user.unit?.id }}
        onFinish={async (v) => {
          const r = await update({ userId: user.id, displayName: v.displayName.trim(), roles: [...v.roles, ...user.roles.filter((x) => PEOPLE.includes(x))], zoneIds: v.zoneIds, unitId: v.roles.includes('UNIT_ADMIN') ? v.unitId : null });
          if (r.error) return f.show(r.error);
          message.success(t('已保存；新的角色在此人下次操作时生效', 'Saved; the new roles apply from the person\'s next request'));
          onClose(true);
        }}>
        <Form.Item name="displayName" label={t('姓名', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写姓名', 'Required') }]}><Input /></Form.Item>
        <Form.Item name="roles" label={t('角色（去掉即撤销）', 'Roles (remove to revoke)')} rules={[{ required: true, type: 'array', min: 1, message: t('至少保留一个角色', 'Keep at least one role') }]}>
          <Select mode="multiple" options={roles} data-testid="edit-roles" />
        </Form.Item>
        <Form.Item name="zoneIds" label={t('负责片区（管理员不选片区即为全局）', 'Zones (an ADMIN with none is global)')}>
          <Select mode="multiple" options={zones.map((z) => ({ value: z.id, label: z.name }))} />
        </Form.Item>
        {chosenRoles.includes('UNIT_ADMIN') && (
          <Form.Item name="unitId" label={t('所属成员单位', 'Member unit')} rules={[{ required: true, message: t('单位管理员需选择单位', 'A unit admin needs a unit') }]}>
            <Select options={(units?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function DeactivateModal({ user, onClose }: { user: Row; onClose: (changed: boolean) => void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const f = useFormError(['reason', 'userId']);
  const [state, deactivate] = useMutation(DeactivateUserDoc);
  return (
    <Modal open title={t(`停用账号：${user.displayName}`, `Deactivate: ${user.displayName}`)} onCancel={() => onClose(false)} okText={t('停用', 'Deactivate')} okButtonProps={{ danger: true, ...({ 'data-testid': 'confirm-deactivate' } as Record<string, string>) }}
      cancelText={t('取消', 'Cancel')} confirmLoading={state.fetching} onOk={() => f.form.submit()} destroyOnHidden>
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('停用后此人在所有设备上立即退出，且不能再登录，直到重新启用。', 'The person is signed out on every device at once and cannot sign in until reactivated.')} />
      {f.error && <Alert type="error" showIcon title={f.error} style={{ marginBottom: 12 }} />}
      <Form form={f.form} layout="vertical" onFinish={async (v) => {
        const r = await deactivate({ userId: user.id, reason: v.reason.trim() });
        if (r.error) return f.show(r.error);
        message.success(t('账号已停用', 'Account deactivated'));
        onClose(true);
      }}>
        <Form.Item name="reason" label={t('停用原因', 'Reason')} rules={[{ required: true, whitespace: true, message: t('请填写停用原因', 'Give a reason') }]}>
          <Input.TextArea rows={2} maxLength={200} placeholder={t('如：已离职', 'e.g. left the council')} data-testid="deactivate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResetModal({ user, onClose }: { user: Row; onClose: () => void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const f = useFormError(['newPassword']);
  const [state, reset] = useMutation(ResetStaffPasswordDoc);
  return (
    <Modal open title={t(`重置密码：${user.displayName}`, `Reset password: ${user.displayName}`)} onCancel={onClose} okText={t('重置', 'Reset')} cancelText={t('取消', 'Cancel')}
      confirmLoading={state.fetching} onOk={() => f.form.submit()} okButtonProps={{ 'data-testid': 'confirm-reset' } as Record<string, string>} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('重置后此人在所有设备上退出，需用新密码登录。请当面或电话告知新密码。', 'The person is signed out everywhere and signs in with the new password; tell them in person or by phone.')} />
      {f.error && <Alert type="error" showIcon title={f.error} style={{ marginBottom: 12 }} />}
      <Form form={f.form} layout="vertical" onFinish={async (v) => {
        const r = await reset({ userId: user.id, newPassword: v.newPassword });
        if (r.error) return f.show(r.error);
        message.success(t('密码已重置', 'Password reset'));
        onClose();
      }}>
        <Form.Item name="newPassword" label={t('新密码', 'New password')} rules={[{ required: true, message: t('请填写新密码', 'Required') }, { min: 8, message: t('至少8位', 'At least 8 characters') }]}>
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
