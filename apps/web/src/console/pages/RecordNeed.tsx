import { ActForOfflineCard } from '../year/year-ui';
import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Select } from 'antd';
import { useMutation } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { showOnForm } from '../../shared/errors';
import { RecordNeedDoc } from '../operations';
import type { NeedChannel, NeedKind } from '../gql/graphql';

interface RecordForm {
  channel: NeedChannel;
  kind: NeedKind;
  title: string;
  content: string;
  onBehalfOfName: string;
  onBehalfOfPhone?: string;
  onBehalfOfAddress?: string;
  place?: string;
}

const newId = () => `rec-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Staff enter needs gathered offline (议事厅、接纳室、走访、热线) on a person's behalf. */
export default function RecordNeed() {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const [form] = Form.useForm<RecordForm>();
  const [error, setError] = useState<string | null>(null);
  const mutationId = useRef(newId());
  const [state, record] = useMutation(RecordNeedDoc);
  const channels: NeedChannel[] = ['HALL', 'RECEPTION', 'VISIT', 'HOTLINE'];

  const submit = async (v: RecordForm) => {
    if (!zone) return;
    setError(null);
    const place = v.place ?? '';
    const r = await record({
      input: {
        zoneId: zone.id,
        channel: v.channel,
        kind: v.kind,
        title: v.title.trim(),
        content: v.content.trim(),
        onBehalfOfName: v.onBehalfOfName.trim(),
        onBehalfOfPhone: v.onBehalfOfPhone?.trim() || null,
        onBehalfOfAddress: v.onBehalfOfAddress?.trim() || null,
        communityId: place.startsWith('c:') ? place.slice(2) : null,
        buildingId: place.startsWith('b:') ? place.slice(2) : null,
        clientMutationId: mutationId.current,
      },
    });
    if (r.error) {
      setError(showOnForm(form, r.error, lang, ['channel', 'kind', 'title', 'content', 'onBehalfOfName', 'onBehalfOfPhone', 'onBehalfOfAddress']));
      return;
    }
    message.success(t('已录入，进入审核队列', 'Recorded; it is in the review queue'));
    mutationId.current = newId();
    form.resetFields(['title', 'content', 'onBehalfOfName', 'onBehalfOfPhone', 'onBehalfOfAddress']);
  };

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('代录线下需求', 'Record an offline need')}</h2>
      </div>
      <Card style={{ maxWidth: 760 }}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ channel: 'HALL', kind: 'MICRO_WISH' }}>
          <Form.Item name="channel" label={t('渠道', 'Channel')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={channels.map((c) => ({ value: c, label: L('NeedChannel', c) }))} />
          </Form.Item>
          <Form.Item name="kind" label={t('类型', 'Kind')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={(['MICRO_WISH', 'GOLDEN_IDEA'] as const).map((k) => ({ value: k, label: L('NeedKind', k) }))} />
          </Form.Item>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item name="onBehalfOfName" label={t('提出人姓名', 'Name')} style={{ flex: 1, minWidth: 200 }} rules={[{ required: true, whitespace: true, message: t('请填写姓名', 'Please enter the name') }]}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item
              name="onBehalfOfPhone"
              label={t('手机号或固定电话', 'Mobile or landline')}
              extra={t('如 13800000001 或 021-58881234；没有电话可不填，请写住址', 'e.g. 13800000001 or 021-58881234; none: leave empty and give an address')}
              style={{ flex: 1, minWidth: 200 }}
              rules={[{ pattern: /^\s*(1\d{10}|[（(]?0\d{2,3}[)）]?[-\s]?\d{7,8})\s*$/, message: t('请输入11位手机号或固定电话（如 021-58881234）', 'A mobile number or a landline such as 021-58881234') }]}
            >
              <Input maxLength={16} inputMode="tel" data-testid="record-phone" />
            </Form.Item>
          </div>
          <Form.Item
            name="onBehalfOfAddress"
            label={t('住址或联系说明', 'Address or contact note')}
            dependencies={['onBehalfOfPhone']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  (getFieldValue('onBehalfOfPhone') ?? '').trim() || (value ?? '').trim()
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('没有电话时，请填写住址或联系说明', 'Without a phone, give an address note'))),
              }),
            ]}
          >
            <Input maxLength={100} placeholder={t('如 福山居民区 3 号楼 502 室', 'e.g. Fushan community, building 3, room 502')} data-testid="record-address" />
          </Form.Item>
          <Form.Item name="place" label={t('居民区或楼宇', 'Community or building')}>
            <Select
              allowClear
              options={[
                ...(zone?.communities ?? []).map((c) => ({ value: `c:${c.id}`, label: `${t('居民区', 'Community')} · ${c.name}` })),
                ...(zone?.buildings ?? []).map((b) => ({ value: `b:${b.id}`, label: `${t('楼宇', 'Building')} · ${b.name}` })),
              ]}
            />
          </Form.Item>
          <Form.Item name="title" label={t('标题', 'Title')} rules={[{ required: true, whitespace: true, message: t('请填写标题', 'Please enter a title') }, { max: 60, message: t('不超过60个字', 'At most 60 characters') }]}>
            <Input maxLength={60} showCount />
          </Form.Item>
          <Form.Item name="content" label={t('内容', 'Content')} rules={[{ required: true, whitespace: true, message: t('请填写内容', 'Please enter the content') }, { max: 2000, message: t('不超过2000个字', 'At most 2000 characters') }]}>
            <Input.TextArea rows={5} maxLength={2000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={state.fetching}>
            {t('录入', 'Record')}
          </Button>
        </Form>
      </Card>
      <ActForOfflineCard />
    </>
  );
}
