import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Progress, Space, Tag } from 'antd';
import { useMutation } from 'urql';
import { useLang } from '../shared/i18n';
import { useSession } from '../shared/session';
import { refusalText } from '../shared/errors';
import { toFen } from '../shared/format';
import { FormModal, useFormMutation } from '../shared/form-mutation';
import {
  CastVoteDoc,
  ClaimProjectDoc,
  CloseResolutionDoc,
  DecideProjectDoc,
  CorrectProgressDoc,
  ReportProgressDoc,
} from './operations';
import { PhotoPicker, type PhotoLike } from '../shared/photos';
import type { Decision, VoteChoice } from './gql/graphql';

/* A modal that asks for one piece of text (a comment, a reason) and shows the server's refusal under it. */
export function PromptModal({
  open,
  title,
  label,
  required,
  okText,
  danger,
  placeholder,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  title: string;
  label: string;
  required?: boolean;
  okText?: string;
  danger?: boolean;
  placeholder?: string;
  onCancel: () => void;
  onSubmit: (text: string) => Promise<string | null>;
}) {
  const { t } = useLang();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    if (required && !text.trim()) {
      setError(t(`请填写${label}`, `${label} is required`));
      return;
    }
    setBusy(true);
    const refusal = await onSubmit(text.trim());
    setBusy(false);
    if (refusal) setError(refusal);
    else setText('');
  };
  return (
    <Modal open={open} title={title} onCancel={onCancel} onOk={ok} okText={okText ?? t('确定', 'OK')} cancelText={t('取消', 'Cancel')} confirmLoading={busy} okButtonProps={{ danger, ...({ 'data-testid': 'prompt-ok' } as Record<string, string>) }} destroyOnHidden>
      <div style={{ marginBottom: 4 }}>
        {required && <span style={{ color: '#ff4d4f' }}>* </span>}
        {label}
      </div>
      <Input.TextArea
        autoFocus
        rows={3}
        maxLength={500}
        value={text}
        status={error ? 'error' : undefined}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        data-testid="prompt-text"
      />
      {error && <div style={{ color: '#ff4d4f', fontSize: 12, marginTop: 4 }}>{error}</div>}
    </Modal>
  );
}

interface VoteLike {
  voter: { id: string; displayName: string };
  choice: VoteChoice;
}

export function tally(votes: VoteLike[]) {
  const count = { FOR: 0, AGAINST: 0, ABSTAIN: 0 } as Record<VoteChoice, number>;
  for (const v of votes) count[v.choice] += 1;
  return { ...count, total: votes.length };
}

