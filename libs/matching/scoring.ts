import { label, NEED_CATEGORIES, NeedCategory, ResourceCost, ResourceKind } from '@app/common/glossary';
import { bigramSet } from '@app/needs/classifier/need-classifier';
import { segmentWords } from '@app/common/segmenter';
import { MatchCode, NEUTRAL_SATISFACTION, RESOURCE_BASE, TRACK_RECORD_FULL } from './weights';

/**
 * The rules of every match as pure functions: evidence in, score and reasons out. Deterministic:
 * the same evidence always gives the same score, reasons and order.
 */
export interface MatchReason {
  code: MatchCode;
  text: string;
  /** this reason's share of the score (weight × signal) */
  weight: number;
}

export interface Scored {
  score: number;
  reasons: MatchReason[];
}

export interface PastProject {
  /** frozen (or live) satisfaction rate 0..1; null without an evaluation */
  satisfaction: number | null;
  completedAt: Date | null;
}

export interface ResourceEvidence {
  id: number;
  title: string;
  kind: ResourceKind;
  cost: ResourceCost;
  serves: boolean;
  /** text closeness to the project or need, 0..1 */
  fit: number;
}

export interface UnitEvidence {
  category: NeedCategory;
  past: PastProject[];
  /** false when nobody in the zone has completed a project of the category */
  zoneHasHistory: boolean;
  resources: ResourceEvidence[];
  pairedWith: string[];
  sameBuilding: string | null;
  openClaims?: number;
  reliability?: { started: number; onTime: number };
}

const YEAR = 365 * 24 * 3600 * 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const round = (x: number) => Math.round(x * 10000) / 10000;

export function recency(completedAt: Date | null, now: Date): number {
  if (!completedAt) return 0.3;
  const age = now.getTime() - completedAt.getTime();
  if (age <= YEAR) return 1;
  if (age <= 2 * YEAR) return 0.6;
  return 0.3;
}

/** 0..1 from the unit's completed projects of the category. */
export function trackSignal(past: PastProject[], now: Date): number {
  const sum = past.reduce((s, p) => s + (p.satisfaction ?? NEUTRAL_SATISFACTION) * recency(p.completedAt, now), 0);
  return Math.min(1, sum / TRACK_RECORD_FULL);
}

/** 0..1 for the best resource: serving the category counts RESOURCE_BASE, text closeness the rest. */
export function resourceSignal(r: ResourceEvidence): number {
  return (r.serves ? RESOURCE_BASE : 0) + (1 - RESOURCE_BASE) * r.fit;
}

/** A resource counts when it serves the category or its text is close to the project (fit ≥ 0.5). */
export function resourceCounts(r: ResourceEvidence): boolean {
  return r.serves || r.fit >= 0.5;
}

/** A reason whose sentence is written only when asked: a ranking writes them for the shown matches only. */
export interface LazyReason {
  code: MatchCode;
  weight: number;
  text: () => string;
}

/** A unit's score with its reasons unwritten; `written` gives the reasons as scoreUnit returns them. */
export interface LazyScored {
  score: number;
  reasons: LazyReason[];
  resourceIds: number[];
}

export const written = (reasons: LazyReason[]): MatchReason[] => reasons.map((r) => ({ code: r.code, text: r.text(), weight: r.weight }));

/** Scores a unit against a project or a need with the given weight table. */
export function scoreUnit(ev: UnitEvidence, weights: Partial<Record<MatchCode, number>>, now: Date): Scored & { resourceIds: number[] } {
  const s = scoreUnitLazily(ev, weights, now);
  return { score: s.score, reasons: written(s.reasons), resourceIds: s.resourceIds };
}

