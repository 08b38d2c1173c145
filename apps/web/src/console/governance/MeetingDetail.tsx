import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Descriptions, Form, Input, Space, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { Crumbs } from '../crumbs';
import { useLang } from '../../shared/i18n';
import { useSession } from '../../shared/session';
import { showOnForm } from '../../shared/errors';
import { fmtTime } from '../../shared/format';
import { ErrorBox, Loading, ProjectStatusTag } from '../../shared/ui';
import { MeetingDoc, RecordMinutesDoc } from './operations';

/** One meeting: agenda, projects discussed, invitees; staff record the minutes and attendance. Prints on A4. */
export default function MeetingDetail() {
  const { id = '' } = useParams();
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const manage = hasRole('COUNCIL_STAFF', 'ADMIN');
  const [{ data, fetching, error }, refetch] = useQuery({ query: MeetingDoc, variables: { id } });
  const [state, record] = useMutation(RecordMinutesDoc);
  const [form] = Form.useForm<{ minutes: string; attendeeUnitIds: string[] }>();
  const [formError, setFormError] = useState<string | null>(null);
  const m = data?.meeting;

  useEffect(() => {
    if (m) form.setFieldsValue({ minutes: m.minutes ?? '', attendeeUnitIds: m.attendees.length ? m.attendees.map((a) => a.id) : m.invitees.map((u) => u.id) });
  }, [m, form]);

  if (fetching && !data) return <Loading />;
  if (error || !m) return <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;

  // everyone who could have attended: the invitees and whoever was recorded as present
  const candidates = [...new Map([...m.invitees, ...m.attendees].map((u) => [u.id, u])).values()];
  const save = async (v: { minutes: string; attendeeUnitIds: string[] }) => {
    setFormError(null);
    const r = await record({ meetingId: m.id, minutes: v.minutes.trim(), attendeeUnitIds: v.attendeeUnitIds ?? [] });
    if (r.error) setFormError(showOnForm(form, r.error, lang, ['minutes', 'attendeeUnitIds']));
    else {
      message.success(t('会议纪要已保存', 'Minutes saved'));
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <div className="gr-printable">
      <Breadcrumb className="gr-no-print" items={[{ title: <Link to="/council">{t('促进会治理', 'Council')}</Link> }, { title: m.title }]} style={{ marginBottom: 8 }} />
      <div className="gr-no-print">
        <Crumbs trail={[{ to: '/council', label: t('促进会治理', 'Council') }]} current={m.title} />
      </div>
      <div className="gr-page-head">
        <h2 data-testid="meeting-heading">{m.title}</h2>
        <Space className="gr-no-print">
          <Tag color="blue">{L('MeetingKind', m.kind)}</Tag>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-minutes">
            {t('打印纪要', 'Print the minutes')}
          </Button>
        </Space>
      </div>
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('片区', 'Zone')}>{m.zone.name}（{m.zone.street}）</Descriptions.Item>
          <Descriptions.Item label={t('时间', 'When')}>{fmtTime(m.at)}</Descriptions.Item>
          {m.committee && <Descriptions.Item label={t('专业委员会', 'Committee')}>{m.committee.name}</Descriptions.Item>}
          <Descriptions.Item label={t('议程', 'Agenda')}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{m.agenda}</div>
          </Descriptions.Item>
          <Descriptions.Item label={t('讨论的项目', 'Projects discussed')}>
            {m.projects.length ? (
              <Space orientation="vertical" size={2}>
                {m.projects.map((p) => (
                  <span key={p.id}>
                    <Link to={`/projects/${p.id}`} data-testid="meeting-project">{p.title}</Link> <ProjectStatusTag status={p.status} />
                  </span>
                ))}
              </Space>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('参会单位', 'Attended')}>
            <span data-testid="meeting-attendees">{m.attendees.map((a) => a.name).join('、') || t('尚未记录', 'not recorded yet')}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title={t('会议纪要', 'Minutes')} style={{ marginTop: 12 }} extra={m.minutesAt && <span className="gr-muted">{t('保存于', 'saved')} {fmtTime(m.minutesAt)}</span>}>
        <div className="gr-print-only" style={{ whiteSpace: 'pre-wrap' }}>
          {m.minutes}
        </div>
        {manage ? (
          <div className="gr-no-print">
            {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
            <Form form={form} layout="vertical" onFinish={save}>
              <Form.Item name="minutes" rules={[{ required: true, whitespace: true, min: 2, message: t('请填写会议纪要', 'Please write the minutes') }]}>
                <Input.TextArea rows={8} maxLength={20000} showCount data-testid="minutes-text" placeholder={t('会议议定事项、责任单位和时间节点', 'What was agreed, by whom, by when')} />
              </Form.Item>
              <Form.Item name="attendeeUnitIds" label={t('参会单位', 'Units present')}>
                <Checkbox.Group options={candidates.map((u) => ({ value: u.id, label: u.name }))} data-testid="minutes-attendees" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={state.fetching} data-testid="minutes-save">
                {t('保存纪要', 'Save the minutes')}
              </Button>
            </Form>
          </div>
        ) : (
          <div style={{ whiteSpace: 'pre-wrap' }} className="gr-no-print">
            {m.minutes ?? t('尚未记录', 'Not recorded yet')}
          </div>
        )}
      </Card>
    </div>
  );
}
