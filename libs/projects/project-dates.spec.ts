import { BadInputError } from '@app/common/errors';
import { isCalendarDay } from '@app/common/date-scalar';
import { shanghaiDay } from '@app/common/shanghai-time';
import { isOverdue } from './project-state';
import { checkDates } from './projects.service';

describe('project dates (domain.md §9)', () => {
  it('is overdue from the day after endsOn until it is COMPLETED, EVALUATED or CANCELLED', () => {
    const today = '2026-12-01';
    expect(isOverdue({ endsOn: '2026-11-30', status: 'IN_PROGRESS' }, today)).toBe(true);
    expect(isOverdue({ endsOn: '2026-11-30', status: 'DRAFT' }, today)).toBe(true);
    expect(isOverdue({ endsOn: '2026-12-01', status: 'IN_PROGRESS' }, today)).toBe(false);
    expect(isOverdue({ endsOn: null, status: 'IN_PROGRESS' }, today)).toBe(false);
    for (const done of ['COMPLETED', 'EVALUATED', 'CANCELLED'] as const) expect(isOverdue({ endsOn: '2026-01-01', status: done }, today)).toBe(false);
  });

  it('the end never comes before the start; either may be absent', () => {
    expect(checkDates('2026-12-01', '2026-12-01')).toEqual({ startsOn: '2026-12-01', endsOn: '2026-12-01' });
    expect(checkDates(null, '2026-12-01')).toEqual({ startsOn: null, endsOn: '2026-12-01' });
    expect(() => checkDates('2026-12-02', '2026-12-01')).toThrow(BadInputError);
  });

  it('days are calendar days in Asia/Shanghai', () => {
    expect(shanghaiDay(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(shanghaiDay(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-1-01')).toBe(false);
  });
});
