import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { Crumbs } from '../crumbs';
import { useZone } from '../../shared/session';
import { showOnForm } from '../../shared/errors';
import { toFen } from '../../shared/format';
import { CreateProjectDoc, NeedsMenuDoc } from '../operations';
import type { NeedCategory } from '../gql/graphql';

interface DraftForm {
  title: string;
  description: string;
  category: NeedCategory;
  sourceNeedIds: string[];
  budgetYuan: number;
  targetBeneficiaries: number;
  claimLimit: number;
}

/** Drafting a project from selected menu needs (促进会起草). */
export default function ProjectNew() {
  const { t, L, lang } = useLang();
  const { zone } = useZone();
  const navigate = useNavigate();
  const location = useLocation();
  const preset = (location.state ?? {}) as { needIds?: string[]; category?: NeedCategory };
  const [form] = Form.useForm<DraftForm>();
  const [error, setError] = useState<string | null>(null);
  const categories = useEnumOptions('NeedCategory');
  const [{ data }] = useQuery({ query: NeedsMenuDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone });
  const [state, create] = useMutation(CreateProjectDoc);

  const menuNeeds = useMemo(
    () => (data?.needsMenu.sections ?? []).flatMap((s) => s.needs.filter((n) => n.availableActions.includes('createProject')).map((n) => ({ ...n, category: s.category }))),
    [data],
  );

  // prefill from the chosen needs once the menu has loaded
  useEffect(() => {
    if (!menuNeeds.length || !preset.needIds?.length || form.isFieldsTouched(['title', 'description'])) return;
    const chosen = menuNeeds.filter((n) => preset.needIds!.includes(n.id));
    if (!chosen.length) return;
    form.setFieldsValue({
      title: chosen[0].title.slice(0, 60),
      description: chosen.map((n) => `· ${n.title}：${n.content}`).join('\n').slice(0, 2000),
      category: preset.category ?? chosen[0].category,
      sourceNeedIds: chosen.map((n) => n.id),
    });
  }, [menuNeeds, preset.needIds, preset.category, form]);

  const submit = async (v: DraftForm) => {
    if (!zone) return;
    setError(null);
    const r = await create({
      input: {
        zoneId: zone.id,
        title: v.title.trim(),
        description: v.description.trim(),
        category: v.category,
        sourceNeedIds: v.sourceNeedIds,
        budgetFen: toFen(v.budgetYuan),
        targetBeneficiaries: v.targetBeneficiaries,
        claimLimit: v.claimLimit,
      },
    });
    if (r.error || !r.data) {
      setError(
        showOnForm(form, r.error, lang, {
          title: 'title',
          description: 'description',
          category: 'category',
          sourceNeedIds: 'sourceNeedIds',
          budgetFen: 'budgetYuan',
          targetBeneficiaries: 'targetBeneficiaries',
          claimLimit: 'claimLimit',
        }),
      );
      return;
    }
    navigate(`/projects/${r.data.createProject.id}`, { replace: true });
  };

  return (
    <>
      <Crumbs trail={[{ to: '/menu', label: t('需求菜单', 'Needs menu') }]} current={t('起草项目', 'Draft a project')} />
      <div className="gr-page-head">
        <h2>{t('起草项目', 'Draft a project')}</h2>
      </div>
      <Card style={{ maxWidth: 820 }}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ sourceNeedIds: preset.needIds ?? [], category: preset.category, claimLimit: 1, budgetYuan: 0, targetBeneficiaries: 100 }}
        >
          <Form.Item name="sourceNeedIds" label={t('来源需求（需求菜单中）', 'Source needs (from the menu)')} rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一条来源需求', 'Pick at least one source need') }]}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={menuNeeds.map((n) => ({ value: n.id, label: `${n.title}（${L('NeedCategory', n.category)} · ♥${n.supportCount}）` }))}
              placeholder={t('从需求菜单中选择', 'Choose from the menu')}
            />
          </Form.Item>
          <Form.Item name="title" label={t('项目名称', 'Title')} rules={[{ required: true, whitespace: true, message: t('请填写项目名称', 'Please enter a title') }, { max: 60, message: t('不超过60个字', 'At most 60 characters') }]}>
            <Input maxLength={60} showCount />
          </Form.Item>
          <Form.Item name="category" label={t('项目分类', 'Category')} rules={[{ required: true, message: t('请选择分类', 'Please choose a category') }]}>
            <Select options={categories} />
          </Form.Item>
          <Form.Item name="description" label={t('项目内容', 'Description')} rules={[{ required: true, whitespace: true, message: t('请填写项目内容', 'Please describe the project') }, { max: 2000, message: t('不超过2000个字', 'At most 2000 characters') }]}>
            <Input.TextArea rows={6} maxLength={2000} showCount />
          </Form.Item>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item name="budgetYuan" label={t('预算（元）', 'Budget (yuan)')} rules={[{ required: true, message: t('请填写预算', 'Please enter a budget') }, { type: 'number', min: 0, message: t('预算不能为负', 'Cannot be negative') }]}>
              <InputNumber min={0} precision={2} step={1000} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="targetBeneficiaries" label={t('目标受益人数', 'Target beneficiaries')} rules={[{ required: true, message: t('请填写目标受益人数', 'Please enter a target') }, { type: 'number', min: 1, message: t('至少为1', 'At least 1') }]}>
              <InputNumber min={1} precision={0} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="claimLimit" label={t('可认领单位数', 'Claim limit')} rules={[{ required: true, message: t('请填写', 'Required') }, { type: 'number', min: 1, message: t('至少为1', 'At least 1') }]}>
              <InputNumber min={1} max={50} precision={0} style={{ width: 140 }} />
            </Form.Item>
          </div>
          <Button type="primary" htmlType="submit" loading={state.fetching} data-testid="create-project">
            {t('保存草稿', 'Save draft')}
          </Button>
          <Button style={{ marginLeft: 8 }} onClick={() => navigate(-1)}>{t('取消', 'Cancel')}</Button>
        </Form>
      </Card>
    </>
  );
}
