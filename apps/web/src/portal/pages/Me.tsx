import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Form, Input, Select, Switch, Tag } from 'antd';
import { useClient } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { LangSwitch } from '../../shared/LangSwitch';
import { useSession, useZone } from '../../shared/session';
import { FormRefusal, useFormMutation } from '../../shared/form-mutation';
import { TopBar } from '../chrome';
import { UpdateProfileDoc } from '../operations';
import { MyDataDoc } from '../../shared/operations';
import { useSignOutEverywhere } from '../../shared/sign-out-everywhere';
import { ElderSwitch, MessageSettings } from '../reach-settings';
import type { NeedCategory } from '../gql/graphql';

interface ProfileForm {
  displayName: string;
  place?: string;
  isPartyMember: boolean;
  specialties: string[];
  willingCategories: NeedCategory[];
}

/** Profile (亮身份、亮特长、亮意愿), language and sign-out. */
export default function Me() {
  const { t, L } = useLang();
  const { message } = App.useApp();
  const { me, signOut, refreshMe } = useSession();
  const { zone } = useZone();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProfileForm>();
  const { error, busy, send } = useFormMutation(form, UpdateProfileDoc, { displayName: 'displayName', communityId: 'place', buildingId: 'place', specialties: 'specialties' });
  const confirmSignOutEverywhere = useSignOutEverywhere('/');
  const [downloading, setDownloading] = useState(false);
  const client = useClient();
  const categoryOptions = useEnumOptions('NeedCategory');
  if (!me) return null;

  /** 我的数据: everything held about the person, saved as a JSON file. */
  const downloadMyData = async () => {
    setDownloading(true);
    const r = await client.query(MyDataDoc, {}, { requestPolicy: 'network-only' }).toPromise();
    setDownloading(false);
    if (!r.data) return message.error(t('下载失败，请稍后重试', 'Download failed, please retry'));
    const url = URL.createObjectURL(new Blob([r.data.myData], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${t('我的数据', 'my-data')}-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const placeOptions = [
    ...(zone?.communities ?? []).map((c) => ({ value: `c:${c.id}`, label: `${t('居民区', 'Community')} · ${c.name}` })),
    ...(zone?.buildings ?? []).map((b) => ({ value: `b:${b.id}`, label: `${t('楼宇', 'Building')} · ${b.name}` })),
  ];

  const save = async (v: ProfileForm) => {
    const place = v.place ?? '';
    const done = await send({
      displayName: v.displayName.trim(),
      communityId: place.startsWith('c:') ? place.slice(2) : null,
      buildingId: place.startsWith('b:') ? place.slice(2) : null,
      isPartyMember: v.isPartyMember,
      specialties: v.specialties,
      willingCategories: v.willingCategories ?? [],
    });
    if (!done) return;
    message.success(t('已保存', 'Saved'));
    refreshMe();
  };

  return (
    <>
      <TopBar title={t('我的', 'Me')} />
      <main className="gr-page">
        <div className="gr-card">
          <div className="gr-row">
            <h3 className="gr-grow" style={{ margin: 0 }}>{me.displayName}</h3>
            {me.isPartyMember && <Tag color="red">{t('党员', 'Party member')}</Tag>}
          </div>
          <div className="gr-muted">{me.phone}</div>
          <div style={{ marginTop: 6 }}>
            {me.roles.map((r) => (
              <Tag key={r}>{L('Role', r)}</Tag>
            ))}
          </div>
        </div>
        <div className="gr-card">
          <h3>{t('个人资料', 'Profile')}</h3>
          <FormRefusal error={error} />
          <Form
            form={form}
            layout="vertical"
            onFinish={save}
            initialValues={{
              displayName: me.displayName,
              place: me.community ? `c:${me.community.id}` : me.building ? `b:${me.building.id}` : undefined,
              isPartyMember: me.isPartyMember,
              specialties: me.specialties,
              willingCategories: me.willingCategories,
            }}
          >
            <Form.Item name="displayName" label={t('称呼', 'Name')} rules={[{ required: true, whitespace: true, message: t('请填写称呼', 'Please enter a name') }, { max: 30, message: t('不超过30个字', 'At most 30 characters') }]}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item name="place" label={t('所在居民区或楼宇', 'Community or building')}>
              <Select allowClear options={placeOptions} />
            </Form.Item>
            <Form.Item name="isPartyMember" label={t('亮身份：我是党员', 'I am a party member')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="specialties" label={t('亮特长（输入后回车）', 'My skills (press Enter after each)')}>
              <Select mode="tags" open={false} placeholder={t('如：法律咨询、理发、摄影', 'e.g. legal advice, haircuts')} />
            </Form.Item>
            <Form.Item name="willingCategories" label={t('亮意愿：我愿意参与的服务类别', 'Willing to serve in')} extra={t('促进会为项目招募志愿者时会参考。', 'The council looks here when it recruits volunteers.')}>
              <Select mode="multiple" options={categoryOptions} placeholder={t('选择类别', 'Choose categories')} data-testid="willing-categories" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('保存', 'Save')}
            </Button>
          </Form>
        </div>
        <ElderSwitch />
        <MessageSettings />
        <div className="gr-card">
          <div className="gr-row">
            <span className="gr-grow">{t('语言', 'Language')}</span>
            <LangSwitch english="English" />
          </div>
        </div>
        <div className="gr-card">
          <h3>{t('我的数据与账号', 'My data and account')}</h3>
          <p className="gr-muted">{t('您可以下载平台保存的关于您的全部数据（JSON 文件），或注销账号。', 'Download everything the platform holds about you (a JSON file), or delete your account.')}</p>
          <Button block onClick={downloadMyData} loading={downloading} data-testid="download-my-data" style={{ marginBottom: 8 }}>
            {t('下载我的数据', 'Download my data')}
          </Button>
          <Button block onClick={confirmSignOutEverywhere} data-testid="sign-out-everywhere" style={{ marginBottom: 8 }}>
            {t('退出所有设备', 'Sign out on every device')}
          </Button>
          <Button block danger type="link" onClick={() => navigate('/me/delete')} data-testid="delete-account-link">
            {t('注销账号', 'Delete my account')}
          </Button>
        </div>
        <Button
          danger
          block
          onClick={async () => {
            await signOut();
            navigate('/', { replace: true }); // the public home page
          }}
        >
          {t('退出登录', 'Sign out')}
        </Button>
      </main>
    </>
  );
}
