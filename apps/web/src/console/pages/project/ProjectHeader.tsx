import { Tag } from 'antd';
import { useLang } from '../../../shared/i18n';
import { ProjectStatusTag } from '../../../shared/ui';
import { FollowProjectButton } from '../../year/year-ui';
import { PrintNoticeButton } from '../../print-buttons';
import type { ProjectPartProps } from './types';
import { Crumbs } from '../../crumbs';

/** Title and status of the project page; who offered it, and following it. */
export function ProjectHeader({ project, year, reload }: ProjectPartProps) {
  const { t } = useLang();
  return (
    <>
    <Crumbs trail={[{ to: '/projects', label: t('项目清单', 'Projects') }]} current={project.title} />
    <div className="gr-page-head">
      <h2 data-testid="project-title">{project.title}</h2>
      <ProjectStatusTag status={project.status} />
      <PrintNoticeButton projectId={project.id} />
      {year?.origin === 'UNIT_OFFER' && <Tag color="purple">{t(`单位申报 · ${year.offeredByUnit?.name ?? ''}`, `Offered by ${year.offeredByUnit?.name ?? 'a unit'}`)}</Tag>}
      {year && <FollowProjectButton projectId={project.id} followed={year.followedByMe} onChange={reload} />}
    </div>
    </>
  );
}
