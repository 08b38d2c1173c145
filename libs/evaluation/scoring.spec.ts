import { Dimension } from '@app/common/glossary';
import { rankByVotes, resultFromSums, ResponseSums, scoreResponse, ScoredQuestion, wilsonInterval } from './scoring';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

describe('wilsonInterval (95%)', () => {
  it('98 of 100 gives 0.9300–0.9945', () => {
    const i = wilsonInterval(98, 100);
    expect(round4(i.low)).toBe(0.93);
    expect(round4(i.high)).toBe(0.9945);
  });

  it('matches hand-computed values', () => {
    // p = 0.5, n = 100: center 0.5, half = 1.959964·sqrt(0.0025 + 0.0000960)/1.0384146 = 0.0962
    const half = wilsonInterval(50, 100);
    expect(round4(half.low)).toBe(0.4038);
    expect(round4(half.high)).toBe(0.5962);
    // 0 of 10: low 0, high = z²/n / (1 + z²/n) = 0.38415/1.38415
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(round4(none.high)).toBe(0.2775);
    // 10 of 10 mirrors it
    const all = wilsonInterval(10, 10);
    expect(round4(all.low)).toBe(0.7225);
    expect(all.high).toBe(1);
    // 1 of 1
    const one = wilsonInterval(1, 1);
    expect(round4(one.low)).toBe(0.2065);
  });

  it('knows nothing without observations, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
  });

  it('always contains the observed rate', () => {
    for (const [k, n] of [[1, 3], [7, 9], [118, 120], [0, 1]]) {
      const i = wilsonInterval(k, n);
      expect(i.low).toBeLessThanOrEqual(k / n);
      expect(i.high).toBeGreaterThanOrEqual(k / n);
    }
  });
});

const Q = (id: number, dimension: Dimension, weight = 1): ScoredQuestion => ({ id, text: `问题${id}`, dimension, weight });

describe('scoreResponse', () => {
  const questions = [
    Q(1, Dimension.IMPLEMENTATION, 2),
    Q(2, Dimension.IMPLEMENTATION, 1),
    Q(3, Dimension.FUNDS, 1),
    Q(4, Dimension.PROCESS_QUALITY, 0.5),
    Q(5, Dimension.OVERALL, 1),
  ];
  const answers = (scores: number[]) => scores.map((score, i) => ({ questionId: i + 1, score }));

  it('computes dimension means and the weighted index by hand', () => {
    const s = scoreResponse(questions, answers([5, 2, 4, 3, 4]));
    expect(s.overallScore).toBe(4);
    expect(s.implementationMean).toBe(3.5); // (5 + 2) / 2, unweighted
    expect(s.fundsMean).toBe(4);
    expect(s.processQualityMean).toBe(3);
    // (2·5 + 1·2 + 1·4 + 0.5·3) / (2 + 1 + 1 + 0.5) = 17.5 / 4.5
    expect(s.indexScore).toBeCloseTo(17.5 / 4.5, 12);
  });

  it('with equal weights the index is the plain mean of the index answers', () => {
    const eq = questions.map((q) => ({ ...q, weight: 1 }));
    expect(scoreResponse(eq, answers([5, 2, 4, 3, 1])).indexScore).toBe(3.5);
  });

  it('leaves out dimensions the survey does not ask about', () => {
    const s = scoreResponse([Q(1, Dimension.FUNDS), Q(2, Dimension.OVERALL)], [{ questionId: 2, score: 5 }, { questionId: 1, score: 2 }]);
    expect(s).toEqual({ overallScore: 5, implementationMean: null, fundsMean: 2, processQualityMean: null, indexScore: 2 });
  });

  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return { code: e.extensions.code, questionId: e.extensions.questionId, field: e.extensions.field, message: e.message };
    }
    throw new Error('expected a refusal');
  };

  it('refuses a missing answer, naming the question', () => {
    const r = refusal(() => scoreResponse(questions, answers([5, 2, 4, 3])));
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', questionId: '5', field: 'answers' });
    expect(r.message).toContain('问题5');
  });

  it('refuses a question answered twice', () => {
    const r = refusal(() => scoreResponse(questions, [...answers([5, 2, 4, 3, 4]), { questionId: 3, score: 1 }]));
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', questionId: '3' });
  });

  it('refuses scores outside 1–5 or not whole', () => {
    expect(refusal(() => scoreResponse(questions, answers([5, 2, 0, 3, 4])))).toMatchObject({ questionId: '3' });
    expect(refusal(() => scoreResponse(questions, answers([5, 2, 4, 6, 4])))).toMatchObject({ questionId: '4' });
    expect(refusal(() => scoreResponse(questions, answers([5, 2.5, 4, 3, 4])))).toMatchObject({ questionId: '2' });
  });

  it('refuses an answer to a question of another survey', () => {
    expect(refusal(() => scoreResponse(questions, [...answers([5, 2, 4, 3, 4]), { questionId: 99, score: 3 }]))).toMatchObject({ questionId: '99' });
  });
});

