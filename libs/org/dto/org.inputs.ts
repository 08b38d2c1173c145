import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PartyOrgLevel, UnitKind } from '@app/common/enums';

@ArgsType()
export class CreateZoneArgs {
  @Field() @IsString() @Length(1, 60, { message: 'name: 片区名称为 1–60 个字 (1 to 60 characters)' }) name: string;
  @Field() @IsString() @Length(1, 60, { message: 'street: 街道名称为 1–60 个字 (1 to 60 characters)' }) street: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(99) boardSize?: number;
}

@ArgsType()
export class CreatePlaceArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() @Length(1, 60, { message: 'name: 名称为 1–60 个字 (1 to 60 characters)' }) name: string;
}

@ArgsType()
export class CreateUnitArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() @Length(1, 80, { message: 'name: 单位名称为 1–80 个字 (1 to 80 characters)' }) name: string;
  @Field(() => UnitKind) @IsIn(Object.values(UnitKind)) kind: UnitKind;
  @Field(() => ID, { nullable: true }) @IsOptional() buildingId?: string;
}

@ArgsType()
export class CreatePartyOrgArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() @Length(1, 80, { message: 'name: 名称为 1–80 个字 (1 to 80 characters)' }) name: string;
  @Field(() => PartyOrgLevel) @IsIn(Object.values(PartyOrgLevel)) level: PartyOrgLevel;
  @Field(() => ID, { nullable: true }) @IsOptional() parentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() unitId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() communityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() buildingId?: string;
}

@ArgsType()
export class UpdateZoneArgs {
  @Field(() => ID) zoneId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 60, { message: 'name: 片区名称为 1–60 个字 (1 to 60 characters)' }) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 60, { message: 'street: 街道名称为 1–60 个字 (1 to 60 characters)' }) street?: string;
}

@ArgsType()
export class UpdateUnitArgs {
  @Field(() => ID) unitId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 80, { message: 'name: 单位名称为 1–80 个字 (1 to 80 characters)' }) name?: string;
  @Field(() => UnitKind, { nullable: true }) @IsOptional() @IsIn(Object.values(UnitKind)) kind?: UnitKind;
  @Field(() => ID, { nullable: true, description: 'empty string or null: no building' }) @IsOptional() buildingId?: string | null;
}
