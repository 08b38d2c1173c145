import { App } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { useLang } from './i18n';
import { useSession } from './session';
import { SignOutEverywhereDoc } from './operations';

/**
 * 退出所有设备 (console user menu, portal 我的): asks first, ends every session of the person (this one
 * included), signs out here and goes to `landing`. A refusal leaves the person signed in.
 */
export function useSignOutEverywhere(landing: string): () => void {
  const { t } = useLang();
  const { modal } = App.useApp();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [, signOutEverywhere] = useMutation(SignOutEverywhereDoc);
  return () =>
    modal.confirm({
      title: t('退出所有设备？', 'Sign out on every device?'),
      content: t('您在所有电脑和手机上的登录都将失效（包括这里），需要重新登录。', 'Every sign-in of yours on every computer and phone ends, this one included; you sign in again.'),
      okText: t('全部退出', 'Sign out everywhere'),
      cancelText: t('取消', 'Cancel'),
      okButtonProps: { 'data-testid': 'confirm-sign-out-everywhere' } as Record<string, string>,
      onOk: async () => {
        const r = await signOutEverywhere({});
        if (r.error) return;
        await signOut();
        navigate(landing, { replace: true });
      },
    });
}
