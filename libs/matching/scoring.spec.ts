import { fromMask, recency, scoreUnit, textFeatures, textFit, toMask, trackSignal } from './scoring';
import { FOR_UNIT_WEIGHTS, UNIT_WEIGHTS, VOLUNTEER_WEIGHTS } from './weights';

const now = new Date('2026-12-01T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86400_000);

describe('matching rules', () => {
  it('each weight table sums to 1', () => {
    for (const table of [UNIT_WEIGHTS, FOR_UNIT_WEIGHTS, VOLUNTEER_WEIGHTS]) {
      expect(Object.values(table).reduce((s, w) => s + (w ?? 0), 0)).toBeCloseTo(1, 6);
    }
  });

  it('recent projects count more; two recent satisfied projects make a full track record', () => {
    expect(recency(daysAgo(30), now)).toBe(1);
    expect(recency(daysAgo(500), now)).toBe(0.6);
    expect(recency(daysAgo(1000), now)).toBe(0.3);
    expect(trackSignal([{ satisfaction: 1, completedAt: daysAgo(10) }, { satisfaction: 1, completedAt: daysAgo(20) }], now)).toBe(1);
    expect(trackSignal([{ satisfaction: 0.9, completedAt: daysAgo(1000) }], now)).toBeCloseTo(0.135, 3);
    // not evaluated: a neutral 60%
    expect(trackSignal([{ satisfaction: null, completedAt: daysAgo(10) }], now)).toBeCloseTo(0.3, 6);
  });

  it('categories round-trip through the bit mask', () => {
    expect(fromMask(toMask(['CULTURE_SHARING', 'PUBLIC_SERVICE']))).toEqual(['PUBLIC_SERVICE', 'CULTURE_SHARING']);
    expect(fromMask(0)).toEqual([]);
  });

  it('a score is the sum of its reasons, in [0, 1], the same every time', () => {
    const ev = {
      category: 'CULTURE_SHARING' as const,
      past: [{ satisfaction: 0.97, completedAt: daysAgo(40) }],
      zoneHasHistory: true,
      resources: [{ id: 1, title: '活动室', kind: 'VENUE' as const, cost: 'FREE' as const, serves: true, fit: 0.5 }],
      pairedWith: ['福山居民区'],
      sameBuilding: '建工大厦',
      openClaims: 0,
      reliability: { started: 2, onTime: 2 },
    };
    const a = scoreUnit(ev, UNIT_WEIGHTS, now);
    expect(a).toEqual(scoreUnit(ev, UNIT_WEIGHTS, now));
    expect(a.score).toBeLessThanOrEqual(1);
    expect(a.reasons.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(a.score, 3);
    expect(a.reasons.map((r) => r.code).sort()).toEqual(['CAPACITY', 'PAIRING', 'PROXIMITY', 'RELIABILITY', 'RESOURCE', 'TRACK_RECORD']);
    expect(a.reasons.find((r) => r.code === 'TRACK_RECORD')!.text).toBe('近一年完成「社区文化共享」类项目1个,平均满意率97%');
  });

  it('a thin zone says so with a zero-weight reason', () => {
    const r = scoreUnit({ category: 'PUBLIC_SERVICE', past: [], zoneHasHistory: false, resources: [], pairedWith: [], sameBuilding: null }, UNIT_WEIGHTS, now);
    expect(r.score).toBe(0);
    expect(r.reasons).toEqual([{ code: 'TRACK_RECORD', weight: 0, text: '本片区尚无「社会公共服务」类项目的完成记录,暂按资源与结对推荐' }]);
  });

  it('text fit: a resource about the same thing is close, an unrelated one is not', () => {
    const project = textFeatures('智能手机课堂:教社区老人使用微信视频和扫码');
    expect(textFit(textFeatures('智能手机培训 志愿者教老人用微信'), project)).toBeGreaterThan(0.5);
    expect(textFit(textFeatures('法律咨询 律师提供免费法律援助'), project)).toBeLessThan(0.2);
  });
});
