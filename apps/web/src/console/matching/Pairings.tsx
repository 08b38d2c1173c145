import { useState } from 'react';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { refusalText } from '../../shared/errors';
import { EmptyHint, ErrorBox } from '../../shared/ui';
import { fmtDate } from '../../shared/format';
import { useSession, useZone } from '../../shared/session';
import { CreateTeamDoc, PairBuildingDoc, PairingsDoc, UnpairDoc } from './operations';
import { MatchingHelp } from './reasons';

/** 两楼结对 and 党员志愿者服务队: staff keep the pairs and the teams of the zone. */
export default function Pairings() {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const { hasRole } = useSession();
  const staff = hasRole('COUNCIL_STAFF', 'ADMIN');
  const [{ data, error, fetching }, refetch] = useQuery({ query: PairingsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone, requestPolicy: 'cache-and-network' });
  const [pairState, pair] = useMutation(PairBuildingDoc);
  const [, unpair] = useMutation(UnpairDoc);
  const [teamState, createTeam] = useMutation(CreateTeamDoc);
  const [pairForm] = Form.useForm<{ communityId: string; buildingId: string; note?: string }>();
  const [teamForm] = Form.useForm<{ name: string; unitId?: string; buildingIds: string[] }>();
  const [pairError, setPairError] = useState<string | null>(null);
  const [teamError, setTeamError] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const communities = (data?.zone?.communities ?? []).map((c) => ({ value: c.id, label: c.name }));
  const buildings = (data?.zone?.buildings ?? []).map((b) => ({ value: b.id, label: b.name }));
  const pairedUnits = (buildingId: string) => (data?.units ?? []).filter((u) => u.building?.id === buildingId).map((u) => u.name);

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('两楼结对', 'Building pairings')}{zone ? ` · ${zone.name}` : ''}</h2>
        <MatchingHelp />
      </div>
      <ErrorBox error={error} onRetry={reload} />
      <Card title={t('居民区 ↔ 商务楼宇 结对', 'Community ↔ building pairs')} style={{ marginBottom: 16 }}>
        {staff && (
          <Form
            form={pairForm}
            layout="inline"
            style={{ marginBottom: 12 }}
            onFinish={async (v) => {
              setPairError(null);
              const r = await pair({ communityId: v.communityId, buildingId: v.buildingId, note: v.note?.trim() || null });
              if (r.error) setPairError(refusalText(r.error, lang));
              else {
                message.success(t('已结对', 'Paired'));
                pairForm.resetFields();
                reload();
              }
            }}
          >
            <Form.Item name="communityId" rules={[{ required: true, message: t('选择居民区', 'Choose a community') }]}>
              <Select options={communities} placeholder={t('居民区', 'Community')} style={{ width: 160 }} data-testid="pair-community" />
            </Form.Item>
            <Form.Item name="buildingId" rules={[{ required: true, message: t('选择楼宇', 'Choose a building') }]}>
              <Select options={buildings} placeholder={t('商务楼宇', 'Building')} style={{ width: 200 }} data-testid="pair-building" />
            </Form.Item>
            <Form.Item name="note">
              <Input placeholder={t('备注（可选）', 'Note (optional)')} maxLength={200} style={{ width: 220 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={pairState.fetching} data-testid="pair-submit">
              {t('结对', 'Pair')}
            </Button>
          </Form>
        )}
        {pairError && <div className="ant-form-item-explain-error" style={{ marginBottom: 8 }}>{pairError}</div>}
        <Table
          rowKey="id"
          size="small"
          loading={fetching && !data}
          pagination={false}
          dataSource={data?.pairings ?? []}
          locale={{ emptyText: <EmptyHint title={t('还没有结对', 'No pairs yet')} hint={t('楼宇党组织与居民区党组织结对共建后，在这里登记。', 'Record the pairs of building and community party branches here.')} /> }}
          columns={[
            { title: t('居民区', 'Community'), render: (_, p) => p.community.name },
            { title: t('商务楼宇', 'Building'), render: (_, p) => p.building.name },
            { title: t('楼内成员单位', 'Units in the building'), render: (_, p) => pairedUnits(p.building.id).map((n) => <Tag key={n}>{n}</Tag>) },
            { title: t('备注', 'Note'), render: (_, p) => p.note ?? '' },
            { title: t('登记于', 'Since'), width: 110, render: (_, p) => fmtDate(p.createdAt) },
            {
              title: '',
              width: 90,
              render: (_, p) =>
                staff && (
                  <Popconfirm
                    title={t('解除该结对？', 'Remove this pair?')}
                    onConfirm={async () => {
                      const r = await unpair({ pairingId: p.id });
                      if (r.error) message.error(refusalText(r.error, lang));
                      else reload();
                    }}
                  >
                    <Button size="small" danger>{t('解除', 'Unpair')}</Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('党员志愿者服务队', 'Party-member volunteer teams')}>
        {staff && (
          <Form
            form={teamForm}
            layout="inline"
            style={{ marginBottom: 12 }}
            onFinish={async (v) => {
              setTeamError(null);
              const r = await createTeam({ zoneId: zone!.id, name: v.name.trim(), unitId: v.unitId ?? null, buildingIds: v.buildingIds });
              if (r.error) setTeamError(refusalText(r.error, lang));
              else {
                message.success(t('服务队已建立', 'Team created'));
                teamForm.resetFields();
                reload();
              }
            }}
          >
            <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('填写队名', 'Name it') }]}>
              <Input placeholder={t('服务队名称', 'Team name')} maxLength={60} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="unitId">
              <Select allowClear options={(data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} placeholder={t('所属单位（可选）', 'Unit (optional)')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="buildingIds" rules={[{ required: true, type: 'array', min: 1, max: 2, message: t('联系一至两栋楼宇', 'One or two buildings') }]}>
              <Select mode="multiple" maxCount={2} options={buildings} placeholder={t('联系楼宇（1–2栋）', 'Buildings (1–2)')} style={{ width: 260 }} />
            </Form.Item>
            <Button htmlType="submit" loading={teamState.fetching}>{t('建立服务队', 'Create team')}</Button>
          </Form>
        )}
        {teamError && <div className="ant-form-item-explain-error" style={{ marginBottom: 8 }}>{teamError}</div>}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data?.volunteerTeams ?? []}
          locale={{ emptyText: <EmptyHint title={t('还没有服务队', 'No teams yet')} /> }}
          columns={[
            { title: t('服务队', 'Team'), render: (_, v) => v.name },
            { title: t('所属单位', 'Unit'), render: (_, v) => v.unit?.name ?? '—' },
            { title: t('联系楼宇', 'Buildings'), render: (_, v) => <Space>{v.buildings.map((b) => <Tag key={b.id}>{b.name}</Tag>)}</Space> },
            { title: t('队员', 'Members'), width: 80, dataIndex: 'memberCount' },
          ]}
        />
      </Card>
    </>
  );
}
