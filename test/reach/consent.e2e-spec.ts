import { ConsentEntity } from '@app/consent/consent.entity';
import { TERMS_VERSION } from '@app/consent/terms';
import { useWorld } from '../support/suite';

const TERMS = '{ legalTerms { version userAgreement privacyPolicy summaryEn } }';
const ACCEPT = 'mutation($v: String!) { acceptTerms(version: $v) { version acceptedAt current } }';
const ME = '{ me { id consent { version acceptedAt current } } }';

describe('consent: 用户协议 and 隐私政策', () => {
  const { t, w } = useWorld();

  it('anyone can read the texts in force: what is collected, why, how long, who sees it, how to download or delete it', async () => {
    const d = (await t.ok(TERMS)).legalTerms;
    expect(d.version).toBe(TERMS_VERSION);
    expect(d.userAgreement).toContain('用户协议');
    for (const words of ['我们收集什么', '为什么收集', '保存多久', '谁能看到', '下载', '注销账号']) expect(d.privacyPolicy).toContain(words);
    expect(d.summaryEn).toMatch(/download/);
  });

  it('stores the accepted version and time; accepting again changes nothing', async () => {
    const a = w.residents[0];
    expect((await t.ok(ME, {}, a.token)).me.consent).toBeNull();
    const before = Date.now();
    const c = (await t.ok(ACCEPT, { v: TERMS_VERSION }, a.token)).acceptTerms;
    expect(c).toEqual({ version: TERMS_VERSION, acceptedAt: expect.any(String), current: true });
    expect(new Date(c.acceptedAt).getTime()).toBeGreaterThan(before - 5000);
    const again = (await t.ok(ACCEPT, { v: TERMS_VERSION }, a.token)).acceptTerms;
    expect(again.acceptedAt).toBe(c.acceptedAt);
    expect((await t.ok(ME, {}, a.token)).me.consent).toEqual(c);
    expect(await t.db.getRepository(ConsentEntity).countBy({ userId: a.id })).toBe(1);
  });

  it('a person who accepted an older version is asked again', async () => {
    const b = w.residents[1];
    await t.db.getRepository(ConsentEntity).insert({ userId: b.id, version: '2025-01-01' });
    expect((await t.ok(ME, {}, b.token)).me.consent).toMatchObject({ version: '2025-01-01', current: false });
    await t.ok(ACCEPT, { v: TERMS_VERSION }, b.token);
    expect((await t.ok(ME, {}, b.token)).me.consent).toMatchObject({ version: TERMS_VERSION, current: true });
  });

  it('refuses an outdated version and a caller who is not signed in', async () => {
    const r = await t.gql(ACCEPT, { v: '2025-01-01' }, w.residents[2].token);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    expect(await t.code(ACCEPT, { v: TERMS_VERSION })).toBe('UNAUTHENTICATED');
  });

  it('nobody sees another person’s consent', async () => {
    const a = w.residents[0];
    await t.ok(ACCEPT, { v: TERMS_VERSION }, a.token);
    const needId = (await t.ok(`mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id } }`, { i: { zoneId: String(w.zoneId), kind: 'GOLDEN_IDEA', title: '想法', content: '内容' } }, a.token)).submitNeed.id;
    const seen = await t.ok(`query($id: ID!) { need(id: $id) { submitter { consent { version } } } }`, { id: needId }, w.staff.token);
    expect(seen.need.submitter.consent).toBeNull();
  });
});
