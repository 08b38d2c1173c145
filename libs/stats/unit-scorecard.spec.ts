import { SCORECARD_WEIGHTS, ScorecardFigures, scoreUnits } from './unit-scorecard';

const unit = (unitId: number, f: Partial<ScorecardFigures> = {}): ScorecardFigures => ({
  unitId,
  claims: 0,
  completed: 0,
  completedOnTime: 0,
  released: 0,
  satisfactionRate: null,
  fundsSpentFen: 0,
  beneficiaries: 0,
  volunteers: 0,
  wishesLit: 0,
  ...f,
});

describe('unit scorecard (目标考核)', () => {
  it('the positive weights add up to 100 points', () => {
    const positive = SCORECARD_WEIGHTS.filter((w) => w.weight > 0).reduce((s, w) => s + w.weight, 0);
    expect(positive).toBeCloseTo(1, 10);
  });

  it('a unit best at everything scores 100; one that did nothing scores 0', () => {
    const best = unit(1, { claims: 2, completed: 2, completedOnTime: 2, satisfactionRate: 1, fundsSpentFen: 500, beneficiaries: 80, volunteers: 10, wishesLit: 3 });
    const [first, second] = scoreUnits([unit(2), best]);
    expect(first).toMatchObject({ unitId: 1, score: 100, rank: 1 });
    expect(second).toMatchObject({ unitId: 2, score: 0, rank: 2 });
  });

  it('ties share a rank and the next rank skips (1, 1, 3)', () => {
    const same = { claims: 1, completed: 1, completedOnTime: 1, satisfactionRate: 0.9 };
    const ranked = scoreUnits([unit(3, same), unit(1, same), unit(2, { claims: 1 })]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      [1, 1],
      [3, 1],
      [2, 3],
    ]);
  });

  it('released claims count against, late completion earns less, and the score never goes below 0', () => {
    const onTime = unit(1, { claims: 2, completed: 2, completedOnTime: 2 });
    const late = unit(2, { claims: 2, completed: 2, completedOnTime: 0 });
    const released = unit(3, { claims: 2, completed: 2, completedOnTime: 2, released: 1 });
    const quitter = unit(4, { claims: 1, released: 1 });
    const byId = new Map(scoreUnits([onTime, late, released, quitter]).map((r) => [r.unitId, r.score]));
    expect(byId.get(1)).toBe(45); // 30 completed + 15 on time
    expect(byId.get(2)).toBe(30);
    expect(byId.get(3)).toBe(40); // 45 − 10 × 1/2
    expect(byId.get(4)).toBe(0);
  });
});
