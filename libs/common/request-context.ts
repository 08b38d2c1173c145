import { RequestLoaders } from './loaders';

/** Who is asking: loaded once per request by the auth guard. */
export interface Principal {
  id: number;
  displayName: string;
  unitId: number | null;
  isPartyMember: boolean;
  /** role grants; zoneId null means every zone (ADMIN) or, for residents, any zone */
  grants: { role: string; zoneId: number | null }[];
}

export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  principal?: Principal | null;
  principalLoaded?: Promise<Principal | null>;
}

export interface GraphQLContext {
  req: RequestLike;
  loaders: RequestLoaders;
}