/** scoreUnit with the sentences left to write: the same score, reasons, order and weights. */
export function scoreUnitLazily(ev: UnitEvidence, weights: Partial<Record<MatchCode, number>>, now: Date): LazyScored {
  const reasons: LazyReason[] = [];
  const cat = () => label('NeedCategory', ev.category);
  const add = (code: MatchCode, signal: number, text: () => string) => {
    const w = weights[code];
    if (w === undefined) return;
    reasons.push({ code, text, weight: round(w * Math.max(0, Math.min(1, signal))) });
  };

  if ('TRACK_RECORD' in weights) {
    if (ev.past.length) {
      add('TRACK_RECORD', trackSignal(ev.past, now), () => {
        const recent = ev.past.filter((p) => recency(p.completedAt, now) === 1).length;
        const rated = ev.past.filter((p) => p.satisfaction !== null);
        const mean = rated.length ? rated.reduce((s, p) => s + p.satisfaction!, 0) / rated.length : null;
        const when = recent === ev.past.length ? `近一年完成「${cat()}」类项目${recent}个` : `完成「${cat()}」类项目${ev.past.length}个(近一年${recent}个)`;
        return mean === null ? `${when},尚无满意度评估` : `${when},平均满意率${pct(mean)}`;
      });
    } else if (!ev.zoneHasHistory) {
      add('TRACK_RECORD', 0, () => `本片区尚无「${cat()}」类项目的完成记录,暂按资源与结对推荐`);
    }
  }

  const counting = ev.resources.filter(resourceCounts).sort((a, b) => resourceSignal(b) - resourceSignal(a) || a.id - b.id);
  if (counting.length && 'RESOURCE' in weights) {
    const best = counting[0];
    add('RESOURCE', resourceSignal(best), () => {
      const names = counting.slice(0, 2).map((r) => `「${r.title}」(${label('ResourceKind', r.kind)},${label('ResourceCost', r.cost)})`).join('、');
      const more = counting.length > 2 ? `等${counting.length}项资源` : '';
      const close = best.fit >= 0.5 ? ',内容与之相近' : '';
      return best.serves ? `提供${names}${more},可服务「${cat()}」${close}` : `提供${names}${more}${close}`;
    });
  }

  if (ev.pairedWith.length) add('PAIRING', 1, () => `所在楼宇与${ev.pairedWith.join('、')}两楼结对`);
  if (ev.sameBuilding) add('PROXIMITY', 1, () => `与需求同在${ev.sameBuilding}`);

  if (ev.openClaims !== undefined && 'CAPACITY' in weights) {
    const open = ev.openClaims;
    add('CAPACITY', 1 / (1 + open), () => (open ? `目前有${open}个认领在进行中` : '目前没有进行中的认领,有余力承接'));
  }
  if (ev.reliability && ev.reliability.started > 0) {
    const { started, onTime } = ev.reliability;
    add('RELIABILITY', onTime / started, () => `${started}次认领中${onTime}次在开始实施后30天内上报了进度`);
  }

  reasons.sort((a, b) => b.weight - a.weight || order(a.code) - order(b.code));
  const score = round(Math.min(1, reasons.reduce((s, r) => s + r.weight, 0)));
  return { score, reasons, resourceIds: counting.map((r) => r.id) };
}

export interface PersonEvidence {
  willing: boolean;
  category: NeedCategory;
  matchedSpecialties: string[];
  isPartyMember: boolean;
  near: string | null;
}

export function scorePerson(ev: PersonEvidence, weights: Partial<Record<MatchCode, number>>): Scored {
  const reasons: MatchReason[] = [];
  const willing = (ev.willing ? 0.7 : 0) + (ev.matchedSpecialties.length ? 0.3 : 0);
  if (willing > 0) {
    const parts: string[] = [];
    if (ev.willing) parts.push(`亮意愿:愿意参与「${label('NeedCategory', ev.category)}」`);
    if (ev.matchedSpecialties.length) parts.push(`亮特长:${ev.matchedSpecialties.join('、')}`);
    if (ev.isPartyMember) parts.push('已亮明党员身份');
    reasons.push({ code: 'WILLINGNESS', text: parts.join(';'), weight: round((weights.WILLINGNESS ?? 0) * willing) });
  }
  if (ev.near) reasons.push({ code: 'PROXIMITY', text: ev.near, weight: round(weights.PROXIMITY ?? 0) });
  reasons.sort((a, b) => b.weight - a.weight || order(a.code) - order(b.code));
  return { score: round(Math.min(1, reasons.reduce((s, r) => s + r.weight, 0))), reasons };
}

