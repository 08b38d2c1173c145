import { Field, ObjectType } from '@nestjs/graphql';
import { BadInputError } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1) throw new BadInputError('first must be between 1 and 100', 'first');
  return Math.min(first, MAX_PAGE);
}

/** Opaque keyset cursor: the sort key values of the last row seen. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    /* fall through */
  }
  throw new BadInputError('after is not a cursor this list gave out', 'after');
}

/**
 * The id in a cursor made by toPage(rows, size, (r) => [r.id]); null when there is none. A cursor
 * a client made up (not a positive integer id) is refused with BAD_USER_INPUT, never sent to SQL.
 */
export function decodeIdCursor(cursor: string | null | undefined): number | null {
  const values = decodeCursor(cursor, 1);
  if (!values) return null;
  const id = values[0];
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new BadInputError('after is not a cursor this list gave out', 'after');
  return id;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
}

/** Builds a page from rows fetched with limit size+1. */
export function toPage<T>(rows: T[], size: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const hasNextPage = rows.length > size;
  const slice = hasNextPage ? rows.slice(0, size) : rows;
  const edges = slice.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
