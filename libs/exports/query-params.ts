import { BadInputError } from '@app/common/errors';
import { toId } from '@app/common/text';

/** Reading the query string of an export: the same checks the GraphQL arguments get. */
export const queryParam = {
  time(value: string | undefined, field: string): Date | null {
    if (value === undefined || value === '') return null;
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) throw new BadInputError('badDateTime', field);
    return d;
  },
  /** from/to, from not after to */
  period(from: string | undefined, to: string | undefined): { from: Date | null; to: Date | null } {
    const p = { from: queryParam.time(from, 'from'), to: queryParam.time(to, 'to') };
    if (p.from && p.to && p.from > p.to) throw new BadInputError('fromAfterTo', 'from');
    return p;
  },
  id(value: string | undefined, field: string): number | null {
    return value === undefined || value === '' ? null : toId(value, field);
  },
  oneOf<T extends string>(value: string | undefined, allowed: Record<string, T> | readonly T[], field: string): T | null {
    if (value === undefined || value === '') return null;
    const values = (Array.isArray(allowed) ? allowed : Object.values(allowed)) as string[];
    if (!values.includes(value)) throw new BadInputError('notOneOf', field, { values });
    return value as T;
  },
  bool(value: string | undefined, field: string): boolean | null {
    if (value === undefined || value === '') return null;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new BadInputError('trueOrFalse', field);
  },
  text(value: string | undefined, max = 100): string | null {
    const v = (value ?? '').trim();
    return v ? v.slice(0, max) : null;
  },
};