describe('resultFromSums', () => {
  const sums = (over: Partial<ResponseSums>): ResponseSums => ({
    responses: 0, satisfied: 0, overallSum: 0, implementationSum: 0, implementationCount: 0, fundsSum: 0, fundsCount: 0,
    processQualitySum: 0, processQualityCount: 0, indexSum: 0, indexCount: 0, ...over,
  });

  it('finishes rate, interval, means and index from the sums', () => {
    // 4 respondents: overall 5,4,3,4 → 3 satisfied; implementation means 4, 3.5, 2, 5
    const r = resultFromSums(
      sums({ responses: 4, satisfied: 3, overallSum: 16, implementationSum: 14.5, implementationCount: 4, fundsSum: 12, fundsCount: 4, processQualitySum: 10, processQualityCount: 4, indexSum: 13, indexCount: 4 }),
      100,
    );
    expect(r.responseCount).toBe(4);
    expect(r.satisfactionRate).toBe(0.75);
    expect(r.satisfactionInterval).toEqual(wilsonInterval(3, 4));
    expect(r.dimensions).toEqual([
      { dimension: 'IMPLEMENTATION', mean: 3.625 },
      { dimension: 'FUNDS', mean: 3 },
      { dimension: 'PROCESS_QUALITY', mean: 2.5 },
      { dimension: 'OVERALL', mean: 4 },
    ]);
    expect(r.indexScore).toBe(3.25);
    expect(r.belowTarget).toBe(true);
    expect(r.warning).toContain('4');
  });

  it('says nothing about the sample once the target is reached', () => {
    const r = resultFromSums(sums({ responses: 100, satisfied: 98, overallSum: 480, indexSum: 450, indexCount: 100 }), 100);
    expect(r.belowTarget).toBe(false);
    expect(r.warning).toBeNull();
    expect(round4(r.satisfactionInterval.low)).toBe(0.93);
  });

  it('is empty but valid with no responses', () => {
    const r = resultFromSums(sums({}), 100);
    expect(r).toMatchObject({ responseCount: 0, satisfactionRate: 0, indexScore: 0, dimensions: [], satisfactionInterval: { low: 0, high: 1 } });
  });
});

describe('rankByVotes', () => {
  const rank = (votes: number[]) => rankByVotes(votes.map((v, i) => ({ id: i + 1, v })), (x) => x.v, (x) => x.id).map((r) => [r.item.id, r.votes, r.rank]);

  it('ranks most votes first', () => {
    expect(rank([3, 9, 5])).toEqual([[2, 9, 1], [3, 5, 2], [1, 3, 3]]);
  });

  it('lets ties share a rank and skips the next (1, 1, 3)', () => {
    expect(rank([10, 7, 10])).toEqual([[1, 10, 1], [3, 10, 1], [2, 7, 3]]);
    expect(rank([4, 4, 4, 1])).toEqual([[1, 4, 1], [2, 4, 1], [3, 4, 1], [4, 1, 4]]);
    expect(rank([5, 3, 3, 2])).toEqual([[1, 5, 1], [2, 3, 2], [3, 3, 2], [4, 2, 4]]);
  });

  it('ranks nominees with no votes too', () => {
    expect(rank([0, 0])).toEqual([[1, 0, 1], [2, 0, 1]]);
    expect(rank([])).toEqual([]);
  });
});
