import { NeedStatus } from '@app/common/glossary';
import { canMove, NEED_MOVES, OPEN_NEED_STATUSES } from './need-state';
import { similarityScore } from './needs.service';

describe('need state machine', () => {
  it('allows exactly the moves of domain.md §3', () => {
    const allowed = Object.entries(NEED_MOVES).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        'SUBMITTED→ACCEPTED',
        'SUBMITTED→REJECTED',
      'SUBMITTED→WITHDRAWN',
        'SUBMITTED→MERGED',
        'ACCEPTED→IN_PROJECT',
        'ACCEPTED→CLAIMED',
        'ACCEPTED→MERGED',
        'IN_PROJECT→FULFILLED',
        'IN_PROJECT→ACCEPTED',
        'CLAIMED→FULFILLED',
      ].sort(),
    );
  });

  it('ends in REJECTED, MERGED and FULFILLED', () => {
    for (const s of [NeedStatus.REJECTED, NeedStatus.MERGED, NeedStatus.FULFILLED]) {
      for (const to of Object.values(NeedStatus)) expect(canMove(s, to)).toBe(false);
    }
  });

  it('never skips review: nothing leaves SUBMITTED for the menu-only states', () => {
    expect(canMove(NeedStatus.SUBMITTED, NeedStatus.CLAIMED)).toBe(false);
    expect(canMove(NeedStatus.SUBMITTED, NeedStatus.IN_PROJECT)).toBe(false);
    expect(canMove(NeedStatus.SUBMITTED, NeedStatus.FULFILLED)).toBe(false);
    expect(canMove(NeedStatus.ACCEPTED, NeedStatus.FULFILLED)).toBe(false);
  });

  it('open needs are those a person may still support', () => {
    expect([...OPEN_NEED_STATUSES].sort()).toEqual(['ACCEPTED', 'CLAIMED', 'IN_PROJECT', 'SUBMITTED']);
  });
});

describe('similarity of need texts', () => {
  const q = (title: string, content = '') => ({ title, full: `${title} ${content}`.trim() });
  it('scores the same wish in other words above unrelated needs', () => {
    const same = similarityScore(q('我们楼想加装电梯', '老人爬楼梯很辛苦'), { title: '老公房加装电梯', content: '希望加装电梯,老人上下楼太难了' });
    const other = similarityScore(q('我们楼想加装电梯', '老人爬楼梯很辛苦'), { title: '周末书法班', content: '想给孩子报书法兴趣班' });
    expect(same).toBeGreaterThan(0.12);
    expect(other).toBeLessThan(0.05);
  });
  it('is 1 for identical text and ignores punctuation and width', () => {
    expect(similarityScore(q('楼道灯坏了!'), { title: '楼道灯坏了', content: '' })).toBeCloseTo(1, 5);
  });
});
