import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PartyOrgLevel, UnitKind } from '@app/common/enums';

// One place for the lengths of the organisation's names: OrgService checks them (cleanText) and
// refuses with a reason key and the field; the validators below check only the shape.
export const ZONE_NAME_MAX = 60;
export const STREET_MAX = 60;
/** a community's or a building's name */
export const PLACE_NAME_MAX = 60;
export const UNIT_NAME_MAX = 80;
export const PARTY_ORG_NAME_MAX = 80;

@ArgsType()
export class CreateZoneArgs {
  @Field() @IsString() name: string;
  @Field() @IsString() street: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(99) boardSize?: number;
}

@ArgsType()
export class CreatePlaceArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() name: string;
}

@ArgsType()
export class CreateUnitArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() name: string;
  @Field(() => UnitKind) @IsIn(Object.values(UnitKind)) kind: UnitKind;
  @Field(() => ID, { nullable: true }) @IsOptional() buildingId?: string;
}

@ArgsType()
export class CreatePartyOrgArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() name: string;
  @Field(() => PartyOrgLevel) @IsIn(Object.values(PartyOrgLevel)) level: PartyOrgLevel;
  @Field(() => ID, { nullable: true }) @IsOptional() parentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() unitId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() communityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() buildingId?: string;
}

@ArgsType()
export class UpdateZoneArgs {
  @Field(() => ID) zoneId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() street?: string;
}

@ArgsType()
export class UpdateUnitArgs {
  @Field(() => ID) unitId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() name?: string;
  @Field(() => UnitKind, { nullable: true }) @IsOptional() @IsIn(Object.values(UnitKind)) kind?: UnitKind;
  @Field(() => ID, { nullable: true, description: 'empty string or null: no building' }) @IsOptional() buildingId?: string | null;
}