/** The board's vote on a proposed project: live tally, the member's own vote, and closing. */
export function VotePanel({ projectId, votes, canVote, canClose, onChange }: { projectId: string; votes: VoteLike[]; canVote: boolean; canClose: boolean; onChange: () => void }) {
  const { t, L, lang } = useLang();
  const { message, modal } = App.useApp();
  const { me } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [, castVote] = useMutation(CastVoteDoc);
  const [, closeResolution] = useMutation(CloseResolutionDoc);
  const count = tally(votes);
  const mine = votes.find((v) => v.voter.id === me?.id)?.choice;
  const forShare = count.total ? Math.round((count.FOR / count.total) * 100) : 0;

  const vote = async (choice: VoteChoice) => {
    setBusy(choice);
    const r = await castVote({ projectId, choice });
    setBusy(null);
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(t(`已投「${L('VoteChoice', choice)}」`, `Voted ${L('VoteChoice', choice)}`));
      onChange();
    }
  };
  const close = () =>
    modal.confirm({
      title: t('结束表决并计票？', 'Close the vote and count it?'),
      content: t(
        `当前 赞成 ${count.FOR} · 反对 ${count.AGAINST} · 弃权 ${count.ABSTAIN}。达到法定人数且赞成票过半则通过，否则退回草稿。`,
        `Now ${count.FOR} for, ${count.AGAINST} against, ${count.ABSTAIN} abstaining. It passes with a quorum and a majority for; otherwise it returns to draft.`,
      ),
      okText: t('结束表决', 'Close'),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const r = await closeResolution({ projectId });
        if (r.error) {
          message.error(refusalText(r.error, lang));
          return;
        }
        // passed: the state table's next move is the party committee's approval
        const passed = !!r.data?.closeResolution.nextMoves.includes('approve');
        message[passed ? 'success' : 'warning'](passed ? t('决议通过，已提交社区党委审批', 'Passed; sent to the party committee') : t('决议未通过，项目退回草稿', 'Not passed; back to draft'));
        onChange();
      },
    });

  return (
    <div data-testid="vote-panel">
      <Space size={16} wrap style={{ marginBottom: 8 }}>
        <span data-testid="tally-for">{L('VoteChoice', 'FOR')} <b style={{ color: '#389e0d' }}>{count.FOR}</b></span>
        <span data-testid="tally-against">{L('VoteChoice', 'AGAINST')} <b style={{ color: '#cf1322' }}>{count.AGAINST}</b></span>
        <span data-testid="tally-abstain">{L('VoteChoice', 'ABSTAIN')} <b>{count.ABSTAIN}</b></span>
        <span className="gr-muted">{t(`共 ${count.total} 票`, `${count.total} votes`)}</span>
      </Space>
      <Progress percent={forShare} success={{ percent: forShare }} size="small" format={() => t(`赞成 ${forShare}%`, `${forShare}% for`)} />
      {votes.length > 0 && (
        <div style={{ margin: '6px 0' }}>
          {votes.map((v) => (
            <Tag key={v.voter.id} color={v.choice === 'FOR' ? 'green' : v.choice === 'AGAINST' ? 'red' : 'default'}>
              {v.voter.displayName}：{L('VoteChoice', v.choice)}
            </Tag>
          ))}
        </div>
      )}
      <Space wrap style={{ marginTop: 6 }}>
        {canVote &&
          (['FOR', 'AGAINST', 'ABSTAIN'] as VoteChoice[]).map((c) => (
            <Button
              key={c}
              type={mine === c ? 'primary' : 'default'}
              danger={c === 'AGAINST'}
              loading={busy === c}
              onClick={() => vote(c)}
              data-testid={`vote-${c}`}
            >
              {L('VoteChoice', c)}
              {mine === c ? ' ✓' : ''}
            </Button>
          ))}
        {canClose && (
          <Button onClick={close} disabled={!count.total} data-testid="close-resolution">
            {t('结束表决', 'Close the vote')}
          </Button>
        )}
      </Space>
      {canVote && mine && <div className="gr-muted" style={{ marginTop: 4 }}>{t('表决结束前可以改票。', 'You may change your vote until it closes.')}</div>}
    </div>
  );
}

