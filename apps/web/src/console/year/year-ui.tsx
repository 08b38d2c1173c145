import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, List, Select, Space, Table, Tag } from 'antd';
import { StarFilled, StarOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { refusalText } from '../../shared/errors';
import { FormModal, useFormMutation } from '../../shared/form-mutation';
import { ConfirmWishDoc } from '../../shared/operations';
import { NeedStatusTag, ProjectStatusTag } from '../../shared/ui';
import { fmtTime, toFen } from '../../shared/format';
import { NeedLists } from '../../shared/glossary';
import { PromptModal } from '../project-actions';
import {
  FollowProjectDoc,
  OfferProjectDoc,
  OfflineNeedsDoc,
  OverdueProjectsDoc,
  ProjectYearDoc,
  ReleaseClaimDoc,
  SupportNeedForDoc,
  UnfollowProjectDoc,
  UnitProjectsDoc,
  UpdateProjectDoc,
} from './operations';

const DAY = 'YYYY-MM-DD';
const toDay = (d: Dayjs | null | undefined) => (d ? d.format(DAY) : null);

/** The project's year data (dates, rounds, released claims, following) for the console project page. */
export function useProjectYear(id: string) {
  const [{ data }, refetch] = useQuery({ query: ProjectYearDoc, variables: { id }, requestPolicy: 'cache-and-network' });
  return { year: data?.project ?? null, reloadYear: () => refetch({ requestPolicy: 'network-only' }) };
}

type Year = NonNullable<ReturnType<typeof useProjectYear>['year']>;

/** 开始/结束日期, with 逾期 when past the end and not finished. */
export function ProjectDates({ startsOn, endsOn, overdue }: { startsOn?: string | null; endsOn?: string | null; overdue?: boolean }) {
  const { t } = useLang();
  if (!startsOn && !endsOn) return <span>{t('未设定', 'Not set')}</span>;
  return (
    <span data-testid="project-dates">
      {startsOn ?? '—'} ~ {endsOn ?? '—'}{' '}
      {overdue && (
        <Tag color="red" data-testid="overdue-tag">
          {t('已逾期', 'Overdue')}
        </Tag>
      )}
    </span>
  );
}

/** 关注 / 取消关注 a project. */
export function FollowProjectButton({ projectId, followed, onChange }: { projectId: string; followed: boolean; onChange: () => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [f, follow] = useMutation(FollowProjectDoc);
  const [u, unfollow] = useMutation(UnfollowProjectDoc);
  const toggle = async () => {
    const r = followed ? await unfollow({ projectId }) : await follow({ projectId });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(followed ? t('已取消关注', 'Unfollowed') : t('已关注,项目每一步都会通知你', 'Following: you will be told of each step'));
      onChange();
    }
  };
  return (
    <Button icon={followed ? <StarFilled /> : <StarOutlined />} loading={f.fetching || u.fetching} onClick={toggle} data-testid="follow-project">
      {followed ? t('已关注', 'Following') : t('关注', 'Follow')}
    </Button>
  );
}

interface DraftForm {
  title: string;
  description: string;
  category: string;
  budgetYuan: number;
  targetBeneficiaries: number;
  claimLimit: number;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** 修改草稿: a draft, also one sent back by the board or the party committee. */
/**
 * The fields of a project draft, shared by 修改草稿 and 申报项目 (test ids `${prefix}-title`, …);
 * `children` add to the row of figures (the claim places of a draft).
 */
function DraftFields({ prefix, titlePlaceholder, children }: { prefix: 'draft' | 'offer'; titlePlaceholder?: string; children?: ReactNode }) {
  const { t } = useLang();
  const categories = useEnumOptions('NeedCategory');
  return (
    <>
      <Form.Item name="title" label={t('项目名称', 'Title')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input maxLength={60} placeholder={titlePlaceholder} data-testid={`${prefix}-title`} />
      </Form.Item>
      <Form.Item name="description" label={t('项目描述', 'Description')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={5000} data-testid={`${prefix}-description`} />
      </Form.Item>
      <Form.Item name="category" label={t('类别', 'Category')} rules={[{ required: true, message: t('请选择类别', 'Choose a category') }]}>
        <Select options={categories} data-testid={`${prefix}-category`} />
      </Form.Item>
      <Space size={16} wrap>
        <Form.Item name="budgetYuan" label={t('预算(元)', 'Budget (yuan)')} rules={[{ required: true, type: 'number', min: 0 }]}>
          <InputNumber min={0} precision={2} step={1000} style={{ width: 160 }} data-testid={`${prefix}-budget`} />
        </Form.Item>
        <Form.Item name="targetBeneficiaries" label={t('目标受益人数', 'Target beneficiaries')} rules={[{ required: true, type: 'number', min: 0 }]}>
          <InputNumber min={0} precision={0} style={{ width: 140 }} />
        </Form.Item>
        {children}
      </Space>
      <Form.Item name="dates" label={t('起止日期', 'Start and end')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} data-testid={`${prefix}-dates`} />
      </Form.Item>
    </>
  );
}

export function EditDraftButton({ year, onDone }: { year: Year; onDone: () => void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DraftForm>();
  const { send, ...sending } = useFormMutation(form, UpdateProjectDoc, { title: 'title', description: 'description', budgetFen: 'budgetYuan', endsOn: 'dates', startsOn: 'dates', claimLimit: 'claimLimit' });
  const submit = async (v: DraftForm) => {
    const done = await send({
      projectId: year.id,
      input: {
        title: v.title.trim(),
        description: v.description.trim(),
        category: v.category as never,
        budgetFen: toFen(v.budgetYuan),
        targetBeneficiaries: v.targetBeneficiaries,
        claimLimit: v.claimLimit,
        startsOn: toDay(v.dates?.[0]),
        endsOn: toDay(v.dates?.[1]),
      },
    });
    if (!done) return;
    message.success(t('草稿已修改,可以重新提交理事会', 'Draft updated; it can be proposed again'));
    setOpen(false);
    onDone();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="edit-draft">
        {t('修改草稿', 'Edit draft')}
      </Button>
      <FormModal
        open={open}
        title={t('修改项目草稿', 'Edit the draft')}
        width={640}
        onClose={() => setOpen(false)}
        form={form}
        onFinish={submit}
        initialValues={{
          title: year.title,
          description: year.description,
          category: year.category,
          budgetYuan: year.budgetFen / 100,
          targetBeneficiaries: year.targetBeneficiaries,
          claimLimit: year.claimLimit,
          dates: year.startsOn || year.endsOn ? [year.startsOn ? dayjs(year.startsOn) : null, year.endsOn ? dayjs(year.endsOn) : null] : null,
        }}
        sending={sending}
        submitText={t('保存修改', 'Save')}
        submitTestId="draft-save"
      >
        <DraftFields prefix="draft">
          <Form.Item name="claimLimit" label={t('认领名额', 'Claim places')} rules={[{ required: true, type: 'number', min: 1, max: 50 }]}>
            <InputNumber min={1} max={50} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </DraftFields>
      </FormModal>
    </>
  );
}

/** 退出认领 for one unit (its admin, or staff), with a reason. */
export function ReleaseClaimButton({ projectId, unitId, unitName, onDone }: { projectId: string; unitId: string; unitName: string; onDone: () => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [, release] = useMutation(ReleaseClaimDoc);
  return (
    <>
      <Button danger size="small" onClick={() => setOpen(true)} data-testid={`release-claim-${unitId}`}>
        {t('退出认领', 'Release claim')}
      </Button>
      <PromptModal
        open={open}
        title={t(`「${unitName}」退出认领`, `${unitName} releases its claim`)}
        label={t('退出原因', 'Reason')}
        required
        danger
        okText={t('确认退出', 'Release')}
        placeholder={t('如:单位人手调整,无法继续实施', 'e.g. the unit can no longer staff it')}
        onCancel={() => setOpen(false)}
        onSubmit={async (reason) => {
          const r = await release({ projectId, unitId, reason });
          if (r.error) return refusalText(r.error, lang);
          setOpen(false);
          message.success(t('已退出认领,名额重新开放', 'Released; the place is open again'));
          onDone();
          return null;
        }}
      />
    </>
  );
}

/** Board rounds (earlier rounds stay) and released claims: the history of a project's year. */
export function YearPanels({ year }: { year: Year }) {
  const { t, L } = useLang();
  return (
    <>
      {year.rounds.length > 1 && (
        <Card title={t('理事会表决(各轮)', 'Board rounds')} style={{ marginBottom: 16 }} data-testid="board-rounds">
          <List
            size="small"
            dataSource={year.rounds}
            renderItem={(r) => (
              <List.Item>
                <Space wrap>
                  <Tag color="blue">{t(`第 ${r.round} 轮`, `Round ${r.round}`)}</Tag>
                  <span>
                    {t('赞成', 'For')} {r.for} / {t('反对', 'Against')} {r.against} / {t('弃权', 'Abstain')} {r.abstain}
                  </span>
                  <span style={{ color: '#888' }}>{r.votes.map((v) => `${v.voter.displayName}:${L('VoteChoice', v.choice)}`).join('  ')}</span>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      {year.releasedClaims.length > 0 && (
        <Card title={t('已退出的认领', 'Released claims')} style={{ marginBottom: 16 }} data-testid="released-claims">
          <List
            size="small"
            dataSource={year.releasedClaims}
            renderItem={(c) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <strong>{c.unit.name}</strong>
                  <span>
                    {t('退出原因', 'Reason')}:{c.releaseReason} · {fmtTime(c.releasedAt)}
                  </span>
                  <span style={{ color: '#888' }}>{t('其已上报的进度与资金仍计入项目', 'Its reports still count for the project')}</span>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}

/** 片区看板: overdue projects first. */
export function OverdueCard() {
  const { t } = useLang();
  const { zone } = useZone();
  const [{ data }] = useQuery({ query: OverdueProjectsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone, requestPolicy: 'cache-and-network' });
  const rows = data?.projects.edges.map((e) => e.node) ?? [];
  if (!data) return null;
  return (
    <Card
      style={{ marginBottom: 16, borderColor: rows.length ? '#ff4d4f' : undefined }}
      title={
        <Space>
          {t('逾期项目', 'Overdue projects')}
          <Tag color={rows.length ? 'red' : 'green'} data-testid="overdue-count">
            {data.projects.totalCount}
          </Tag>
        </Space>
      }
      data-testid="overdue-card"
    >
      {rows.length === 0 ? (
        <span>{t('没有逾期项目', 'No project is overdue')}</span>
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('项目', 'Project'), dataIndex: 'title', render: (v: string, r) => <Link to={`/projects/${r.id}`}>{v}</Link> },
            { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <ProjectStatusTag status={s} /> },
            { title: t('结束日期', 'Ends on'), dataIndex: 'endsOn' },
            { title: t('认领单位', 'Claiming units'), render: (_: unknown, r) => r.claims.map((c) => c.unit.name).join('、') || '—' },
          ]}
        />
      )}
    </Card>
  );
}

interface OfferForm {
  title: string;
  description: string;
  category: string;
  budgetYuan: number;
  targetBeneficiaries: number;
  pledge: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** 单位申报: the unit admin offers a project of its own; lists the unit's offers with their status. */
export function OfferProjectCard() {
  const { t } = useLang();
  const { message } = App.useApp();
  const { me } = useSession();
  const { zone } = useZone();
  const [form] = Form.useForm<OfferForm>();
  const { send, ...sending } = useFormMutation(form, OfferProjectDoc, { title: 'title', description: 'description', pledge: 'pledge', budgetFen: 'budgetYuan', endsOn: 'dates' });
  const [open, setOpen] = useState(false);
  const [{ data }, refetch] = useQuery({ query: UnitProjectsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone || !me?.unit, requestPolicy: 'cache-and-network' });
  const unit = me?.unit;
  if (!unit || !zone) return null;
  const mine = (data?.projects.edges ?? []).map((e) => e.node).filter((p) => p.offeredByUnit?.id === unit.id);
  const submit = async (v: OfferForm) => {
    const done = await send({
      input: {
        unitId: unit.id,
        zoneId: zone.id,
        title: v.title.trim(),
        description: v.description.trim(),
        category: v.category as never,
        budgetFen: toFen(v.budgetYuan),
        targetBeneficiaries: v.targetBeneficiaries ?? 0,
        pledge: v.pledge.trim(),
        startsOn: toDay(v.dates?.[0]),
        endsOn: toDay(v.dates?.[1]),
      },
    });
    if (!done) return;
    message.success(t('已申报,等待促进会提交理事会', 'Offered; the council will propose it'));
    form.resetFields();
    setOpen(false);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Card
      title={t('单位申报项目', 'Projects our unit offers')}
      style={{ marginBottom: 16 }}
      extra={
        <Button type="primary" onClick={() => setOpen(true)} data-testid="offer-project">
          {t('申报新项目', 'Offer a project')}
        </Button>
      }
      data-testid="offer-card"
    >
      {mine.length === 0 ? (
        <span>{t('本单位还没有申报项目。申报后经理事会决议、党委审批,发布时本单位自动获得第一个认领名额。', 'No offers yet. An offer passes the board and the party committee; on publish your unit holds the first claim.')}</span>
      ) : (
        <List
          size="small"
          dataSource={mine}
          renderItem={(p) => (
            <List.Item>
              <Space>
                <Link to={`/projects/${p.id}`}>{p.title}</Link>
                <ProjectStatusTag status={p.status} />
                {p.overdue && <Tag color="red">{t('已逾期', 'Overdue')}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      )}
      <FormModal
        open={open}
        title={t('申报项目', 'Offer a project')}
        width={640}
        onClose={() => setOpen(false)}
        form={form}
        onFinish={submit}
        initialValues={{ budgetYuan: 0, targetBeneficiaries: 0 }}
        sending={sending}
        submitText={t('提交申报', 'Offer')}
        submitTestId="offer-submit"
      >
        <DraftFields prefix="offer" titlePlaceholder={t('如:金秋助学', 'e.g. Autumn school aid')} />
        <Form.Item name="pledge" label={t('本单位承诺', 'Our pledge')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('如:出资两万元,派出志愿者 10 名', 'e.g. 20,000 yuan and 10 volunteers')} data-testid="offer-pledge" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/** 线下代办: staff support a need or confirm a wish for a person met offline (议事厅、走访). */
export function ActForOfflineCard() {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const [supportFor, setSupportFor] = useState<{ id: string; title: string } | null>(null);
  const [form] = Form.useForm<{ phone: string; name: string }>();
  const { send, ...sending } = useFormMutation(form, SupportNeedForDoc, ['phone', 'name']);
  const [{ data: open }, refetchOpen] = useQuery({ query: OfflineNeedsDoc, variables: { zoneId: zone?.id ?? '', ...NeedLists.MENU }, pause: !zone, requestPolicy: 'cache-and-network' });
  const [{ data: claimed }, refetchClaimed] = useQuery({
    query: OfflineNeedsDoc,
    variables: { zoneId: zone?.id ?? '', ...NeedLists.LIT_WISHES },
    pause: !zone,
    requestPolicy: 'cache-and-network',
  });
  const [, confirm] = useMutation(ConfirmWishDoc);
  const offlineWishes = (claimed?.needs.edges ?? []).map((e) => e.node).filter((n) => n.channel !== 'APP');
  const submit = async (v: { phone: string; name: string }) => {
    if (!(await send({ needId: supportFor!.id, phone: v.phone.trim(), name: v.name.trim() }))) return;
    message.success(t('已代为支持', 'Support recorded'));
    setSupportFor(null);
    form.resetFields();
    refetchOpen({ requestPolicy: 'network-only' });
  };
  return (
    <Card title={t('线下居民代办', 'For people met offline')} style={{ marginTop: 16 }} data-testid="act-offline">
      <h4 style={{ marginTop: 0 }}>{t('代为确认心愿实现(线下心愿)', 'Confirm a wish came true (offline wishes)')}</h4>
      {offlineWishes.length === 0 ? (
        <p>{t('没有待确认的线下心愿', 'No offline wish waiting for confirmation')}</p>
      ) : (
        <List
          size="small"
          dataSource={offlineWishes}
          renderItem={(n) => (
            <List.Item
              actions={[
                <Button
                  key="confirm"
                  size="small"
                  type="primary"
                  data-testid={`confirm-wish-${n.id}`}
                  onClick={async () => {
                    const r = await confirm({ needId: n.id });
                    if (r.error) message.error(refusalText(r.error, lang));
                    else {
                      message.success(t('已代为确认心愿实现', 'Confirmed'));
                      refetchClaimed({ requestPolicy: 'network-only' });
                    }
                  }}
                >
                  {t('代为确认实现', 'Confirm for them')}
                </Button>,
              ]}
            >
              <Space>
                {n.title} <Tag>{L('NeedChannel', n.channel)}</Tag> {n.submitter.displayName}
              </Space>
            </List.Item>
          )}
        />
      )}
      <h4>{t('代为支持需求', 'Support a need for someone')}</h4>
      <List
        size="small"
        dataSource={(open?.needs.edges ?? []).map((e) => e.node)}
        renderItem={(n) => (
          <List.Item
            actions={[
              <Button key="support" size="small" onClick={() => setSupportFor({ id: n.id, title: n.title })} data-testid={`support-for-${n.id}`}>
                {t('代为支持', 'Support for someone')}
              </Button>,
            ]}
          >
            <Space>
              {n.title} <NeedStatusTag status={n.status} /> {t(`${n.supportCount} 人支持`, `${n.supportCount} supporters`)}
            </Space>
          </List.Item>
        )}
      />
      <FormModal
        open={!!supportFor}
        title={t(`代为支持:${supportFor?.title ?? ''}`, `Support for someone: ${supportFor?.title ?? ''}`)}
        onClose={() => setSupportFor(null)}
        form={form}
        onFinish={submit}
        sending={sending}
        intro={<p style={{ color: '#888' }}>{t('按手机号查找居民,没有则新建档案(不开通登录、不发短信)。', 'Found by phone or added as a record (no login is created, no SMS sent).')}</p>}
        submitText={t('确认代为支持', 'Record the support')}
        submitTestId="support-for-submit"
      >
        <Form.Item name="phone" label={t('手机号', 'Phone')} rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: t('请输入11位手机号', 'An 11-digit mobile number') }]}>
          <Input maxLength={11} data-testid="support-for-phone" />
        </Form.Item>
        <Form.Item name="name" label={t('姓名', 'Name')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input maxLength={40} data-testid="support-for-name" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
