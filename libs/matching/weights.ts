/**
 * The weights of every match, in one place (domain.md §8). A score is the sum, over its reasons,
 * of weight × signal, where each signal is in [0, 1]; the weights of a table sum to 1, so every
 * score is in [0, 1]. Each reason carries its code, its share of the score and a sentence naming
 * the evidence. The console's help shows this table (query `matchingWeights`).
 */
export const MatchCode = {
  TRACK_RECORD: 'TRACK_RECORD',
  RESOURCE: 'RESOURCE',
  PAIRING: 'PAIRING',
  PROXIMITY: 'PROXIMITY',
  CAPACITY: 'CAPACITY',
  RELIABILITY: 'RELIABILITY',
  WILLINGNESS: 'WILLINGNESS',
} as const;
export type MatchCode = (typeof MatchCode)[keyof typeof MatchCode];

/** Units for a project or a need (suggestUnits, suggestUnitsForNeed). */
export const UNIT_WEIGHTS: Partial<Record<MatchCode, number>> = {
  TRACK_RECORD: 0.35,
  RESOURCE: 0.25,
  PAIRING: 0.15,
  PROXIMITY: 0.1,
  CAPACITY: 0.08,
  RELIABILITY: 0.07,
};

/**
 * Projects and wishes for one unit (recommendedProjects, recommendedWishes): the unit's capacity
 * and reliability are the same for every candidate, so the other four weights, rescaled to sum to 1.
 */
export const FOR_UNIT_WEIGHTS: Partial<Record<MatchCode, number>> = rescale(UNIT_WEIGHTS, ['TRACK_RECORD', 'RESOURCE', 'PAIRING', 'PROXIMITY']);

/** People for a project (suggestVolunteers). */
export const VOLUNTEER_WEIGHTS: Partial<Record<MatchCode, number>> = {
  WILLINGNESS: 0.7,
  PROXIMITY: 0.3,
};

/** How each signal is measured; shown with the weights. */
export const SIGNAL_RULES: Record<MatchCode, { zh: string; en: string }> = {
  TRACK_RECORD: {
    zh: '已完成的同类项目:每个按已结束问卷的满意率计分(未评估按60%),近一年的全计、一至两年计六成、更早计三成,合计满2个满分',
    en: 'completed projects of the category, each counted by the satisfaction rate of its closed surveys (60% when not evaluated), in full within a year, 60% within two, 30% before; two make a full signal',
  },
  RESOURCE: {
    zh: '可用资源:服务该类别计0.6,另按资源与项目/需求文字的相近程度(结巴分词与字符二元组)最多加0.4;已撤下的资源不计',
    en: 'available resources: 0.6 for one serving the category, up to 0.4 more for how close its text is to the project or need (jieba words and character bigrams); withdrawn resources do not count',
  },
  PAIRING: { zh: '单位所在楼宇与来源需求的居民区两楼结对', en: "the unit's building is paired with the community of the source needs" },
  PROXIMITY: { zh: '与需求同在一栋楼宇(志愿者:住在来源需求的居民区或在其楼宇工作)', en: 'same building as the need (people: living in the community or working in the building of the source needs)' },
  CAPACITY: { zh: '进行中的认领越多越低:1/(1+进行中认领数)', en: 'lower with more claims in progress: 1/(1 + open claims)' },
  RELIABILITY: {
    zh: '同类项目已开始实施的认领里,开始实施后30天内上报了进度的比例',
    en: 'share of its started claims in the category with progress reported within 30 days of the start',
  },
  WILLINGNESS: {
    zh: '亮意愿包含该类别计0.7,亮特长与项目文字相关计0.3',
    en: 'willing to serve the category (0.7), a specialty that appears in the project (0.3)',
  },
};

export const NEUTRAL_SATISFACTION = 0.6;
export const TRACK_RECORD_FULL = 2;
export const RESOURCE_BASE = 0.6;
export const RELIABILITY_DAYS = 30;
/** recommendedProjects / recommendedWishes consider at most this many newest candidates */
export const CANDIDATE_LIMIT = 300;

function rescale(table: Partial<Record<MatchCode, number>>, keep: MatchCode[]): Partial<Record<MatchCode, number>> {
  const total = keep.reduce((s, c) => s + (table[c] ?? 0), 0);
  return Object.fromEntries(keep.map((c) => [c, (table[c] ?? 0) / total]));
}
