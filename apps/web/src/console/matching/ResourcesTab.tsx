import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { refusalText, showOnForm } from '../../shared/errors';
import { EmptyHint, ErrorBox } from '../../shared/ui';
import { useZone } from '../../shared/session';
import type { ConsoleResourceFragment, ResourceInput } from '../gql/graphql';
import { OfferResourceDoc, UnitResourcesDoc, UpdateResourceDoc, WithdrawResourceDoc } from './operations';

/** The form holds a ResourceInput without the unit (the desk's own unit is added on submit). */
type ResourceForm = Omit<ResourceInput, 'unitId'>;

/** 资源管理: what the unit offers the zone (场地、设施、物资、技能…); withdrawn ones stop counting in matches. */
export function ResourcesTab({ unitId }: { unitId: string }) {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const [{ data, error, fetching }, refetch] = useQuery({ query: UnitResourcesDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<ConsoleResourceFragment | 'new' | null>(null);
  const [, withdraw] = useMutation(WithdrawResourceDoc);
  const resources = data?.units.find((u) => u.id === unitId)?.resources ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <ErrorBox error={error} onRetry={reload} />
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-resource">
          {t('登记资源', 'Add a resource')}
        </Button>
        <span className="gr-muted">{t('登记的资源会出现在居民端的「资源清单」，并用于为本单位推荐项目。', 'Resources appear in the portal directory and drive your recommendations.')}</span>
      </Space>
      <Table<ConsoleResourceFragment>
        rowKey="id"
        loading={fetching && !data}
        dataSource={resources}
        pagination={false}
        locale={{ emptyText: <EmptyHint title={t('还没有登记资源', 'No resources yet')} hint={t('例如：党员活动室周末免费开放、法律咨询志愿服务。', 'e.g. a meeting room open on weekends, free legal advice.')} /> }}
        columns={[
          { title: t('资源', 'Resource'), render: (_, r) => <div><b>{r.title}</b><div className="gr-muted">{r.description}</div></div> },
          { title: t('类型', 'Kind'), width: 100, render: (_, r) => L('ResourceKind', r.kind) },
          { title: t('可服务类别', 'Serves'), width: 220, render: (_, r) => r.categories.map((c) => <Tag key={c}>{L('NeedCategory', c)}</Tag>) },
          { title: t('容量', 'Capacity'), width: 80, render: (_, r) => r.capacity ?? '—' },
          { title: t('费用', 'Cost'), width: 80, render: (_, r) => <Tag color={r.cost === 'FREE' ? 'green' : r.cost === 'LOW_COST' ? 'blue' : 'default'}>{L('ResourceCost', r.cost)}</Tag> },
          { title: t('状态', 'State'), width: 90, render: (_, r) => (r.available ? <Tag color="green">{t('可用', 'Available')}</Tag> : <Tag>{t('已撤下', 'Withdrawn')}</Tag>) },
          {
            title: '',
            width: 150,
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => setEditing(r)}>{r.available ? t('编辑', 'Edit') : t('重新提供', 'Offer again')}</Button>
                {r.available && (
                  <Button
                    size="small"
                    danger
                    onClick={async () => {
                      const res = await withdraw({ resourceId: r.id });
                      if (res.error) message.error(refusalText(res.error, lang));
                      else {
                        message.success(t('已撤下', 'Withdrawn'));
                        reload();
                      }
                    }}
                  >
                    {t('撤下', 'Withdraw')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <ResourceModal
          unitId={unitId}
          resource={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </>
  );
}

function ResourceModal({ unitId, resource, onClose, onDone }: { unitId: string; resource: ConsoleResourceFragment | null; onClose: () => void; onDone: () => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResourceForm>();
  const [error, setError] = useState<string | null>(null);
  const [offer, doOffer] = useMutation(OfferResourceDoc);
  const [update, doUpdate] = useMutation(UpdateResourceDoc);
  const kinds = useEnumOptions('ResourceKind');
  const costs = useEnumOptions('ResourceCost');
  const categories = useEnumOptions('NeedCategory');
  const submit = async (v: ResourceForm) => {
    setError(null);
    const input = { unitId, kind: v.kind, title: v.title.trim(), description: v.description.trim(), categories: v.categories, capacity: v.capacity ?? null, cost: v.cost };
    const r = resource ? await doUpdate({ resourceId: resource.id, input }) : await doOffer({ input });
    if (r.error) {
      setError(showOnForm(form, r.error, lang, { title: 'title', description: 'description', categories: 'categories', capacity: 'capacity' }));
      return;
    }
    message.success(resource ? t('资源已更新', 'Resource updated') : t('资源已登记', 'Resource added'));
    onDone();
  };
  return (
    <Modal
      open
      title={resource ? t('编辑资源', 'Edit resource') : t('登记资源', 'Add a resource')}
      okText={t('保存', 'Save')}
      confirmLoading={offer.fetching || update.fetching}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form<ResourceForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={resource ? { ...resource, capacity: resource.capacity ?? undefined } : { kind: 'VENUE', cost: 'FREE', categories: [] }}
      >
        <Form.Item name="title" label={t('资源名称', 'Name')} rules={[{ required: true, whitespace: true, max: 60, message: t('请填写 1–60 个字', '1 to 60 characters') }]}>
          <Input placeholder={t('如：党员活动室', 'e.g. meeting room')} data-testid="resource-title" />
        </Form.Item>
        <Form.Item name="description" label={t('说明', 'Description')} rules={[{ required: true, whitespace: true, max: 1000, message: t('请填写说明', 'Describe it') }]}>
          <Input.TextArea rows={3} placeholder={t('开放时间、容纳人数、预约方式…', 'Opening hours, size, how to book…')} data-testid="resource-description" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('类型', 'Kind')} rules={[{ required: true }]}>
            <Select options={kinds} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="cost" label={t('费用', 'Cost')} rules={[{ required: true }]}>
            <Select options={costs} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="capacity" label={t('容量（可选）', 'Capacity (optional)')}>
            <InputNumber min={0} max={1000000} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Form.Item name="categories" label={t('可服务的需求类别', 'Categories it can serve')} rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一个类别', 'Choose at least one') }]}>
          <Select mode="multiple" options={categories} data-testid="resource-categories" />
        </Form.Item>
        {error && <div className="ant-form-item-explain-error">{error}</div>}
      </Form>
    </Modal>
  );
}
