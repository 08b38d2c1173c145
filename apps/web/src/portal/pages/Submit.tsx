import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Form, Input, Segmented, Select, Spin } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { showOnForm } from '../../shared/errors';
import { TopBar } from '../chrome';
import { NeedCard, newClientMutationId } from '../components';
import { DonePage } from '../done-page';
import { SimilarNeedsDoc, SubmitNeedDoc } from '../operations';
import { PhotoPicker, type PhotoLike } from '../../shared/photos';

interface NeedForm {
  kind: 'MICRO_WISH' | 'GOLDEN_IDEA';
  title: string;
  content: string;
  place?: string; // "c:<communityId>" or "b:<buildingId>"
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/**
 * Submit a micro-wish or a golden idea. While the person types, open needs of the zone that
 * look alike are shown, each with a one-tap "我也需要", so that support gathers on one need.
 */
export default function Submit() {
  const { t, L, lang } = useLang();
  const { me } = useSession();
  const { zone } = useZone();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<NeedForm>();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; title: string } | null>(null);
  const clientMutationId = useRef(newClientMutationId());
  const [submitState, submitNeed] = useMutation(SubmitNeedDoc);
  const [photos, setPhotos] = useState<PhotoLike[]>([]);

  const initialKind = params.get('kind') === 'GOLDEN_IDEA' ? 'GOLDEN_IDEA' : 'MICRO_WISH';
  const title = Form.useWatch('title', form) ?? '';
  const content = Form.useWatch('content', form) ?? '';
  const kind = Form.useWatch('kind', form) ?? initialKind;
  const probe = useDebounced({ title: title.trim(), content: content.trim() }, 500);
  const [{ data: similar, fetching: similarLoading }] = useQuery({
    query: SimilarNeedsDoc,
    variables: { zoneId: zone?.id ?? '', title: probe.title, content: probe.content || null },
    pause: !zone || probe.title.length < 2,
    requestPolicy: 'network-only',
  });

  const placeOptions = useMemo(
    () => [
      ...(zone?.communities ?? []).map((c) => ({ value: `c:${c.id}`, label: `${t('居民区', 'Community')} · ${c.name}` })),
      ...(zone?.buildings ?? []).map((b) => ({ value: `b:${b.id}`, label: `${t('楼宇', 'Building')} · ${b.name}` })),
    ],
    [zone, t],
  );
  const defaultPlace = me?.community ? `c:${me.community.id}` : me?.building ? `b:${me.building.id}` : undefined;

  const submit = async (values: NeedForm) => {
    if (!zone) return;
    setError(null);
    const place = values.place ?? '';
    const result = await submitNeed({
      input: {
        zoneId: zone.id,
        kind: values.kind,
        title: values.title.trim(),
        content: values.content.trim(),
        communityId: place.startsWith('c:') ? place.slice(2) : null,
        buildingId: place.startsWith('b:') ? place.slice(2) : null,
        clientMutationId: clientMutationId.current,
        photoIds: photos.length ? photos.map((p) => p.id) : null,
      },
    });
    if (result.error || !result.data) {
      setError(
        showOnForm(form, result.error, lang, {
          title: 'title',
          content: 'content',
          kind: 'kind',
          communityId: 'place',
          buildingId: 'place',
        }),
      );
      return;
    }
    setDone(result.data.submitNeed);
  };

  if (done) {
    return (
      <DonePage
        bar={t('提交成功', 'Submitted')}
        title={t('提交成功，等待审核', 'Submitted — waiting for review')}
        subTitle={t(
          `「${done.title}」已送达促进会，审核结果会通过消息通知您。`,
          `"${done.title}" reached the council; you will be notified of the review.`,
        )}
        extra={[
          <Button type="primary" key="mine" onClick={() => navigate('/my-needs')} data-testid="go-my-needs">
            {t('查看我的需求', 'See my needs')}
          </Button>,
          <Button
            key="again"
            onClick={() => {
              clientMutationId.current = newClientMutationId();
              form.resetFields();
              setPhotos([]);
              setDone(null);
            }}
          >
            {t('再提一个', 'Submit another')}
          </Button>,
        ]}
      />
    );
  }

  const similarList = probe.title.length >= 2 ? (similar?.similarNeeds ?? []) : [];

  return (
    <>
      <TopBar title={t('提交需求', 'Submit a need')} back />
      <main className="gr-page">
        <div className="gr-card" style={{ padding: 16 }}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ kind: initialKind, place: defaultPlace }}
            requiredMark="optional"
          >
            <Form.Item name="kind" label={t('类型', 'Kind')} rules={[{ required: true }]}>
              <Segmented
                block
                options={[
                  { value: 'MICRO_WISH', label: L('NeedKind', 'MICRO_WISH') },
                  { value: 'GOLDEN_IDEA', label: L('NeedKind', 'GOLDEN_IDEA') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('标题', 'Title')}
              rules={[
                { required: true, whitespace: true, message: t('请填写标题', 'Please enter a title') },
                { max: 60, message: t('标题不超过60个字', 'At most 60 characters') },
              ]}
            >
              <Input
                maxLength={60}
                showCount
                placeholder={kind === 'MICRO_WISH' ? t('如：希望有一辆轮椅', 'e.g. I need a wheelchair') : t('如：楼下增设休息座椅', 'e.g. Benches by the entrance')}
              />
            </Form.Item>
            <Form.Item
              name="content"
              label={t('详细说明', 'Details')}
              rules={[
                { required: true, whitespace: true, message: t('请填写详细说明', 'Please describe it') },
                { max: 2000, message: t('不超过2000个字', 'At most 2000 characters') },
              ]}
            >
              <Input.TextArea
                rows={4}
                maxLength={2000}
                showCount
                placeholder={t('说说具体情况：谁需要、在哪里、为什么', 'Who needs it, where, and why')}
              />
            </Form.Item>
            <Form.Item label={t('图片（可选）', 'Photos (optional)')}>
              <PhotoPicker area="portal" value={photos} onChange={setPhotos} testId="need-photo" />
            </Form.Item>
            {placeOptions.length > 0 && (
              <Form.Item name="place" label={t('所在居民区或楼宇', 'Your community or building')}>
                <Select allowClear options={placeOptions} placeholder={t('可不选', 'Optional')} />
              </Form.Item>
            )}

            {(similarLoading || similarList.length > 0) && (
              <div data-testid="similar-needs" style={{ margin: '4px 0 12px' }}>
                <div className="gr-section-title" style={{ marginTop: 0 }}>
                  <span>{t('已有相似需求', 'Similar needs already raised')}</span>
                  {similarLoading && <Spin size="small" />}
                </div>
                {similarList.length > 0 && (
                  <div className="gr-muted" style={{ marginBottom: 8 }}>
                    {t('如果和您想的一样，点「我也需要」支持它，无需重复提交。', 'If one says what you mean, tap "Me too" instead of repeating it.')}
                  </div>
                )}
                {similarList.slice(0, 5).map((n) => (
                  <NeedCard key={n.id} need={n} />
                ))}
              </div>
            )}

            <Button type="primary" htmlType="submit" block size="large" loading={submitState.fetching} data-testid="submit-need">
              {t('提交', 'Submit')}
            </Button>
          </Form>
        </div>
        <p className="gr-muted" style={{ textAlign: 'center' }}>
          <Link to="/menu">{t('先看看需求菜单', 'Browse the needs menu first')}</Link>
        </p>
      </main>
    </>
  );
}
