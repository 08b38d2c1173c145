import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Card, Space } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../../shared/i18n';
import { useSession } from '../../../shared/session';
import { refusalText } from '../../../shared/errors';
import { latestOf } from '../../../shared/ProjectTimeline';
import { CancelProjectDoc, CompleteProjectDoc, ProjectSurveysDoc, ProposeProjectDoc, PublishProjectDoc, StartProjectDoc } from '../../operations';
import { ClaimModal, ProgressModal, PromptModal } from '../../project-actions';
import { EditDraftButton } from '../../year/year-ui';
import type { ProjectPartProps } from './types';

type Dialog = 'propose' | 'cancel' | 'claim' | 'report' | null;

interface ButtonContext extends ProjectPartProps {
  t: (zh: string, en: string) => string;
  busy: string | null;
  /** runs a mutation that needs no input, shows the refusal or `ok`, reloads */
  run: (key: string, call: () => Promise<{ error?: unknown }>, ok: string) => void;
  open: (d: Dialog) => void;
  confirm: (title: string, content: string, okText: string, onOk: () => void) => void;
  unitName: string | undefined;
  surveyCount: number;
  goToEvaluation: () => void;
  mutations: {
    publish: () => Promise<{ error?: unknown }>;
    start: () => Promise<{ error?: unknown }>;
    complete: () => Promise<{ error?: unknown }>;
  };
}

/**
 * One button per action the server lists in availableActions, in this order. To add a button for
 * a new action (update, releaseClaim…), add a row; the server decides when it shows.
 */
const BUTTONS: { action: string; render: (c: ButtonContext) => ReactNode }[] = [
  { action: 'update', render: (c) => (c.year ? <EditDraftButton year={c.year} onDone={c.reload} /> : null) },
  {
    action: 'propose',
    render: (c) => (
      <Button type="primary" onClick={() => c.open('propose')} data-testid="propose-project">
        {c.t('提议（提交理事会表决）', 'Propose to the board')}
      </Button>
    ),
  },
  {
    action: 'publish',
    render: (c) => (
      <Button type="primary" loading={c.busy === 'publish'} data-testid="publish-project" onClick={() => c.run('publish', c.mutations.publish, c.t('已发布到项目清单', 'Published'))}>
        {c.t('发布到项目清单', 'Publish')}
      </Button>
    ),
  },
  {
    action: 'claim',
    render: (c) => (
      <Button type="primary" onClick={() => c.open('claim')} data-testid="claim-project">
        {c.t(`以「${c.unitName}」认领`, `Claim for ${c.unitName}`)}
      </Button>
    ),
  },
  {
    action: 'start',
    render: (c) => (
      <Button type="primary" loading={c.busy === 'start'} data-testid="start-project" onClick={() => c.run('start', c.mutations.start, c.t('项目开始实施', 'Started'))}>
        {c.t('开始实施', 'Start')}
      </Button>
    ),
  },
  {
    action: 'reportProgress',
    render: (c) => (
      <Button onClick={() => c.open('report')} data-testid="report-progress">
        {c.t('上报进度', 'Report progress')}
      </Button>
    ),
  },
  {
    action: 'complete',
    render: (c) => (
      <Button
        loading={c.busy === 'complete'}
        data-testid="complete-project"
        onClick={() =>
          c.confirm(c.t('确认项目已完成？', 'Mark the project completed?'), c.t('完成后即可开展成效评估。', 'After completion the evaluation can start.'), c.t('确认完成', 'Complete'), () =>
            c.run('complete', c.mutations.complete, c.t('项目已完成', 'Completed')),
          )
        }
      >
        {c.t('标记完成', 'Complete')}
      </Button>
    ),
  },
  {
    action: 'createSurvey',
    render: (c) => (
      <Button onClick={c.goToEvaluation} data-testid="go-evaluation">
        {c.surveyCount ? c.t('查看成效评估', 'See evaluation') : c.t('创建评估问卷', 'Create a survey')}
      </Button>
    ),
  },
  {
    action: 'cancel',
    render: (c) => (
      <Button danger onClick={() => c.open('cancel')}>
        {c.t('撤销项目', 'Cancel project')}
      </Button>
    ),
  },
];

