import { GraphQLError } from 'graphql';
import { isReason, Reason, ReasonParams, reasonText, sayParams } from './reasons';

/** The error codes clients may rely on (api-contract.graphql). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** One map from error code to HTTP status: the guard, the HTTP filter and formatError use it. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** The code for an HTTP status (errors raised by Nest itself, e.g. a body too large). */
export function codeForStatus(status: number): ErrorCode | null {
  const hit = (Object.keys(HTTP_STATUS) as ErrorCode[]).find((c) => HTTP_STATUS[c] === status && c !== 'INTERNAL_SERVER_ERROR');
  return hit ?? (status >= 400 && status < 500 ? 'BAD_USER_INPUT' : null);
}

/**
 * A refusal the user should read: a code (extensions.code), a reason key of the REASONS table
 * (extensions.reason) and its params (extensions.params; `field` also as extensions.field). The
 * message is the reason's zh-CN text followed by the English in brackets.
 *
 *   new AppError('CONFLICT', 'placesTaken', { claimLimit: 3 })
 *
 * A sentence without a key yet may still be passed whole ("中文 (english)"): it becomes the
 * `say` reason with the two texts as params.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, reasonOrMessage: Reason | string, params: ReasonParams = {}) {
    const keyed = isReason(reasonOrMessage) && reasonOrMessage !== 'say';
    const reason: Reason = keyed ? (reasonOrMessage as Reason) : 'say';
    const all: ReasonParams = keyed ? params : { ...params, ...sayParams(reasonOrMessage) };
    const zh = reasonText(reason, all, 'zh')!;
    const en = reasonText(reason, all, 'en')!;
    const message = zh === en ? zh : `${zh} (${en})`;
    const { field, ...rest } = params;
    super(message, { extensions: { code, reason, params: all, ...(field ? { field } : {}), ...rest } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
  get reason(): Reason {
    return this.extensions.reason as Reason;
  }
  get httpStatus(): number {
    return HTTP_STATUS[this.code] ?? 500;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message: string = 'signInFirst') {
    super('UNAUTHENTICATED', message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message: string = 'forbidden', params: ReasonParams = {}) {
    super('FORBIDDEN', message, params);
  }
}
export class BadInputError extends AppError {
  constructor(message: string, field?: string, params: ReasonParams = {}) {
    super('BAD_USER_INPUT', message, field ? { ...params, field } : params);
  }
}
export class NotFoundError extends AppError {
  constructor(what: string, id?: string | number) {
    super('NOT_FOUND', id === undefined ? 'notFound' : 'notFoundId', id === undefined ? { what } : { what, id });
  }
}
export class ConflictError extends AppError {
  constructor(message: string, extra: ReasonParams = {}) {
    super('CONFLICT', message, extra);
  }
}
export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds?: number) {
    super('RATE_LIMITED', message, retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}

/** Unique-key violations on MySQL/MariaDB and SQLite. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = err?.driverError?.code ?? err?.code;
  const errno = err?.driverError?.errno ?? err?.errno;
  return code === 'ER_DUP_ENTRY' || errno === 1062 || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
