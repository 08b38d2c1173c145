import { useWorld } from '../support/suite';

const OFFER = `mutation($input: ResourceInput!) { offerResource(input: $input) { id } }`;
const FIND = `query($z: ID!, $search: String) { resources(zoneId: $z, search: $search) { totalCount edges { node { title } } } }`;

/** Issue 13, search in the resource directory: words in Chinese, in any order, title or description. */
describe('resource directory search', () => {
  const { t, w } = useWorld({ units: 1 });
  const offer = (title: string, description: string) =>
    t.ok(OFFER, { input: { unitId: String(w.units[0]), kind: 'VENUE', title, description, categories: ['CULTURE_SHARING'], cost: 'FREE' } }, w.unitAdmins[0].token);
  const titles = async (search: string) => ((await t.ok(FIND, { z: String(w.zoneId), search })).resources.edges as { node: { title: string } }[]).map((e) => e.node.title).sort();

  beforeAll(async () => {
    await offer('大会议室', '周末对居民开放，可坐五十人');
    await offer('党员活动室', '工作日晚上开放，适合小型会议');
    await offer('便民理发', '每月第一个周六上午，老人免费理发');
  });

  it('finds by words in any order and across title and description, as a phrase never could', async () => {
    expect(await titles('会议室 周末')).toEqual(['大会议室']);
    expect(await titles('周末开放的会议室')).toEqual(['大会议室']);
    expect(await titles('会议')).toEqual(['党员活动室', '大会议室']);
    expect(await titles('老人理发')).toEqual(['便民理发']);
    expect(await titles('游泳池')).toEqual([]);
  });
});
