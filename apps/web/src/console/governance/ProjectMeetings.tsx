import { Link } from 'react-router-dom';
import { Card, Tag } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { fmtTime } from '../../shared/format';
import { ProjectMeetingsDoc } from './operations';

/** The meetings that discussed a project (its place in the council's year), on the project page. */
export function ProjectMeetings({ projectId }: { projectId: string }) {
  const { t, L } = useLang();
  const [{ data }] = useQuery({ query: ProjectMeetingsDoc, variables: { id: projectId } });
  const meetings = data?.project?.meetings ?? [];
  if (!meetings.length) return null;
  return (
    <Card title={t('议事记录', 'Meetings')} style={{ marginTop: 16 }} size="small">
      {meetings.map((m) => (
        <div key={m.id} style={{ display: 'flex', gap: 8, padding: '4px 0', alignItems: 'center' }}>
          <span className="gr-muted" style={{ whiteSpace: 'nowrap' }}>{fmtTime(m.at)}</span>
          <Link to={`/meetings/${m.id}`} style={{ flex: 1 }} data-testid="project-meeting">
            {m.title}
          </Link>
          <Tag>{L('MeetingKind', m.kind)}</Tag>
          {m.minutes ? <Tag color="green">{t('有纪要', 'Minutes')}</Tag> : null}
        </div>
      ))}
    </Card>
  );
}
