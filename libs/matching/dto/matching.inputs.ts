import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NeedCategory, ResourceCost, ResourceKind } from '@app/common/enums';

// One place for the limits of the supply side's texts: the services check them (cleanText) and
// refuse with a reason key and the field; the validators below check only the shape.
export const RESOURCE_TITLE_MAX = 60;
export const RESOURCE_DESCRIPTION_MAX = 1000;
export const PAIRING_NOTE_MAX = 200;
export const TEAM_NAME_MAX = 60;

@InputType({ description: '资源: what a unit offers' })
export class ResourceInput {
  @Field(() => ID) unitId: string;
  @Field(() => ResourceKind) @IsIn(Object.values(ResourceKind), { message: 'kind: 请选择资源类型 (choose a kind)' }) kind: ResourceKind;
  @Field({ description: '1..60 characters' }) @IsString() title: string;
  @Field({ description: '1..1000 characters' }) @IsString() description: string;
  @Field(() => [NeedCategory])
  @IsArray()
  @ArrayMinSize(1, { message: 'categories: 至少选择一个可服务的需求类别 (choose at least one category)' })
  @ArrayMaxSize(7)
  @IsIn(Object.values(NeedCategory), { each: true })
  categories: NeedCategory[];
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'capacity: 容量不能为负 (must be at least 0)' })
  @Max(1_000_000, { message: 'capacity: 容量过大 (too large)' })
  capacity?: number | null;
  @Field(() => ResourceCost) @IsIn(Object.values(ResourceCost), { message: 'cost: 请选择无偿、低偿或有偿 (choose a cost)' }) cost: ResourceCost;
}

@ArgsType()
export class ResourcesArgs {
  @Field(() => ID) zoneId: string;
  @Field(() => NeedCategory, { nullable: true }) @IsOptional() category?: NeedCategory | null;
  @Field(() => ResourceKind, { nullable: true }) @IsOptional() kind?: ResourceKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}

@ArgsType()
export class PairBuildingArgs {
  @Field(() => ID) communityId: string;
  @Field(() => ID) buildingId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() note?: string | null;
}

@ArgsType()
export class CreateVolunteerTeamArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() name: string;
  @Field(() => ID, { nullable: true }) @IsOptional() unitId?: string | null;
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'buildingIds: 每支服务队联系一至两栋楼宇 (one or two buildings)' })
  @ArrayMaxSize(2, { message: 'buildingIds: 每支服务队联系一至两栋楼宇 (one or two buildings)' })
  buildingIds: string[];
}

@ArgsType()
export class MatchArgs {
  @Field(() => Int, { nullable: true, description: 'default 10, at most 100' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first: 1–100' })
  @Max(100, { message: 'first: 1–100' })
  first?: number | null;
}
