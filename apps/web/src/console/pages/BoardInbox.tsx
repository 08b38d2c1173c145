import { Tag } from 'antd';
import { useLang } from '../../shared/i18n';
import { ProjectLists } from '../../shared/glossary';
import { VotePanel } from '../project-actions';
import { ProjectInbox } from '../project-inbox';

/** The board's approval inbox: proposed projects with a live tally (re-read every few seconds). */
export default function BoardInbox() {
  const { t } = useLang();
  return (
    <ProjectInbox
      status={ProjectLists.BOARD_VOTE.status}
      pollMs={5000}
      title={t('理事会表决', 'Board votes')}
      headExtra={<Tag color="processing">{t('票数实时更新', 'Live tally')}</Tag>}
      empty={{
        title: t('没有待表决的项目', 'Nothing to vote on'),
        hint: t('促进会提议项目后，会出现在这里并通知您。', 'Projects proposed by the council appear here; you will be notified.'),
      }}
      testId="board-item"
      action={(p, refresh) => <VotePanel projectId={p.id} votes={p.votes} canVote={p.availableActions.includes('vote')} canClose={p.availableActions.includes('closeResolution')} onChange={refresh} />}
    />
  );
}
