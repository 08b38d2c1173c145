import { join } from 'node:path';
import { segmentLowerCased, segmentWords } from '@app/common/segmenter';
import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';
import { CATEGORY_KEYWORDS } from './category-keywords';
import { CATEGORY_INDEX, stratifiedFolds } from './category-model';
import { extractFeatures, featureText, normalizeText } from './features';
import { learningCurve } from './learning-curve';
import { NeedClassifier, NeedSuggestion, textSimilarity, ZoneAdaptation } from './need-classifier';
import { hardness, loadTrainingSet, trainingDataDir } from './training-set';
import { UNSEEN_NEEDS } from './unseen-needs';

const data = loadTrainingSet();
const shipped = NeedClassifier.shipped();

function expectWellFormed(s: NeedSuggestion, text: string): void {
  expect(s.ranking.map((r) => r.category).sort()).toEqual([...NEED_CATEGORIES].sort());
  expect(s.ranking.reduce((a, r) => a + r.probability, 0)).toBeCloseTo(1, 10);
  for (let i = 1; i < s.ranking.length; i++) expect(s.ranking[i - 1].probability).toBeGreaterThanOrEqual(s.ranking[i].probability);
  expect(s.category).toBe(s.ranking[0].category);
  expect(s.suggestions).toHaveLength(3);
  expect(s.suggestions.map((x) => x.category)).toEqual(s.ranking.slice(0, 3).map((r) => r.category));
  const normalized = normalizeText(text);
  for (const x of s.suggestions) for (const word of x.because) expect(normalized).toContain(word);
}

describe('the training set', () => {
  it('is the 601 labelled needs of both files, read from the repository, 85–86 per category', () => {
    expect(trainingDataDir()).toBe(join(__dirname, 'data'));
    expect(data).toHaveLength(601);
    expect(new Set(data.map((d) => d.file.split(/[\\/]/).pop()))).toEqual(new Set(['needs-labeled.jsonl', 'needs-labeled-more.jsonl']));
    for (const c of NEED_CATEGORIES) expect(data.filter((d) => d.category === c).length).toBeGreaterThanOrEqual(85);
    expect(data[0].text).toBe(`${data[0].title} ${data[0].content}`);
  });

  it('marks long, colloquial and mixed Chinese–English needs as the hard part', () => {
    expect(hardness('楼道灯坏了').hard).toBe(false);
    expect(hardness('阿拉楼里电梯坏了').colloquial).toBe(true);
    expect(hardness('想组织一个charity run').mixed).toBe(true);
    expect(hardness('很'.repeat(60)).long).toBe(true);
  });
});

describe('features', () => {
  it('reads words, word pairs, characters and the §3 vocabulary of a text', () => {
    const f = extractFeatures('希望加装电梯');
    expect(f.get('w:电梯')).toBe(1);
    expect([...f.keys()].some((k) => k.startsWith('b:') && featureText(k).includes('电梯'))).toBe(true);
    expect(f.get('c:电梯')).toBe(1);
    expect(f.get('c:梯')).toBe(1);
    expect(f.get('v:COMMUNITY_AFFAIRS')).toBe(1);
    // width folded and lower-cased, no n-gram across punctuation
    const g = extractFeatures('噪音，扰民 ＡＢＣ');
    expect(g.has('w:abc')).toBe(true);
    expect(g.has('c:音扰')).toBe(false);
  });

  it('has a vocabulary for every category, each list opening with the category name of §3', () => {
    for (const c of NEED_CATEGORIES) expect(CATEGORY_KEYWORDS[c].length).toBeGreaterThan(5);
  });
});

describe('NeedClassifier.suggest', () => {
  it('is well formed for ordinary, empty and odd texts; every reason occurs in the text', () => {
    for (const text of ['小区电梯坏了很久希望维修更换', '', '   ', 'hello world', '？？？', data[5].text, '的'.repeat(2000)]) {
      expectWellFormed(shipped.suggest(text), text);
    }
  });

  it('gives the reasons a person would name', () => {
    const s = shipped.suggest('小区电梯坏了很久希望维修更换');
    expect(s.category).toBe('COMMUNITY_AFFAIRS');
    expect(s.suggestions[0].because).toContain('电梯');
    const v = shipped.suggest('希望组织白领志愿者参加公益活动');
    expect(v.category).toBe('VALUE_REALIZATION');
    expect(v.suggestions[0].because.join(' ')).toMatch(/志愿者|公益/);
  });

  it('is deterministic: the same training needs give the same suggestions', () => {
    const again = NeedClassifier.fromExamples(data);
    for (const d of data.slice(0, 10)) expect(again.suggest(d.text)).toEqual(shipped.suggest(d.text));
  });
});

