/**
 * 目标考核: how a member unit's year is scored. The one place the weights live; the console shows
 * them beside the ranking (query `scorecardWeights`), and the Excel report lists them under its
 * scorecard sheet.
 *
 * Each part is a share in [0, 1]:
 *  - counts (completed projects, beneficiaries, volunteers, wishes lit, funds spent) are divided by
 *    the best unit of the zone that year, so the best unit gets 1 and a zone of small units is not
 *    punished for its size;
 *  - rates (on time, satisfaction) are rates: completed on time / completed, the satisfied share
 *    of the frozen evaluations of its completed projects (no evaluation → 0 for that part);
 *  - releases count against: released claims / claims.
 * The score is 100 × Σ weight × part, rounded to one decimal, never below 0; ties share a rank.
 */
export interface ScorecardFigures {
  unitId: number;
  claims: number;
  completed: number;
  completedOnTime: number;
  released: number;
  /** satisfied responses / responses over the frozen evaluations of its completed projects; null with none */
  satisfactionRate: number | null;
  fundsSpentFen: number;
  beneficiaries: number;
  volunteers: number;
  wishesLit: number;
}

export interface ScorecardPart {
  key: keyof Omit<ScorecardFigures, 'unitId' | 'claims'> | 'onTimeRate';
  weight: number;
  zh: string;
  en: string;
  how: string;
}

export const SCORECARD_WEIGHTS: ScorecardPart[] = [
  { key: 'completed', weight: 0.3, zh: '完成项目', en: 'Projects completed', how: '完成数 ÷ 本片区最多者' },
  { key: 'onTimeRate', weight: 0.15, zh: '按期完成率', en: 'Completed on time', how: '按期完成数 ÷ 完成数（无截止日期的按期计）' },
  { key: 'satisfactionRate', weight: 0.25, zh: '满意率', en: 'Satisfaction', how: '已完成项目定格评估中满意（4–5分）的比例' },
  { key: 'beneficiaries', weight: 0.1, zh: '受益人数', en: 'Beneficiaries', how: '受益人数 ÷ 本片区最多者' },
  { key: 'volunteers', weight: 0.05, zh: '志愿者', en: 'Volunteers', how: '认领时承诺的志愿者人数 ÷ 本片区最多者' },
  { key: 'wishesLit', weight: 0.1, zh: '点亮心愿', en: 'Wishes lit', how: '点亮的微心愿数 ÷ 本片区最多者' },
  { key: 'fundsSpentFen', weight: 0.05, zh: '投入资金', en: 'Funds spent', how: '已使用资金 ÷ 本片区最多者' },
  { key: 'released', weight: -0.1, zh: '退出认领', en: 'Claims released', how: '退出的认领 ÷ 认领数（扣分）' },
];

export interface ScoredUnit extends ScorecardFigures {
  score: number;
  rank: number;
}

const share = (value: number, best: number) => (best > 0 ? value / best : 0);

/** Scores and ranks a zone's units for a year: best first, ties (same score) share a rank (1, 1, 3). */
export function scoreUnits(units: ScorecardFigures[]): ScoredUnit[] {
  const best = {
    completed: Math.max(0, ...units.map((u) => u.completed)),
    beneficiaries: Math.max(0, ...units.map((u) => u.beneficiaries)),
    volunteers: Math.max(0, ...units.map((u) => u.volunteers)),
    wishesLit: Math.max(0, ...units.map((u) => u.wishesLit)),
    fundsSpentFen: Math.max(0, ...units.map((u) => u.fundsSpentFen)),
  };
  const parts = (u: ScorecardFigures): Record<ScorecardPart['key'], number> => ({
    completed: share(u.completed, best.completed),
    onTimeRate: u.completed > 0 ? u.completedOnTime / u.completed : 0,
    completedOnTime: 0,
    satisfactionRate: u.satisfactionRate ?? 0,
    beneficiaries: share(u.beneficiaries, best.beneficiaries),
    volunteers: share(u.volunteers, best.volunteers),
    wishesLit: share(u.wishesLit, best.wishesLit),
    fundsSpentFen: share(u.fundsSpentFen, best.fundsSpentFen),
    released: u.claims > 0 ? u.released / u.claims : 0,
  });
  const scored = units.map((u) => {
    const p = parts(u);
    const raw = SCORECARD_WEIGHTS.reduce((sum, w) => sum + w.weight * p[w.key], 0);
    return { ...u, score: Math.max(0, Math.round(raw * 1000) / 10), rank: 0 };
  });
  scored.sort((a, b) => b.score - a.score || a.unitId - b.unitId);
  scored.forEach((u, i) => (u.rank = i > 0 && scored[i - 1].score === u.score ? scored[i - 1].rank : i + 1));
  return scored;
}