/** The party committee's decision: approve, return for changes, or reject — always with a comment. */
export function DecisionButtons({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [, decide] = useMutation(DecideProjectDoc);
  const done: Record<Decision, [string, string]> = {
    APPROVE: ['已批准，可由促进会发布', 'Approved; the council may publish it'],
    RETURN: ['已退回促进会修改', 'Returned to the council'],
    REJECT: ['已不予批准，项目撤销', 'Rejected; the project is cancelled'],
  };
  return (
    <>
      <Space wrap>
        <Button type="primary" onClick={() => setDecision('APPROVE')} data-testid="decide-APPROVE">{L('Decision', 'APPROVE')}</Button>
        <Button onClick={() => setDecision('RETURN')} data-testid="decide-RETURN">{L('Decision', 'RETURN')}</Button>
        <Button danger onClick={() => setDecision('REJECT')} data-testid="decide-REJECT">{L('Decision', 'REJECT')}</Button>
      </Space>
      <PromptModal
        open={!!decision}
        title={decision ? `${L('Decision', decision)}` : ''}
        label={t('审批意见', 'Comment')}
        required
        danger={decision === 'REJECT'}
        placeholder={decision === 'APPROVE' ? t('如：同意实施，注意资金使用规范', 'e.g. Approved; keep funds accounted') : t('请说明原因', 'Say why')}
        onCancel={() => setDecision(null)}
        onSubmit={async (comment) => {
          const r = await decide({ projectId, decision: decision!, comment });
          if (r.error) return refusalText(r.error, lang);
          message.success(t(...done[decision!]));
          setDecision(null);
          onDone();
          return null;
        }}
      />
    </>
  );
}

interface ClaimForm {
  pledge: string;
  fundsYuan: number;
  volunteers: number;
}

/** A unit administrator claims a published project for the unit, with a pledge. */
/**
 * The claim dialog for a list of projects: `claim(project)` opens it for one, `dialog` is the
 * element to render (null while closed); `onDone` runs after a successful claim.
 */
export function useClaimDialog(unitId: string, onDone: () => void) {
  const [claiming, setClaiming] = useState<{ id: string; title: string } | null>(null);
  const dialog = claiming && (
    <ClaimModal
      open
      projectId={claiming.id}
      projectTitle={claiming.title}
      unitId={unitId}
      onClose={() => setClaiming(null)}
      onDone={() => {
        setClaiming(null);
        onDone();
      }}
    />
  );
  return { claim: (p: { id: string; title: string }) => setClaiming(p), dialog };
}

export function ClaimModal({ open, projectId, projectTitle, unitId, onClose, onDone }: {
  open: boolean;
  projectId: string;
  projectTitle: string;
  unitId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClaimForm>();
  const { send, ...sending } = useFormMutation(form, ClaimProjectDoc, { pledge: 'pledge', pledgedFundsFen: 'fundsYuan', pledgedVolunteers: 'volunteers' });
  const submit = async (v: ClaimForm) => {
    if (!(await send({ projectId, unitId, pledge: v.pledge.trim(), pledgedFundsFen: toFen(v.fundsYuan), pledgedVolunteers: v.volunteers ?? 0 }))) return;
    message.success(t('认领成功', 'Claimed'));
    form.resetFields();
    onDone();
  };
  return (
    <FormModal
      open={open}
      title={t(`认领项目：${projectTitle}`, `Claim: ${projectTitle}`)}
      onClose={onClose}
      form={form}
      onFinish={submit}
      initialValues={{ fundsYuan: 0, volunteers: 0 }}
      sending={sending}
      submitText={t('确认认领', 'Claim')}
      submitTestId="claim-submit"
    >
      <Form.Item name="pledge" label={t('认领承诺', 'Pledge')} rules={[{ required: true, whitespace: true, message: t('请填写承诺内容', 'Please write the pledge') }, { max: 500, message: t('不超过500字', 'At most 500 characters') }]}>
        <Input.TextArea rows={3} maxLength={500} placeholder={t('如：提供场地与专业志愿者，每月开展一次活动', 'e.g. We provide a venue and volunteers monthly')} data-testid="claim-pledge" />
      </Form.Item>
      <Space size={16}>
        <Form.Item name="fundsYuan" label={t('承诺资金（元）', 'Funds (yuan)')} rules={[{ type: 'number', min: 0, message: t('不能为负', 'Cannot be negative') }]}>
          <InputNumber min={0} precision={2} step={1000} style={{ width: 160 }} data-testid="claim-funds" />
        </Form.Item>
        <Form.Item name="volunteers" label={t('承诺志愿者（人）', 'Volunteers')} rules={[{ type: 'number', min: 0, message: t('不能为负', 'Cannot be negative') }]}>
          <InputNumber min={0} precision={0} style={{ width: 140 }} data-testid="claim-volunteers" />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

interface ProgressForm {
  note: string;
  percent: number;
  fundsYuan: number;
  beneficiaries: number;
}

/** Progress reports are cumulative to date for the unit: the form starts from its last report. */
export function ProgressModal({ open, projectId, unitId, last, correcting, onClose, onDone }: {
  open: boolean;
  projectId: string;
  unitId: string;
  last?: { percent: number; fundsSpentFen: number; beneficiaries: number } | null;
  /** 更正: the unit's latest report, corrected within 24 h (correctProgress); its old version is kept */
  correcting?: { id: string; note: string; percent: number; fundsSpentFen: number; beneficiaries: number; photos: PhotoLike[] } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgressForm>();
  const [photos, setPhotos] = useState<PhotoLike[]>(correcting?.photos ?? []);
  const fields = { note: 'note', percent: 'percent', fundsSpentFen: 'fundsYuan', beneficiaries: 'beneficiaries' };
  const report = useFormMutation(form, ReportProgressDoc, fields);
  const correct = useFormMutation(form, CorrectProgressDoc, fields);
  last = correcting ?? last;
  const submit = async (v: ProgressForm) => {
    const figures = { note: v.note.trim(), percent: v.percent, fundsSpentFen: toFen(v.fundsYuan), beneficiaries: v.beneficiaries, photoIds: photos.map((p) => p.id) };
    const done = correcting ? await correct.send({ reportId: correcting.id, ...figures }) : await report.send({ projectId, unitId, ...figures });
    if (!done) return;
    message.success(correcting ? t('已更正，原报告保留在记录中', 'Corrected; the earlier version is kept') : t('进度已上报', 'Progress reported'));
    form.resetFields();
    setPhotos([]);
    onDone();
  };
  return (
    <FormModal
      open={open}
      title={correcting ? t('更正进度报告', 'Correct the progress report') : t('上报进度', 'Report progress')}
      onClose={onClose}
      form={form}
      onFinish={submit}
      // the last report's figures (they are cumulative); a first report starts empty: every figure must be given, none is assumed 0
      initialValues={last ? { note: correcting?.note, percent: last.percent, fundsYuan: last.fundsSpentFen / 100, beneficiaries: last.beneficiaries } : {}}
      sending={correcting ? correct : report}
      intro={<div className="gr-muted" style={{ marginBottom: 8 }}>{t('以下数字为本单位截至目前的累计值。', 'Figures are cumulative to date for your unit.')}</div>}
      submitText={t('提交', 'Submit')}
      submitTestId="progress-submit"
    >
      <Form.Item name="note" label={t('进展说明', 'Note')} rules={[{ required: true, whitespace: true, message: t('请填写进展说明', 'Please describe the progress') }, { max: 1000, message: t('不超过1000字', 'At most 1000 characters') }]}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="progress-note" />
      </Form.Item>
      <Space size={16} wrap>
        <Form.Item name="percent" label={t('完成度（%）', 'Done (%)')} rules={[{ required: true, message: t('请填写完成度', 'Give how much is done') }, { type: 'number', min: 0, max: 100, message: t('完成度须在 0–100 之间', 'Done must be between 0 and 100') }]}>
          <InputNumber precision={0} style={{ width: 120 }} data-testid="progress-percent" />
        </Form.Item>
        <Form.Item name="fundsYuan" label={t('累计使用资金（元）', 'Funds spent (yuan)')} rules={[{ required: true, message: t('请填写累计使用资金，未花费请填 0', 'Give the funds spent (0 if none)') }, { type: 'number', min: 0, message: t('不能为负', 'Cannot be negative') }]}>
          <InputNumber precision={2} style={{ width: 160 }} data-testid="progress-funds" />
        </Form.Item>
        <Form.Item name="beneficiaries" label={t('累计受益人数', 'Beneficiaries')} rules={[{ required: true, message: t('请填写累计受益人数，尚无请填 0', 'Give the beneficiaries (0 if none yet)') }, { type: 'number', min: 0, message: t('不能为负', 'Cannot be negative') }]}>
          <InputNumber precision={0} style={{ width: 140 }} data-testid="progress-beneficiaries" />
        </Form.Item>
      </Space>
      <Form.Item label={t('现场图片（可选）', 'Photos (optional)')}>
        <PhotoPicker area="console" value={photos} onChange={setPhotos} testId="progress-photo" />
      </Form.Item>
    </FormModal>
  );
}
