import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Progress } from 'antd';
import { ProjectStatusTag } from '../shared/ui';
import { overallPercent } from '../shared/ProjectTimeline';
import type { PortalProjectsQuery } from './gql/graphql';

type ProjectListNode = PortalProjectsQuery['projects']['edges'][number]['node'];

/** A project in a list, linking to its page: title and status, `children` (what the list says of it), overall progress. */
export function ProjectCard({ project: p, testId, children }: { project: ProjectListNode; testId?: string; children: ReactNode }) {
  return (
    <Link to={`/projects/${p.id}`} className="gr-card" style={{ display: 'block', color: 'inherit' }} data-testid={testId}>
      <div className="gr-row">
        <b className="gr-grow gr-title">{p.title}</b>
        <ProjectStatusTag status={p.status} />
      </div>
      {children}
      <Progress percent={overallPercent(p.claims, p.progress)} size="small" />
    </Link>
  );
}
