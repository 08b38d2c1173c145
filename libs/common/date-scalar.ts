import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { BadInputError } from './errors';
import { shanghaiDay } from './shanghai-time';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** true for a real calendar day written YYYY-MM-DD */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parse(value: unknown): string {
  if (!isCalendarDay(value)) {
    throw new BadInputError('badDate', undefined, { value: String(value).slice(0, 20) });
  }
  return value;
}

/** `scalar Date`: a calendar day, YYYY-MM-DD (Asia/Shanghai), carried as that string. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'a calendar day, YYYY-MM-DD (Asia/Shanghai)',
  serialize: (value) => {
    if (value instanceof Date) return shanghaiDay(value);
    if (!isCalendarDay(value)) throw new GraphQLError(`not a calendar day: ${String(value)}`);
    return value;
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new BadInputError('dateNotText');
    return parse(ast.value);
  },
});
