import { ProjectStatusTag } from '../../../shared/ui';
import type { DetailProject } from './types';

/** Title and status of the project page. */
export function ProjectHeader({ project }: { project: DetailProject }) {
  return (
    <div className="gr-page-head">
      <h2 data-testid="project-title">{project.title}</h2>
      <ProjectStatusTag status={project.status} />
    </div>
  );
}
