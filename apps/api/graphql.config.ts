import { ApolloDriverConfig } from '@nestjs/apollo';
import { HttpException, Logger } from '@nestjs/common';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { Env } from '@config/env';
import { codeForStatus, PUBLIC_ERROR_CODES } from '@app/common/errors';
import { sayParams } from '@app/common/reasons';
import { RequestLoaders } from '@app/common/loaders';
import type { GraphQLContext, RequestLike } from '@app/common/request-context';

export const GRAPHQL_LIMITS = { depth: 10, aliases: 20, cost: 20000 };

const logger = new Logger('GraphQL');

/**
 * graphql-armor throws from inside validation by default, which Apollo turns into a 500 with no
 * message. Report the refusal as a validation error instead: the client gets BAD_USER_INPUT and a
 * message naming the limit, and nothing runs.
 */
function refuseWith(zh: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) => {
        const detail = err.message.replace(/^Syntax Error:\s*/, '');
        ctx?.reportError(new GraphQLError(`${zh} (${detail})`));
      },
    ],
  };
}

/**
 * What a client sees of an error: the codes of the contract and a message a person understands.
 * Anything unexpected becomes INTERNAL_SERVER_ERROR with no detail (the detail goes to the log).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production = false): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown>; message?: string } | undefined;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const code = String(formatted.extensions?.code ?? '');

  if (original instanceof HttpException) {
    const res = original.getResponse() as { message?: string | string[] } | string;
    const msg = typeof res === 'string' ? res : Array.isArray(res.message) ? res.message.join('; ') : (res.message ?? original.message);
    const status = original.getStatus();
    const mapped = codeForStatus(status);
    if (mapped) return { ...base, message: msg, extensions: { code: mapped, reason: 'say', params: sayParams(msg), ...fieldOf(msg) } };
  }
  if (PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, extensions: { ...rest, code } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST' || code === 'OPERATION_RESOLUTION_FAILURE' || code === 'PERSISTED_QUERY_NOT_SUPPORTED' || code === 'PERSISTED_QUERY_NOT_FOUND') {
    // in production the schema stays private: no "Did you mean …?" naming fields the caller did not ask for
    const message = production ? base.message.replace(/\s*Did you mean [^?]*\?/g, '') : base.message;
    return { ...base, message, extensions: { code: 'BAD_USER_INPUT', reason: 'say', params: sayParams(message), graphqlCode: code } };
  }
  logger.error(`${formatted.path?.join('.') ?? 'request'}: ${(original as Error)?.stack ?? formatted.message}`);
  return { message: '服务器内部错误,请稍后再试 (internal server error)', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'internal', params: {} } };
}

function fieldOf(message: string): { field?: string } {
  const m = /^([A-Za-z][A-Za-z0-9_.]*):/.exec(message);
  return m ? { field: m[1] } : {};
}

function requestOf(args: unknown[]): RequestLike {
  const first = args[0] as { req?: RequestLike; request?: RequestLike } & RequestLike;
  return first?.req ?? first?.request ?? first;
}

export function graphqlOptions(env: Env, schemaFile: string | boolean): ApolloDriverConfig {
  const production = env.NODE_ENV === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: schemaFile,
    sortSchema: true,
    playground: false,
    graphiql: !production,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [
      maxDepthRule({ n: GRAPHQL_LIMITS.depth, flattenFragments: true, ...refuseWith(`查询嵌套超过 ${GRAPHQL_LIMITS.depth} 层`) }),
      maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...refuseWith(`别名超过 ${GRAPHQL_LIMITS.aliases} 个`) }),
      costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, ...refuseWith(`查询过于复杂,超过 ${GRAPHQL_LIMITS.cost}`) }),
    ],
    formatError: (formatted, error) => formatError(formatted, error, production),
    // automatic persisted queries are not offered (the web app sends whole documents): an APQ
    // request gets PERSISTED_QUERY_NOT_SUPPORTED, answered as BAD_USER_INPUT
    persistedQueries: false,
    // Apollo's default cache-control plugin wraps every field resolver (willResolveField) to compute
    // HTTP cache hints nobody reads here (no CDN caches /graphql): a few microseconds on each of the
    // hundreds of fields of a list (bench:ratio, issue 17). Usage reporting is off too: no key.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginUsageReportingDisabled()],
    context: (...args: unknown[]): GraphQLContext => ({ req: requestOf(args), loaders: new RequestLoaders() }),
  };
}
