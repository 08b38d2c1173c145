import { DataSource, EntityManager } from 'typeorm';
import { NeedCategory, NeedChannel, NeedKind, NeedStatus, Role } from '@app/common/glossary';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { CommunityEntity, BuildingEntity, MemberUnitEntity } from '@app/org/org.entities';
import { NeedClassifier } from './classifier/need-classifier';
import { rebuildNeedCounters } from './need-state';
import { NeedEntity, NeedEventEntity, NeedSuggestionEntity, NeedSupportEntity } from './needs.entities';

interface DemoNeed {
  key: string;
  kind: NeedKind;
  channel: NeedChannel;
  title: string;
  content: string;
  /** who asked: 'resident' (13800000001), 'worker' (13800000002) or a neighbour's index */
  by: 'resident' | 'worker' | number;
  status: NeedStatus;
  category?: NeedCategory;
  supports?: number;
  rejectReason?: string;
  mergedInto?: string;
  claimedByUnit?: boolean;
  community?: string;
  building?: string;
}

const NEIGHBOURS = ['张阿姨', '陈老伯', '刘女士', '周先生', '吴奶奶', '郑师傅', '孙老师', '黄小姐'];

const NEEDS: DemoNeed[] = [
  { key: 'lift', kind: 'GOLDEN_IDEA', channel: 'APP', title: '老公房加装电梯', content: '我们楼是六层老公房,住着不少七八十岁的老人,上下楼非常吃力,希望推动加装电梯。', by: 'resident', status: 'ACCEPTED', category: 'COMMUNITY_AFFAIRS', supports: 6, community: '福山居民区' },
  { key: 'charging', kind: 'GOLDEN_IDEA', channel: 'HALL', title: '小区增设电动车充电桩', content: '楼道里私拉电线给电动车充电很危险,议事厅上大家建议在小区空地集中设置充电桩。', by: 0, status: 'ACCEPTED', category: 'SOCIAL_MANAGEMENT', supports: 4, community: '市新居民区' },
  { key: 'meals', kind: 'GOLDEN_IDEA', channel: 'VISIT', title: '独居老人助餐点', content: '走访中多位独居老人反映做饭不便,希望在居民区附近开设老年助餐点。', by: 4, status: 'ACCEPTED', category: 'PUBLIC_SERVICE', supports: 5, community: '陈家门居民区' },
  { key: 'books', kind: 'MICRO_WISH', channel: 'APP', title: '给孙子一套课外书', content: '孙子上三年级,家里条件有限,希望有爱心人士送一套适合小学生的课外读物。', by: 'resident', status: 'ACCEPTED', category: 'PUBLIC_SERVICE', supports: 1, community: '福山居民区' },
  { key: 'wheelchair', kind: 'MICRO_WISH', channel: 'RECEPTION', title: '需要一台轮椅', content: '老伴中风后行动不便,想要一台轻便轮椅方便出门晒太阳。', by: 1, status: 'CLAIMED', category: 'PUBLIC_SERVICE', supports: 2, claimedByUnit: true, community: '松山居民区' },
  { key: 'hearing', kind: 'MICRO_WISH', channel: 'VISIT', title: '想配一副助听器', content: '耳朵越来越背,和家人说话听不清,希望能配一副助听器。', by: 6, status: 'FULFILLED', category: 'PUBLIC_SERVICE', supports: 1, claimedByUnit: true, community: '隧城居民区' },
  { key: 'reading', kind: 'GOLDEN_IDEA', channel: 'APP', title: '楼宇午间读书会', content: '建议在建工大厦每周组织一次午间读书会,白领和居民都可以参加。', by: 'worker', status: 'ACCEPTED', category: 'CULTURE_SHARING', supports: 3, building: '建工大厦' },
  { key: 'dialect', kind: 'GOLDEN_IDEA', channel: 'APP', title: '新上海人沪语课堂', content: '很多新来的白领和居民听不懂上海话,希望开设沪语入门课堂,方便和老邻居交流。', by: 'worker', status: 'ACCEPTED', category: 'CULTURE_SHARING', supports: 2, building: '建工大厦' },
  { key: 'phones', kind: 'GOLDEN_IDEA', channel: 'HALL', title: '老年人智能手机培训', content: '老人不会用手机挂号、扫码,建议请年轻志愿者开设智能手机使用培训班。', by: 2, status: 'ACCEPTED', category: 'CULTURE_SHARING', supports: 4, community: '福山居民区' },
  { key: 'lawyers', kind: 'GOLDEN_IDEA', channel: 'APP', title: '白领律师进社区义务咨询', content: '楼宇里有不少律所,可以组织律师每月到居民区提供一次免费法律咨询。', by: 'worker', status: 'ACCEPTED', category: 'VALUE_REALIZATION', supports: 2, building: '国际航运金融大厦' },
  { key: 'run', kind: 'GOLDEN_IDEA', channel: 'APP', title: '滨江公益长跑', content: '组织楼宇白领和居民一起参加滨江公益长跑,报名费捐给困难家庭。', by: 'worker', status: 'ACCEPTED', category: 'VALUE_REALIZATION', supports: 0, building: '航科大厦' },
  { key: 'rooms', kind: 'GOLDEN_IDEA', channel: 'HALL', title: '楼宇会议室周末向居民开放', content: '大厦会议室周末空着,居民区活动室又不够用,建议共享给居民开展活动。', by: 3, status: 'ACCEPTED', category: 'RESOURCE_INTEGRATION', supports: 3, community: '市新居民区' },
  { key: 'tools', kind: 'GOLDEN_IDEA', channel: 'APP', title: '共享工具屋', content: '建议设一个共享工具屋,梯子、电钻等工具大家借用,成员单位可以捐赠工具。', by: 'resident', status: 'ACCEPTED', category: 'RESOURCE_INTEGRATION', supports: 1, community: '福山居民区' },
  { key: 'civil', kind: 'GOLDEN_IDEA', channel: 'APP', title: '评选文明楼组', content: '建议每年评选一次文明楼组和最美志愿者,激励大家参与楼组自治。', by: 5, status: 'ACCEPTED', category: 'CREATION_SELECTION', supports: 1, community: '陈家门居民区' },
  { key: 'green', kind: 'GOLDEN_IDEA', channel: 'VISIT', title: '小区绿化补种', content: '小区中心花园的绿化被踩坏了不少,希望补种并设置围栏。', by: 7, status: 'ACCEPTED', category: 'COMMUNITY_AFFAIRS', supports: 2, community: '松山居民区' },
  { key: 'clutter', kind: 'GOLDEN_IDEA', channel: 'HOTLINE', title: '楼道堆物清理', content: '楼道里堆满了旧家具和纸箱,存在消防隐患,希望组织清理。', by: 1, status: 'SUBMITTED', community: '松山居民区' },
  { key: 'noise', kind: 'GOLDEN_IDEA', channel: 'APP', title: '夜间施工噪音扰民', content: '附近工地晚上十一点后还在施工,噪音太大影响休息。', by: 'resident', status: 'SUBMITTED', community: '福山居民区' },
  { key: 'video', kind: 'MICRO_WISH', channel: 'APP', title: '希望有人教我用微信视频', content: '儿子在外地工作,想学会用微信和他视频通话。', by: 'resident', status: 'SUBMITTED', community: '福山居民区' },
  { key: 'lift2', kind: 'GOLDEN_IDEA', channel: 'APP', title: '我们楼也想加装电梯', content: '五楼老人爬楼梯太辛苦了,加装电梯能不能也考虑我们楼?', by: 2, status: 'SUBMITTED', community: '福山居民区' },
  { key: 'bus', kind: 'GOLDEN_IDEA', channel: 'APP', title: '开通直达机场的班车', content: '希望从小区开通直达浦东机场的班车。', by: 'worker', status: 'REJECTED', rejectReason: '公交线路不属于片区党建促进会职能,已转交交通部门研究。' },
  { key: 'lift3', kind: 'GOLDEN_IDEA', channel: 'HALL', title: '加装电梯资金怎么筹', content: '加装电梯的费用怎么分摊,能不能有补贴?', by: 3, status: 'MERGED', mergedInto: 'lift', supports: 2, community: '福山居民区' },
];

