import { CanActivate, ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, ForbiddenError, UnauthenticatedError } from '@app/common/errors';
import type { GraphQLContext, RequestLike } from '@app/common/request-context';
import { ACCESS, Access, isAdmin, rolesOf } from '@app/common/access';
import { AuthService } from './auth.service';

/**
 * The one global guard: reads the bearer token once per request, loads the person and their role
 * grants, then applies the resolver's declared access. A resolver without a declaration is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    try {
      return await this.check(ctx);
    } catch (e) {
      // plain HTTP routes (health, exports): the refusal's own status, not a 500
      if (ctx.getType<string>() !== 'graphql' && e instanceof AppError) {
        throw new HttpException({ statusCode: e.httpStatus, code: e.code, reason: e.reason, message: e.message }, e.httpStatus);
      }
      throw e;
    }
  }

  private async check(ctx: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [ctx.getHandler(), ctx.getClass()]);
    const req = this.requestOf(ctx);
    if (!access) throw new ForbiddenError('noAccessRule');
    const principal = await this.auth.principalOf(req);
    if (access.kind === 'public') return true;
    if (!principal) throw new UnauthenticatedError();
    if (access.kind === 'signed-in') return true;
    if (access.kind === 'global-admin') {
      if (isAdmin(principal)) return true;
      throw new ForbiddenError('requiresGlobalAdmin');
    }
    const held = rolesOf(principal);
    if (held.has('ADMIN') || access.roles.some((r) => held.has(r))) return true;
    throw new ForbiddenError('requiresRole', { roles: access.roles });
  }

  private requestOf(ctx: ExecutionContext): RequestLike {
    if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext<GraphQLContext>().req;
    return ctx.switchToHttp().getRequest();
  }
}
