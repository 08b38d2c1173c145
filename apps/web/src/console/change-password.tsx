import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { useLang, type Lang } from '../shared/i18n';
import { useSession } from '../shared/session';
import { showOnForm } from '../shared/errors';
import { ChangeMyPasswordDoc } from '../shared/operations';

/** 修改密码: the old one proves it is the person; every sign-in ends and the person signs in again with the new one. */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [state, change] = useMutation(ChangeMyPasswordDoc);
  return (
    <Modal open title={t('修改密码', 'Change password')} okText={t('修改', 'Change')} cancelText={t('取消', 'Cancel')} onCancel={onClose}
      confirmLoading={state.fetching} onOk={() => form.submit()} okButtonProps={{ 'data-testid': 'confirm-change-password' } as Record<string, string>} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('修改后所有设备上的登录都会失效，请用新密码重新登录。', 'Afterwards every sign-in ends; sign in again with the new password.')} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={async (v) => {
        const r = await change({ oldPassword: v.oldPassword, newPassword: v.newPassword });
        if (r.error) return setError(showOnForm(form as FormInstance, r.error, lang as Lang, ['oldPassword', 'newPassword']));
        message.success(t('密码已修改，请用新密码登录', 'Password changed; sign in with the new one'));
        onClose();
        await signOut();
        navigate('/login', { replace: true });
      }}>
        <Form.Item name="oldPassword" label={t('原密码', 'Current password')} rules={[{ required: true, message: t('请输入原密码', 'Required') }]}>
          <Input.Password autoComplete="current-password" data-testid="old-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('新密码', 'New password')} rules={[{ required: true, message: t('请输入新密码', 'Required') }, { min: 8, message: t('至少8位', 'At least 8 characters') }]}>
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('再次输入新密码', 'Repeat the new password')} dependencies={['newPassword']}
          rules={[{ required: true, message: t('请再次输入', 'Required') }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('两次输入不一致', 'The two do not match')))) })]}>
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