const ORDER: MatchCode[] = ['TRACK_RECORD', 'RESOURCE', 'PAIRING', 'PROXIMITY', 'CAPACITY', 'RELIABILITY', 'WILLINGNESS'];
const order = (c: MatchCode) => ORDER.indexOf(c);

// ── text closeness ─────────────────────────────────────────────────────────

/**
 * What text closeness is computed from: content words (jieba) and character bigrams (as needs
 * compare), each also as sorted ids (interned once per process), so a comparison is a merge of two
 * short integer arrays rather than string hashing — a ranking compares every resource with its target.
 */
export interface TextFeatures {
  words: Set<string>;
  bigrams: Set<string>;
  wordIds: Int32Array;
  bigramIds: Int32Array;
}

/** Content words (two characters or more) of a text, through the shared jieba segmenter. */
export function contentWords(text: string): Set<string> {
  return new Set(segmentWords(text).filter((w) => Array.from(w).length >= 2));
}

const interned = new Map<string, number>();
function idsOf(tokens: Set<string>): Int32Array {
  const ids = new Int32Array(tokens.size);
  let i = 0;
  for (const t of tokens) {
    let id = interned.get(t);
    if (id === undefined) interned.set(t, (id = interned.size));
    ids[i++] = id;
  }
  return ids.sort();
}

export function textFeatures(text: string): TextFeatures {
  const words = contentWords(text);
  const bigrams = bigramSet(text);
  return { words, bigrams, wordIds: idsOf(words), bigramIds: idsOf(bigrams) };
}

/** How many ids two ascending arrays of distinct ids share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

function jaccard(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/**
 * How close a resource's text is to a project's or need's text, 0..1: the larger of the share of
 * the resource's content words found in the other text, and the needs' character-bigram Jaccard
 * similarity (scaled ×4: texts of different length rarely pass 0.25).
 */
export function textFit(resource: TextFeatures, other: TextFeatures): number {
  const shared = resource.wordIds.length ? sharedCount(resource.wordIds, other.wordIds) : 0;
  const words = resource.wordIds.length ? shared / Math.min(resource.wordIds.length, Math.max(1, other.wordIds.length)) : 0;
  const bigrams = Math.min(1, jaccard(resource.bigramIds, other.bigramIds) * 4);
  return Math.round(Math.min(1, Math.max(words, bigrams)) * 1000) / 1000;
}

/** Bounded cache of text features by key and version, so a ranking does not cut the same text twice. */
export class TextCache {
  private readonly map = new Map<string, { version: number; features: TextFeatures }>();
  constructor(private readonly limit = 50_000) {}
  get(key: string, version: number): TextFeatures | null {
    const hit = this.map.get(key);
    return hit && hit.version === version ? hit.features : null;
  }
  features(key: string, version: number, text: string): TextFeatures {
    const hit = this.get(key, version);
    if (hit) return hit;
    const features = textFeatures(text);
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, { version, features });
    return features;
  }
}

// ── categories as bits ─────────────────────────────────────────────────────

export function categoryBit(c: NeedCategory): number {
  return 1 << NEED_CATEGORIES.indexOf(c);
}
export function toMask(categories: NeedCategory[]): number {
  return categories.reduce((m, c) => m | categoryBit(c), 0);
}
export function fromMask(mask: number): NeedCategory[] {
  return NEED_CATEGORIES.filter((c) => (mask & categoryBit(c)) !== 0);
}
