import { AppError, BadInputError, codeForStatus, ConflictError, HTTP_STATUS, NotFoundError } from './errors';
import { REASONS, reasonText } from './reasons';

describe('structured errors', () => {
  it('a keyed reason: code, reason and params in extensions, the message from the table in both languages', () => {
    const e = new ConflictError('placesTaken', { claimLimit: 3 });
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'placesTaken', params: { claimLimit: 3 }, claimLimit: 3 });
    expect(e.message).toBe('名额已满:该项目最多 3 个单位认领 (all 3 claim places are taken)');
    expect(reasonText('placesTaken', { claimLimit: 3 }, 'en')).toBe('all 3 claim places are taken');
  });

  it('the field of a bad input is extensions.field, not part of a message to parse', () => {
    const e = new BadInputError('tooLong', 'title', { label: '标题', max: 60 });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'tooLong', field: 'title', params: { label: '标题', max: 60, field: 'title' } });
    expect(reasonText(e.reason, e.extensions.params as never, 'zh')).toBe('标题不能超过 60 个字');
    expect(reasonText(e.reason, e.extensions.params as never, 'en')).toBe('title must be at most 60 characters');
  });

  it('a sentence without a key becomes the say reason with its two texts', () => {
    const e = new AppError('FORBIDDEN', '只有许愿人可以确认 (only the wisher may confirm)');
    expect(e.extensions).toMatchObject({ reason: 'say', params: { zh: '只有许愿人可以确认', en: 'only the wisher may confirm' } });
    expect(e.message).toBe('只有许愿人可以确认 (only the wisher may confirm)');
  });

  it('one code → HTTP status map, both ways: NOT_FOUND is 404 everywhere', () => {
    expect(new NotFoundError('Project', 5).httpStatus).toBe(404);
    expect(HTTP_STATUS.NOT_FOUND).toBe(404);
    expect(codeForStatus(404)).toBe('NOT_FOUND');
    expect(codeForStatus(413)).toBe('BAD_USER_INPUT');
    expect(codeForStatus(500)).toBeNull();
  });

  it('every reason has both languages, and filling it leaves no placeholder behind', () => {
    for (const [key, r] of Object.entries(REASONS)) {
      expect({ key, zh: r.zh.length > 0, en: r.en.length > 0 }).toEqual({ key, zh: true, en: true });
      for (const lang of ['zh', 'en'] as const) expect(reasonText(key, {}, lang)).not.toMatch(/[{}]/);
    }
    expect(reasonText('no-such-reason', {}, 'zh')).toBeNull();
  });
});
