import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';
import { CATEGORY_KEYWORDS } from './category-keywords';
import { crossValidate, stratifiedFolds } from './cross-validate';
import { loadLabeledFixture, NeedClassifier, NeedSuggestion, textSimilarity, tokenizeNgrams } from './need-classifier';

// the labelled needs shipped beside the classifier (libs/needs/classifier/fixtures)
const data = loadLabeledFixture();
const trained = NeedClassifier.fromExamples(data);

function expectWellFormed(s: NeedSuggestion): void {
  expect(s.ranking.map((r) => r.category).sort()).toEqual([...NEED_CATEGORIES].sort());
  const sum = s.ranking.reduce((a, r) => a + r.probability, 0);
  expect(sum).toBeCloseTo(1, 10);
  for (let i = 1; i < s.ranking.length; i++) expect(s.ranking[i - 1].probability).toBeGreaterThanOrEqual(s.ranking[i].probability);
  for (const r of s.ranking) {
    expect(r.probability).toBeGreaterThanOrEqual(0);
    expect(r.probability).toBeLessThanOrEqual(1);
  }
  expect(s.category).toBe(s.ranking[0].category);
  expect(s.confidence).toBe(s.ranking[0].probability);
}

describe('loadLabeledFixture', () => {
  it('reads the 112 labelled needs, 16 per category, as title + content', () => {
    expect(data).toHaveLength(112);
    for (const c of NEED_CATEGORIES) expect(data.filter((d) => d.category === c)).toHaveLength(16);
    expect(data[0].text).toBe(`${data[0].title} ${data[0].content}`);
  });
});

describe('tokenizeNgrams', () => {
  it('gives the character 1–3-grams in reading order', () => {
    expect(tokenizeNgrams('加装电梯')).toEqual(['加', '加装', '加装电', '装', '装电', '装电梯', '电', '电梯', '梯']);
  });

  it('does not cross punctuation or spaces and folds full-width letters', () => {
    const grams = tokenizeNgrams('噪音，扰民 ＡＢ');
    expect(grams).toContain('噪音');
    expect(grams).toContain('扰民');
    expect(grams).toContain('ab');
    expect(grams.some((g) => g.includes('音扰') || g.includes('，'))).toBe(false);
  });
});

describe('NeedClassifier.suggest', () => {
  it.each<[string, NeedCategory]>([
    ['小区电梯坏了很久希望维修更换', 'COMMUNITY_AFFAIRS'],
    ['希望组织白领志愿者参加公益活动', 'VALUE_REALIZATION'],
    ['楼下棋牌室每晚噪音扰民，希望有人管一管', 'SOCIAL_MANAGEMENT'],
    ['社区能否开设老年助餐点，方便独居老人吃饭', 'PUBLIC_SERVICE'],
    ['希望写字楼把闲置的会议室借给居民区开会', 'RESOURCE_INTEGRATION'],
    ['春节想办一场邻里联欢晚会', 'CULTURE_SHARING'],
    ['建议开展文明楼组评选并表彰先进', 'CREATION_SELECTION'],
  ])('%s → %s', (text, expected) => {
    const s = trained.suggest(text);
    expect(s.category).toBe(expected);
    expect(s.confidence).toBeGreaterThan(0.5);
  });

  it('suggests from the domain vocabulary alone, before any need is labelled', () => {
    const fresh = new NeedClassifier();
    expect(fresh.exampleCount).toBe(0);
    expect(fresh.suggest('小区电梯坏了很久希望维修更换').category).toBe('COMMUNITY_AFFAIRS');
    expect(fresh.suggest('希望组织白领志愿者参加公益活动').category).toBe('VALUE_REALIZATION');
  });

  it('returns every category once, sorted, with probabilities summing to 1', () => {
    for (const text of ['小区电梯坏了很久希望维修更换', '', '   ', 'hello world', '？？？', data[5].text, '的'.repeat(2000)]) {
      expectWellFormed(trained.suggest(text));
    }
  });

  it('is deterministic: the same examples give the same suggestions', () => {
    const again = NeedClassifier.fromExamples(data);
    for (const d of data.slice(0, 20)) expect(again.suggest(d.text)).toEqual(trained.suggest(d.text));
  });
});

