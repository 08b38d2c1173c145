import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Breadcrumb, Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useLang } from '../shared/i18n';

/**
 * Breadcrumbs and a back link on a console detail page: the list it belongs to (`trail`, linked)
 * and the page itself. 返回 goes back where the person came from (an inbox, the unit desk…),
 * or to the last list of the trail when the page was opened directly.
 */
export function Crumbs({ trail, current }: { trail: { to: string; label: string }[]; current: string }) {
  const { t } = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  const parent = trail[trail.length - 1];
  const back = () => (location.key !== 'default' ? navigate(-1) : navigate(parent?.to ?? '/'));
  return (
    <div className="gr-crumbs" style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }} data-testid="crumbs">
      <Button size="small" type="link" icon={<ArrowLeftOutlined />} onClick={back} style={{ paddingLeft: 0 }} data-testid="back-link">
        {t('返回', 'Back')}
      </Button>
      <Breadcrumb
        items={[
          ...trail.map((c) => ({ title: <Link to={c.to}>{c.label}</Link> })),
          { title: <span style={{ overflowWrap: 'anywhere' }}>{current}</span> },
        ]}
      />
    </div>
  );
}
