import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@app/common/pagination';
import { NeedCategory, Role } from '@app/common/enums';

/**
 * A person as others see them. displayName and phone are filled by the resolver according to
 * who is asking (masking); the raw values never leave the server otherwise.
 */
@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field(() => [Role]) roles: Role[];
  @Field({ description: '亮身份: shown by the person\'s own choice' }) isPartyMember: boolean;
  @Field(() => [String], { description: '亮特长' }) specialties: string[];
  @Field({ description: 'false once deactivated (or deleted by the person)' }) active: boolean;
  @Field(() => [NeedCategory], { description: '亮意愿: the menu categories the person is willing to serve' }) willingCategories: NeedCategory[];
  // internal, read by field resolvers
  rawUsername: string | null;
  /** the zone of the record this person appears in (a need's submitter: the need's zone); decides who sees contact details whole */
  contextZoneId?: number | null;
  /** zones where this account holds a role */
  grantZoneIds?: number[];
  rawDisplayName: string;
  rawPhone: string | null;
  communityId: number | null;
  buildingId: number | null;
  unitId: number | null;
}

@ObjectType()
export class AuthPayload {
  @Field() token: string;
  @Field(() => User) user: User;
}

@ObjectType()
export class UserEdge {
  @Field(() => User) node: User;
  @Field() cursor: string;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserEdge]) edges: UserEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
