import { useLang } from '../../shared/i18n';
import { ProjectLists } from '../../shared/glossary';
import { DecisionButtons, tally } from '../project-actions';
import { ProjectInbox } from '../project-inbox';

/** The party committee's inbox: projects the board resolved, to approve, return or reject. */
export default function Approvals() {
  const { t, L } = useLang();
  return (
    <ProjectInbox
      status={ProjectLists.COMMITTEE_APPROVAL.status}
      title={t('党委审批', 'Approvals')}
      empty={{ title: t('没有待审批的项目', 'Nothing to approve'), hint: t('理事会决议通过的项目会出现在这里。', 'Projects resolved by the board appear here.') }}
      testId="approval-item"
      facts={(p) => {
        const c = tally(p.votes);
        return [
          {
            key: 'v',
            label: t('理事会表决', 'Board vote'),
            children: `${L('VoteChoice', 'FOR')} ${c.FOR} · ${L('VoteChoice', 'AGAINST')} ${c.AGAINST} · ${L('VoteChoice', 'ABSTAIN')} ${c.ABSTAIN}`,
          },
        ];
      }}
      action={(p, refresh) => <DecisionButtons projectId={p.id} onDone={refresh} />}
    />
  );
}
