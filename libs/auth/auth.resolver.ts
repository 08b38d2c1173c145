import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@app/common/request-context';
import { Public } from '@app/common/access';
import { AuthService } from './auth.service';
import { SessionRequest, sessionAreaOf } from './session-cookie';
import { AuthPayload } from './models/user.model';
import { UsersService, toUser } from './users.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => Boolean, { description: 'sends a 6-digit code by SMS; one per phone per minute' })
  requestLoginCode(@Args('phone') phone: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.requestLoginCode(phone, ctx.req.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => AuthPayload)
  async loginWithCode(
    @Context() ctx: GraphQLContext,
    @Args('phone') phone: string,
    @Args('code') code: string,
    @Args('displayName', { nullable: true }) displayName?: string,
  ): Promise<AuthPayload> {
    const { token, user } = await this.auth.loginWithCode(phone, code, displayName, ctx.req.ip ?? 'unknown');
    await this.actAs(ctx, user.id, token);
    return { token, user: toUser(user, (await this.users.grantsOf(user.id)).map((g) => g.role)) };
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Context() ctx: GraphQLContext, @Args('username') username: string, @Args('password') password: string): Promise<AuthPayload> {
    const { token, user } = await this.auth.login(username, password, ctx.req.ip ?? 'unknown');
    await this.actAs(ctx, user.id, token);
    return { token, user: toUser(user, (await this.users.grantsOf(user.id)).map((g) => g.role)) };
  }

  /**
   * The rest of this request sees the person who just signed in (their own name unmasked). A sign-in
   * from the web app (X-GR-Session header) also starts its HttpOnly session cookie.
   */
  private async actAs(ctx: GraphQLContext, userId: number, token: string) {
    const area = sessionAreaOf(ctx.req);
    if (area) (ctx.req as SessionRequest).sessionCookie = { area, token };
    const principal = await this.auth.principalById(userId);
    ctx.req.principal = principal;
    ctx.req.principalLoaded = Promise.resolve(principal);
  }
}
