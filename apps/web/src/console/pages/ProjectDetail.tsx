import { Link, useParams } from 'react-router-dom';
import { Card, Col, Row } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import { ProjectDoc } from '../operations';
import { ProjectHeader } from './project/ProjectHeader';
import { ProjectActionsBar } from './project/ProjectActionsBar';
import { ClaimsPanel, DecisionPanel, EvaluationPanel, OverviewPanel, PhotoTimelinePanel, SourceNeedsPanel, TimelinePanel, VotingPanel } from './project/panels';
import type { ProjectPartProps } from './project/types';
import { useProjectYear, YearPanels } from '../year/year-ui';
import { SuggestionsPanel } from '../matching/SuggestionsPanel';
import { ProjectMeetings } from '../governance/ProjectMeetings';

/**
 * One project: header, the panels, and the actions bar with what the caller may do now (from
 * Project.availableActions). A new panel is a component in ./project taking ProjectPartProps.
 */
export default function ProjectDetail() {
  const { id = '' } = useParams();
  const { t } = useLang();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProjectDoc, variables: { id } });
  const { year, reloadYear } = useProjectYear(id);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    reloadYear();
  };
  const p = data?.project;

  if (fetching && !data) return <Loading />;
  if (!p)
    return (
      <>
        <ErrorBox error={error} onRetry={reload} />
        <Card>
          <EmptyHint title={t('没有找到该项目', 'Project not found')} action={<Link to="/projects">{t('返回项目清单', 'Back to projects')}</Link>} />
        </Card>
      </>
    );

  const part: ProjectPartProps = { project: p, can: (action) => p.availableActions.includes(action), reload, year };
  return (
    <>
      <ProjectHeader {...part} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <OverviewPanel {...part} />
          <VotingPanel {...part} />
          <DecisionPanel {...part} />
          <ClaimsPanel {...part} />
          <PhotoTimelinePanel project={p} />
          <EvaluationPanel project={p} />
        </Col>
        <Col xs={24} xl={8}>
          <ProjectActionsBar {...part} />
          {/* matching: staff, while the project can still be cancelled (before completion) */}
          {part.can('cancel') && (
            <SuggestionsPanel projectId={p.id} onInvited={reload} />
          )}
          <SourceNeedsPanel project={p} />
          <TimelinePanel project={p} />
          {year && <YearPanels year={year} />}
          <ProjectMeetings projectId={p.id} />
        </Col>
      </Row>
    </>
  );
}
