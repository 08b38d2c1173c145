import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { App, Button, Form, Input, InputNumber, Segmented, Select, Space, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { FormModal, useFormMutation } from '../../shared/form-mutation';
import { useConnection } from '../../shared/paging';
import { ProjectLists } from '../../shared/glossary';
import { EmptyHint, ProjectStatusTag } from '../../shared/ui';
import { CreateSurveyDoc, ProjectSurveysDoc, ProjectsDoc } from '../operations';
import { PagedTable } from '../paged-table';
import { STANDARD_QUESTIONS } from '@survey-template';
import type { ConsoleProjectRowFragment, Dimension, SurveyMethod } from '../gql/graphql';


/** Completed projects and their surveys: create one from the template, open its results. */
export default function Evaluation() {
  const { t } = useLang();
  const { zone } = useZone();
  const [params] = useSearchParams();
  const [shown, setShown] = useState<'AWAITING_EVALUATION' | 'EVALUATION_DONE'>('AWAITING_EVALUATION');
  const [creating, setCreating] = useState<{ id: string; title: string } | null>(null);
  const list = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '', ...ProjectLists[shown] }, (d) => d.projects, { pause: !zone });
  const wanted = params.get('project');

  useEffect(() => {
    if (!wanted) return;
    const p = list.nodes.find((n) => n.id === wanted);
    if (p && p.availableActions.includes('createSurvey')) setCreating((c) => c ?? { id: p.id, title: p.title });
  }, [wanted, list.nodes]);

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('成效评估', 'Evaluation')}</h2>
        <Segmented
          value={shown}
          onChange={(v) => setShown(v as typeof shown)}
          options={[
            { value: 'AWAITING_EVALUATION', label: t('已完成（待评估）', 'Completed') },
            { value: 'EVALUATION_DONE', label: t('已评估', 'Evaluated') },
          ]}
        />
      </div>
      <PagedTable
        list={list}
        empty={
          <EmptyHint
            title={shown === 'AWAITING_EVALUATION' ? t('没有待评估的项目', 'No completed project waits for evaluation') : t('还没有已评估的项目', 'No evaluated project yet')}
            hint={t('项目标记完成后，可在这里从模板创建满意度问卷。', 'Once a project completes, create its survey here from the template.')}
          />
        }
        columns={[
          { title: t('项目', 'Project'), render: (_, p) => <Link to={`/projects/${p.id}`}>{p.title}</Link> },
          { title: t('状态', 'Status'), width: 120, render: (_, p) => <ProjectStatusTag status={p.status} /> },
          { title: t('问卷', 'Surveys'), render: (_, p) => <SurveysCell project={p} onCreate={() => setCreating({ id: p.id, title: p.title })} /> },
        ]}
      />
      {creating && <CreateSurveyModal project={creating} onClose={() => setCreating(null)} />}
    </>
  );
}

function SurveysCell({ project, onCreate }: { project: ConsoleProjectRowFragment; onCreate: () => void }) {
  const { t, L } = useLang();
  const [{ data, fetching }] = useQuery({ query: ProjectSurveysDoc, variables: { projectId: project.id }, requestPolicy: 'cache-and-network' });
  const surveys = data?.projectSurveys ?? [];
  if (fetching && !data) return <span className="gr-muted">{t('加载中…', 'Loading…')}</span>;
  return (
    <Space wrap>
      {surveys.map((s) => (
        <Link key={s.id} to={`/surveys/${s.id}`} data-testid="survey-link">
          <Tag color={s.open ? 'green' : 'default'}>
            {L('SurveyMethod', s.method)} · {s.responseCount}/{s.targetResponses} · {s.open ? t('进行中', 'open') : t('已结束', 'closed')}
          </Tag>
        </Link>
      ))}
      {project.availableActions.includes('createSurvey') && (
        <Button size="small" icon={<PlusOutlined />} onClick={onCreate} data-testid="create-survey">
          {t('从模板创建问卷', 'New survey from template')}
        </Button>
      )}
    </Space>
  );
}

interface SurveyForm {
  method: SurveyMethod;
  targetResponses: number;
  questions: { text: string; dimension: Dimension; weight: number }[];
}

function CreateSurveyModal({ project, onClose }: { project: { id: string; title: string }; onClose: () => void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<SurveyForm>();
  const { send, ...sending } = useFormMutation(form, CreateSurveyDoc, ['method', 'targetResponses', 'questions']);
  const dimensions = useEnumOptions('Dimension');
  const methods = useEnumOptions('SurveyMethod');
  const navigate = useNavigate();

  const submit = async (v: SurveyForm) => {
    const done = await send({
      input: {
        projectId: project.id,
        method: v.method,
        targetResponses: v.targetResponses,
        questions: v.questions.map((q) => ({ text: q.text.trim(), dimension: q.dimension, weight: q.weight })),
      },
    });
    if (!done) return;
    message.success(t('问卷已创建，居民现在可以作答', 'Survey created; residents can answer now'));
    navigate(`/surveys/${done.createSurvey.id}`);
  };

  return (
    <FormModal
      title={t(`创建问卷：${project.title}`, `New survey: ${project.title}`)}
      width={760}
      onClose={onClose}
      form={form}
      onFinish={submit}
      initialValues={{
        method: 'QUESTIONNAIRE',
        targetResponses: 100,
        // the api's standard questionnaire of the index system (libs/evaluation/survey-template.ts)
        questions: STANDARD_QUESTIONS.map((q) => ({ text: q.text, dimension: q.dimension, weight: q.weight })),
      }}
      sending={sending}
      submitText={t('创建并开放问卷', 'Create and open')}
      submitTestId="create-survey-submit"
    >
      <Space size={16}>
        <Form.Item name="method" label={t('方式', 'Method')} rules={[{ required: true }]}>
          <Select options={methods} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="targetResponses" label={t('目标样本数', 'Target responses')} rules={[{ required: true, message: t('请填写', 'Required') }, { type: 'number', min: 1, message: t('至少为1', 'At least 1') }]}>
          <InputNumber min={1} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Form.List
        name="questions"
        rules={[
          {
            validator: async (_, qs: SurveyForm['questions']) => {
              if (!qs?.length) throw new Error(t('至少一道题', 'At least one question'));
              if (!qs.some((q) => q?.dimension === 'OVERALL')) throw new Error(t('需要一道「总体满意度」题', 'One question must be Overall satisfaction'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <span style={{ paddingTop: 5, width: 20 }}>{i + 1}.</span>
                <Form.Item name={[f.name, 'text']} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, message: t('请填写题目', 'Write the question') }]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[f.name, 'dimension']} rules={[{ required: true }]}>
                  <Select options={dimensions} style={{ width: 170 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'weight']} rules={[{ required: true, message: t('权重', 'Weight') }]}>
                  <InputNumber min={0} max={10} step={0.5} style={{ width: 80 }} aria-label={t('权重', 'Weight')} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('删除', 'Remove')} />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', dimension: 'IMPLEMENTATION', weight: 1 })} block>
              {t('添加题目', 'Add a question')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <div className="gr-muted" style={{ margin: '8px 0' }}>{t('每题按 1–5 分作答；权重用于计算综合指数。', 'Each question is scored 1–5; weights shape the index.')}</div>
    </FormModal>
  );
}