/** The buttons for what the caller may do now, and the dialogs they open. */
export function ProjectActionsBar(props: ProjectPartProps) {
  const { project: p, can, reload } = props;
  const { t, lang } = useLang();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { me } = useSession();
  const [, propose] = useMutation(ProposeProjectDoc);
  const [, publish] = useMutation(PublishProjectDoc);
  const [, start] = useMutation(StartProjectDoc);
  const [, complete] = useMutation(CompleteProjectDoc);
  const [, cancel] = useMutation(CancelProjectDoc);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [{ data: surveysData }] = useQuery({ query: ProjectSurveysDoc, variables: { projectId: p.id }, pause: !can('createSurvey') });
  const unit = me?.unit ?? null;

  const run = async (key: string, call: () => Promise<{ error?: unknown }>, ok: string) => {
    setBusy(key);
    const r = (await call()) as { error?: Parameters<typeof refusalText>[0] };
    setBusy(null);
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(ok);
      reload();
    }
  };
  const context: ButtonContext = {
    ...props,
    t,
    busy,
    run,
    open: setDialog,
    confirm: (title, content, okText, onOk) => modal.confirm({ title, content, okText, cancelText: t('取消', 'Cancel'), onOk }),
    unitName: unit?.name,
    surveyCount: surveysData?.projectSurveys.length ?? 0,
    goToEvaluation: () => navigate(`/evaluation?project=${p.id}`),
    mutations: { publish: () => publish({ projectId: p.id }), start: () => start({ projectId: p.id }), complete: () => complete({ projectId: p.id }) },
  };
  const buttons = BUTTONS.filter((b) => can(b.action)).map((b) => <span key={b.action}>{b.render(context)}</span>);
  const done = (ok: string) => {
    message.success(ok);
    setDialog(null);
    reload();
    return null;
  };

  return (
    <Card title={t('可执行操作', 'Actions')} style={{ marginBottom: 16 }}>
      {buttons.length ? <Space wrap>{buttons}</Space> : <span className="gr-muted">{t('当前状态下您没有可执行的操作。', 'Nothing for you to do in this state.')}</span>}
      <PromptModal
        open={dialog === 'propose'}
        title={t('提议项目', 'Propose the project')}
        label={t('提议说明（可选）', 'Comment (optional)')}
        okText={t('提交理事会表决', 'Send to the board')}
        onCancel={() => setDialog(null)}
        onSubmit={async (comment) => {
          const r = await propose({ projectId: p.id, comment: comment || null });
          return r.error ? refusalText(r.error, lang) : done(t('已提议，等待理事会表决', 'Proposed; waiting for the board'));
        }}
      />
      <PromptModal
        open={dialog === 'cancel'}
        title={t('撤销项目', 'Cancel the project')}
        label={t('撤销原因', 'Reason')}
        required
        danger
        okText={t('撤销', 'Cancel project')}
        onCancel={() => setDialog(null)}
        onSubmit={async (comment) => {
          const r = await cancel({ projectId: p.id, comment });
          return r.error ? refusalText(r.error, lang) : done(t('项目已撤销', 'Cancelled'));
        }}
      />
      {unit && (
        <>
          <ClaimModal open={dialog === 'claim'} projectId={p.id} projectTitle={p.title} unitId={unit.id} onClose={() => setDialog(null)} onDone={() => { setDialog(null); reload(); }} />
          <ProgressModal
            open={dialog === 'report'}
            projectId={p.id}
            unitId={unit.id}
            last={latestOf(p.progress, unit.id)}
            onClose={() => setDialog(null)}
            onDone={() => { setDialog(null); reload(); }}
          />
        </>
      )}
    </Card>
  );
}
