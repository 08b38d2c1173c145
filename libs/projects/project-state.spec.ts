import { ProjectStatus } from '@app/common/glossary';
import { describeTally, tallyVotes } from './project-flow.service';
import { canMove, movesFrom, PROJECT_MOVES, ProjectMove, stateConflict } from './project-state';

const S = ProjectStatus;

describe('project state machine (domain.md §4)', () => {
  it('follows the diagram: each status and the moves out of it', () => {
    expect(Object.fromEntries(Object.values(S).map((s) => [s, movesFrom(s)]))).toEqual({
      DRAFT: ['propose', 'cancel'],
      PROPOSED: ['resolve', 'returnToDraft', 'cancel'],
      RESOLVED: ['returnToDraft', 'approve', 'reject', 'cancel'],
      APPROVED: ['publish', 'cancel'],
      PUBLISHED: ['claim', 'cancel'],
      CLAIMED: ['start', 'cancel', 'reopen'],
      IN_PROGRESS: ['complete', 'cancel', 'reopen'],
      COMPLETED: ['evaluate'],
      EVALUATED: [],
      CANCELLED: [],
    });
  });

  it('never skips a step on the way to EVALUATED', () => {
    const path: ProjectMove[] = ['propose', 'resolve', 'approve', 'publish', 'claim', 'start', 'complete', 'evaluate'];
    let status: ProjectStatus = S.DRAFT;
    for (const move of path) {
      expect(canMove(status, move)).toBe(true);
      status = PROJECT_MOVES[move].to;
    }
    expect(status).toBe(S.EVALUATED);
    // nothing reaches PUBLISHED but publish, nothing reaches COMPLETED but complete
    for (const [move, rule] of Object.entries(PROJECT_MOVES)) {
      // reopen: the last claim released, back to PUBLISHED — only from states after publishing
      if (rule.to === S.PUBLISHED) expect(move === 'publish' || (move === 'reopen' && rule.from.every((s) => [S.CLAIMED, S.IN_PROGRESS].includes(s as 'CLAIMED')))).toBe(true);
      if (rule.to === S.COMPLETED) expect(move).toBe('complete');
    }
  });

  it('cancel is possible before COMPLETED and never after', () => {
    for (const s of [S.DRAFT, S.PROPOSED, S.RESOLVED, S.APPROVED, S.PUBLISHED, S.CLAIMED, S.IN_PROGRESS]) expect(canMove(s, 'cancel')).toBe(true);
    for (const s of [S.COMPLETED, S.EVALUATED, S.CANCELLED]) expect(canMove(s, 'cancel')).toBe(false);
  });

  it('a refusal names the current state and the possible next moves', () => {
    const e = stateConflict(S.PUBLISHED, 'start');
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'PUBLISHED', allowedMoves: ['claim', 'cancel'] });
    expect(e.message).toContain('「已发布」');
    expect(e.message).toContain('认领、撤销');
    expect(e.message).toContain('project is PUBLISHED, cannot start; possible next: claim, cancel');
  });
});

describe('board resolution tally', () => {
  it('needs votes cast > half the board, then FOR > half the votes cast', () => {
    expect(tallyVotes(['FOR', 'FOR'], 3)).toMatchObject({ quorum: true, passed: true });
    expect(tallyVotes(['FOR'], 3)).toMatchObject({ quorum: false, passed: false });
    expect(tallyVotes(['FOR', 'FOR'], 4)).toMatchObject({ quorum: false, passed: false }); // exactly half is not a quorum
    expect(tallyVotes(['FOR', 'AGAINST'], 3)).toMatchObject({ quorum: true, passed: false }); // exactly half FOR fails
    expect(tallyVotes(['FOR', 'FOR', 'ABSTAIN'], 5)).toMatchObject({ quorum: true, passed: true });
    expect(tallyVotes(['FOR', 'ABSTAIN', 'AGAINST'], 3)).toMatchObject({ quorum: true, passed: false });
    expect(tallyVotes([], 0)).toMatchObject({ quorum: false, passed: false });
  });

  it('describes the tally for the timeline', () => {
    expect(describeTally(tallyVotes(['FOR', 'FOR'], 3))).toBe('赞成 2 / 反对 0 / 弃权 0,应到 3 人,实到 2 人;决议通过');
  });
});
