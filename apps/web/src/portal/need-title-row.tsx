import type { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { Tag } from 'antd';
import { useLang } from '../shared/i18n';
import { NeedStatusTag } from '../shared/ui';
import type { PortalNeedCardFragment } from './gql/graphql';

/** A need's kind, its title (linking to its page) and its status, on one row. */
export function NeedTitleRow({ need, style }: { need: Pick<PortalNeedCardFragment, 'id' | 'kind' | 'title' | 'status'>; style?: CSSProperties }) {
  const { L } = useLang();
  return (
    <div className="gr-row" style={style}>
      <Tag color={need.kind === 'MICRO_WISH' ? 'magenta' : 'gold'}>{L('NeedKind', need.kind)}</Tag>
      <Link to={`/needs/${need.id}`} className="gr-grow gr-title" data-testid="need-title" style={{ color: '#222', fontWeight: 500 }}>
        {need.title}
      </Link>
      <NeedStatusTag status={need.status} />
    </div>
  );
}