describe('needs the platform has never seen (written for this test, in no training file)', () => {
  it.each(UNSEEN_NEEDS.map((n) => [n.category, n.text] as [NeedCategory, string]))('%s in the top 2: %s', (category, text) => {
    const s = shipped.suggest(text);
    expect(s.suggestions.slice(0, 2).map((x) => x.category)).toContain(category);
    const normalized = normalizeText(text);
    for (const x of s.suggestions) for (const word of x.because) expect(normalized).toContain(word);
    expect(s.suggestions.find((x) => x.category === category)!.because.length).toBeGreaterThan(0);
  });
});

describe('learning a zone\'s habits from its staff decisions', () => {
  it('moves the words of the decisions toward the category the zone chose', () => {
    const zone = new ZoneAdaptation(shipped);
    const text = '家里水管爆了,想请师傅上门修一修';
    const before = shipped.suggest(text, zone);
    expect(before.category).toBe('PUBLIC_SERVICE');
    for (let i = 0; i < 30; i++) zone.learn(['厨房水管漏水请师傅来修', '卫生间水管坏了想找人修', '水管老化经常漏水'][i % 3], 'COMMUNITY_AFFAIRS');
    const after = shipped.suggest(text, zone);
    const p = (x: NeedSuggestion) => x.ranking.find((r) => r.category === 'COMMUNITY_AFFAIRS')!.probability;
    expect(p(after)).toBeGreaterThan(p(before) + 0.2);
    expect(after.suggestions.slice(0, 2).map((x) => x.category)).toContain('COMMUNITY_AFFAIRS');
    expect(after.suggestions.find((x) => x.category === 'COMMUNITY_AFFAIRS')!.because).toContain('水管');
    expectWellFormed(after, text); // the zone's reasons too are words of the text
    // a need like the ones decided is now filed as the zone files them
    expect(shipped.suggest('卫生间水管漏水,想找人来修', zone).category).toBe('COMMUNITY_AFFAIRS');
    // a need on another topic keeps its category
    expect(shipped.suggest('建议评选最美家庭并表彰', zone).category).toBe('CREATION_SELECTION');
  });

  it('keeps only the zone\'s last 500 decisions', () => {
    const zone = new ZoneAdaptation(shipped);
    for (let i = 0; i < 510; i++) zone.learn(`需求${i}`, 'CULTURE_SHARING');
    expect(zone.size).toBe(500);
  });

  it('the learning curve rises: after 20 and 50 disagreeing decisions the suggestion follows the zone', () => {
    const curve = learningCurve(data, { folds: 2, steps: [0, 20, 50] });
    expect(curve[0].habitTop1).toBeLessThan(0.2); // the shipped model files them as the training set does
    expect(curve[1].habitTop2).toBeGreaterThan(curve[0].habitTop2);
    expect(curve[2].habitTop1).toBeGreaterThan(curve[1].habitTop1);
    expect(curve[2].habitTop1).toBeGreaterThan(curve[0].habitTop1 + 0.2);
    // the other categories do not collapse toward the zone's habit
    expect(curve[2].othersTop1).toBeGreaterThan(curve[0].othersTop1 - 0.1);
  }, 120_000);
});

describe('stratified folds', () => {
  it('put 8–9 needs of every category in each of 10 folds', () => {
    const folds = stratifiedFolds(
      data.map((d) => CATEGORY_INDEX.get(d.category)!),
      10,
      20240601,
    );
    for (let f = 0; f < 10; f++) {
      for (const c of NEED_CATEGORIES) {
        const n = data.filter((d, i) => folds[i] === f && d.category === c).length;
        expect(n).toBeGreaterThanOrEqual(8);
        expect(n).toBeLessThanOrEqual(9);
      }
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
  });

  it('is 1 for the same wording, symmetric, and within 0..1', () => {
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity(a, '小区电梯坏了很久 希望维修更换!')).toBe(1);
    expect(textSimilarity(a, nearDuplicate)).toBe(textSimilarity(nearDuplicate, a));
    expect(textSimilarity('', a)).toBe(0);
  });
});

describe('the segmenter on normalised text', () => {
  it('segmentLowerCased gives the words of segmentWords (the labelled needs, width, case, astral and numeric characters)', () => {
    const extra = ['ＡＢＣ Mentor WIFI 阿拉 覅 𠮷野家 ΣΑΣ İstanbul 123 ①② 〇 ½', '  电梯\u3000加装 ', ''];
    for (const text of [...data.map((d) => d.text), ...extra]) {
      const normalized = normalizeText(text);
      expect(segmentLowerCased(normalized)).toEqual(segmentWords(normalized));
    }
  });
});