/** Demo step: about twenty realistic needs in the demo zone — every kind, channel and status, with supports. */
export async function seedDemoNeeds(db: DataSource, zoneId: number): Promise<void> {
  const classifier = NeedClassifier.shipped();
  await db.transaction(async (m) => {
    const resident = await m.getRepository(UserEntity).findOneBy({ phone: '13800000001' });
    const worker = await m.getRepository(UserEntity).findOneBy({ phone: '13800000002' });
    const staff = await m.getRepository(UserEntity).findOneBy({ username: 'staff' });
    const unitAdmin = await m.getRepository(UserEntity).findOneBy({ username: 'unit1' });
    if (!resident || !worker || !staff) return;
    const neighbours = await demoNeighbours(m);
    const communities = new Map((await m.getRepository(CommunityEntity).findBy({ zoneId })).map((c) => [c.name, c.id]));
    const buildings = new Map((await m.getRepository(BuildingEntity).findBy({ zoneId })).map((b) => [b.name, b.id]));
    const unitId = unitAdmin?.unitId ?? (await m.getRepository(MemberUnitEntity).findOneBy({ zoneId }))?.id ?? null;
    const ids = new Map<string, number>();
    const everyone = [resident.id, worker.id, ...neighbours];

    for (const n of NEEDS) {
      const submitterId = n.by === 'resident' ? resident.id : n.by === 'worker' ? worker.id : neighbours[n.by];
      const offline = n.channel !== 'APP';
      const s = classifier.suggest(`${n.title} ${n.content}`);
      const claimed = n.status === 'CLAIMED' || n.status === 'FULFILLED';
      const res = await m.getRepository(NeedEntity).insert({
        zoneId,
        kind: n.kind,
        channel: n.channel,
        title: n.title,
        content: n.content,
        status: n.status,
        category: n.category ?? null,
        suggestedCategory: s.category,
        suggestedConfidence: Math.round(s.confidence * 10000) / 10000,
        supportCount: 0,
        submitterId,
        recordedById: offline ? staff.id : null,
        communityId: n.community ? (communities.get(n.community) ?? null) : null,
        buildingId: n.building ? (buildings.get(n.building) ?? null) : null,
        mergedIntoId: n.mergedInto ? ids.get(n.mergedInto)! : null,
        rejectReason: n.rejectReason ?? null,
        claimedByUnitId: claimed && n.claimedByUnit ? unitId : null,
        claimedByUserId: claimed ? (unitAdmin?.id ?? staff.id) : null,
        claimedAt: claimed ? new Date() : null,
        fulfilledAt: n.status === 'FULFILLED' ? new Date() : null,
        clientMutationId: null,
      });
      const id = Number(res.identifiers[0].id);
      ids.set(n.key, id);
      const top = s.suggestions.map((x) => ({ category: x.category, confidence: Math.round(x.confidence * 10000) / 10000, because: x.because }));
      await m.getRepository(NeedSuggestionEntity).insert({ needId: id, zoneId, suggestions: JSON.stringify(top) });

      const event = (action: string, from: NeedStatus | null, to: NeedStatus, actorId: number, note: string | null = null) =>
        m.getRepository(NeedEventEntity).insert({ needId: id, zoneId, action, fromStatus: from, toStatus: to, actorId, note });
      await event(offline ? 'record' : 'submit', null, 'SUBMITTED', offline ? staff.id : submitterId);
      if (n.status === 'REJECTED') await event('reject', 'SUBMITTED', 'REJECTED', staff.id, n.rejectReason ?? null);
      if (n.status === 'MERGED') await event('merge', 'SUBMITTED', 'MERGED', staff.id, `合并到需求 #${ids.get(n.mergedInto!)}`);
      if (n.category) await event('accept', 'SUBMITTED', 'ACCEPTED', staff.id, null);
      if (claimed) await event('claim', 'ACCEPTED', 'CLAIMED', unitAdmin?.id ?? staff.id, null);
      if (n.status === 'FULFILLED') await event('fulfil', 'CLAIMED', 'FULFILLED', staff.id, null);

      const supporters = everyone.filter((u) => u !== submitterId).slice(0, n.supports ?? 0);
      const target = n.mergedInto ? ids.get(n.mergedInto)! : id;
      if (supporters.length || n.mergedInto) {
        const rows = [...supporters, ...(n.mergedInto ? [submitterId] : [])].map((userId) => ({ needId: target, userId }));
        await m.createQueryBuilder().insert().into(NeedSupportEntity).values(rows).orIgnore().execute();
      }
    }
    // support counts and counters from the rows, as the live code keeps them
    const all = [...ids.values()];
    for (const id of all) {
      const count = await m.getRepository(NeedSupportEntity).count({ where: { needId: id } });
      await m.getRepository(NeedEntity).update({ id }, { supportCount: count });
    }
    await rebuildNeedCounters(m, zoneId);
  });
}

/** Neighbours who support and ask for things in the demo (phones 13800000011…). */
async function demoNeighbours(m: EntityManager): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < NEIGHBOURS.length; i++) {
    const phone = `138000000${11 + i}`;
    let u = await m.getRepository(UserEntity).findOneBy({ phone });
    if (!u) {
      u = await m.getRepository(UserEntity).save(m.getRepository(UserEntity).create({ phone, displayName: NEIGHBOURS[i], specialties: [], isPartyMember: i % 3 === 0 }));
      await m.getRepository(UserRoleEntity).insert({ userId: u.id, role: Role.RESIDENT, zoneId: null });
    }
    ids.push(u.id);
  }
  return ids;
}