describe('NeedClassifier.learn', () => {
  it('shifts a prediction toward the categories staff confirm', () => {
    const classifier = NeedClassifier.fromExamples(data);
    const text = '快递柜太少，包裹经常没地方放';
    const before = classifier.suggest(text);
    expect(before.category).not.toBe('COMMUNITY_AFFAIRS');
    const p = (s: NeedSuggestion) => s.ranking.find((r) => r.category === 'COMMUNITY_AFFAIRS')!.probability;

    classifier.learn('小区快递柜不够用，希望增加快递柜', 'COMMUNITY_AFFAIRS');
    const once = classifier.suggest(text);
    expect(p(once)).toBeGreaterThan(p(before));

    classifier.learn('楼下快递柜坏了，包裹没地方放', 'COMMUNITY_AFFAIRS');
    classifier.learn('建议在小区门口增设智能快递柜', 'COMMUNITY_AFFAIRS');
    expect(classifier.suggest(text).category).toBe('COMMUNITY_AFFAIRS');
    expect(classifier.exampleCount).toBe(data.length + 3);
  });

  it('refuses an unknown category', () => {
    expect(() => new NeedClassifier().learn('文本', 'NOT_A_CATEGORY' as NeedCategory)).toThrow(/unknown need category/);
  });
});

describe('NeedClassifier.explain', () => {
  it('names the n-grams and keywords that pushed toward the category', () => {
    const features = trained.explain('小区电梯坏了很久希望维修更换', 'COMMUNITY_AFFAIRS');
    expect(features.length).toBeGreaterThan(0);
    const top = features.slice(0, 2);
    expect(top).toEqual(expect.arrayContaining([expect.objectContaining({ feature: '电梯', keyword: true })]));
    for (const f of features) expect(f.weight).toBeGreaterThan(0);
    for (let i = 1; i < features.length; i++) expect(features[i - 1].weight).toBeGreaterThanOrEqual(features[i].weight);
    // 电 is inside 电梯, already listed
    expect(features.map((f) => f.feature)).not.toContain('电');
  });

  it('has nothing to say for a category the text does not lean toward', () => {
    const features = trained.explain('小区电梯坏了很久希望维修更换', 'CREATION_SELECTION');
    expect(features.map((f) => f.feature)).not.toContain('电梯');
  });
});

describe('cross-validation on the labelled fixture', () => {
  it('deals stratified folds: each fold holds 1–2 needs of every category', () => {
    const folds = stratifiedFolds(data, 10, 20240601);
    for (let f = 0; f < 10; f++) {
      for (const c of NEED_CATEGORIES) {
        const n = data.filter((d, i) => folds[i] === f && d.category === c).length;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(2);
      }
    }
  });

  it('reaches top-1 ≥ 90% and top-2 ≥ 98% on needs it has not seen (10-fold, seed 20240601)', () => {
    const result = crossValidate(data, 10, 20240601);
    expect(result.n).toBe(112);
    expect(result.top1).toBeGreaterThanOrEqual(0.9);
    expect(result.top2).toBeGreaterThanOrEqual(0.98);
    for (const c of result.perCategory) expect(c.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('owes its accuracy to the labelled examples as well as the keywords', () => {
    const ngramsOnly = crossValidate(data, 10, 20240601, { keywords: {} });
    expect(ngramsOnly.top1).toBeGreaterThan(0.5); // well above chance (1/7)
    expect(crossValidate(data, 10, 20240601).top1).toBeGreaterThan(ngramsOnly.top1);
  });
});

describe('category keywords', () => {
  it('covers every category with generic words, none of them a whole labelled title', () => {
    const titles = new Set(data.map((d) => d.title));
    for (const c of NEED_CATEGORIES) {
      expect(CATEGORY_KEYWORDS[c].length).toBeGreaterThan(10);
      for (const w of CATEGORY_KEYWORDS[c]) expect(titles.has(w)).toBe(false);
    }
  });
});

describe('textSimilarity', () => {
  const a = '小区电梯坏了很久，希望维修更换';
  const nearDuplicate = '小区的电梯坏了很久了，希望尽快维修';
  const unrelated = '希望举办社区书画展，展示居民作品';

  it('scores near-duplicates above unrelated needs', () => {
    expect(textSimilarity(a, nearDuplicate)).toBeGreaterThan(0.4);
    expect(textSimilarity(a, unrelated)).toBeLessThan(0.1);
    expect(textSimilarity(a, nearDuplicate)).toBeGreaterThan(textSimilarity(a, unrelated));
  });

  it('is 1 for the same wording, symmetric, and within 0..1', () => {
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity(a, '小区电梯坏了很久 希望维修更换!')).toBe(1); // punctuation ignored
    expect(textSimilarity(a, nearDuplicate)).toBe(textSimilarity(nearDuplicate, a));
    expect(textSimilarity('', a)).toBe(0);
    for (const d of data.slice(0, 10)) {
      const s = textSimilarity(a, d.text);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
