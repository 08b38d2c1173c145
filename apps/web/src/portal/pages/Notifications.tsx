import { useLang } from '../../shared/i18n';
import { NotificationList } from '../../shared/NotificationList';
import { portalRoute } from '../../shared/links';
import { TopBar } from '../chrome';

export default function Notifications() {
  const { t } = useLang();
  return (
    <>
      <TopBar title={t('消息通知', 'Notifications')} />
      <main className="gr-page">
        <NotificationList route={portalRoute} />
      </main>
    </>
  );
}
