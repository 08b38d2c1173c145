import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { Role } from './glossary';
import type { GraphQLContext, Principal } from './request-context';

/**
 * Every resolver says who may call it, with exactly one of these. The global AuthGuard refuses
 * a resolver that says nothing.
 */
export const ACCESS = 'access';
export type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] } | { kind: 'global-admin' };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies Access);
/** Any signed-in person. */
export const SignedIn = () => SetMetadata(ACCESS, { kind: 'signed-in' } satisfies Access);
/** A person holding one of these roles (in some zone; services check the zone of the record). */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS, { kind: 'roles', roles } satisfies Access);
/** An ADMIN whose grant has no zone (a zone admin manages only its zones and is refused here). */
export const GlobalAdmin = () => SetMetadata(ACCESS, { kind: 'global-admin' } satisfies Access);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal | null => {
  const gql = GqlExecutionContext.create(ctx).getContext<GraphQLContext>();
  const req = gql?.req ?? ctx.switchToHttp().getRequest();
  return req?.principal ?? null;
});

/**
 * The caller, in a field resolver written without parameter decorators — `(parent, args, ctx)`,
 * as graphql-js calls it. Nest binds such a method directly instead of wrapping every call to
 * extract its parameters (a list of 20 items calls each field 20 times; issue 17). Same value as
 * @CurrentUser().
 */
export function viewerOf(ctx: GraphQLContext): Principal | null {
  return ctx.req?.principal ?? null;
}

/** The roles a person holds anywhere. */
export function rolesOf(p: Principal | null | undefined): Set<string> {
  return new Set((p?.grants ?? []).map((g) => g.role));
}

/** A global ADMIN: the grant has no zone. An ADMIN grant with a zone counts in that zone only. */
export function isAdmin(p: Principal | null | undefined): boolean {
  return !!p?.grants.some((g) => g.role === Role.ADMIN && g.zoneId === null);
}

/** ADMIN of this zone: a global ADMIN, or an ADMIN grant for the zone. */
export function isAdminOf(p: Principal | null | undefined, zoneId: number): boolean {
  return !!p?.grants.some((g) => g.role === Role.ADMIN && (g.zoneId === null || g.zoneId === zoneId));
}

export function assertGlobalAdmin(p: Principal | null | undefined): asserts p is Principal {
  if (!p) throw new UnauthenticatedError();
  if (!isAdmin(p)) throw new ForbiddenError('requiresGlobalAdmin');
}

/** Does the person hold one of `roles` in `zoneId`? ADMIN counts everywhere; a null-zone grant counts in every zone. */
export function hasZoneRole(p: Principal | null | undefined, zoneId: number, roles: Role[]): boolean {
  if (!p) return false;
  return p.grants.some((g) => (g.role === Role.ADMIN || roles.includes(g.role as Role)) && (g.zoneId === null || g.zoneId === zoneId));
}

/** Refuses unless the person holds one of `roles` in the record's zone. */
export function assertZoneRole(p: Principal | null | undefined, zoneId: number, roles: Role[], action = '此操作'): asserts p is Principal {
  if (!p) throw new UnauthenticatedError();
  if (!hasZoneRole(p, zoneId, roles)) throw new ForbiddenError('zoneRole', { action });
}

export function requireUser(p: Principal | null | undefined): Principal {
  if (!p) throw new UnauthenticatedError();
  return p;
}

/** Zones where the person holds any of the roles; null means every zone. */
export function zonesWithRole(p: Principal | null | undefined, roles: Role[]): number[] | null {
  if (!p) return [];
  const zones: number[] = [];
  for (const g of p.grants) {
    if (g.role === Role.ADMIN || roles.includes(g.role as Role)) {
      if (g.zoneId === null) return null;
      zones.push(g.zoneId);
    }
  }
  return zones;
}

export const STAFF_ROLES: Role[] = [Role.COUNCIL_STAFF, Role.ADMIN];
export const PEOPLE_ROLES: Role[] = [Role.RESIDENT, Role.WHITE_COLLAR];

/**
 * Stands for a visitor when listing availableActions: they are shown what any signed-in person
 * could do (the web asks them to sign in first and brings them back); the mutations themselves
 * still answer UNAUTHENTICATED.
 */
export const GUEST: Principal = { id: -1, displayName: '', unitId: null, isPartyMember: false, grants: [] };
