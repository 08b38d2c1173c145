import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NeedCategory, Role } from '@app/common/enums';

// One place for the lengths of a person's name and a deactivation reason: the services check them
// (cleanText) and refuse with a reason key and the field; the validators check the shape.
export const DISPLAY_NAME_MAX = 40;
export const DEACTIVATION_REASON_MAX = 200;

@ArgsType()
export class UpdateMyProfileArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() displayName?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() communityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() buildingId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() isPartyMember?: boolean;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'specialties: 最多 10 项特长 (at most 10)' })
  @IsString({ each: true })
  @MaxLength(20, { each: true, message: 'specialties: 每项特长最多 20 个字 (at most 20 characters each)' })
  specialties?: string[];
  @Field(() => [NeedCategory], { nullable: true, description: '亮意愿' })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(NeedCategory), { each: true })
  willingCategories?: NeedCategory[];
}

@ArgsType()
export class CreateStaffUserArgs {
  @Field()
  @Matches(/^[A-Za-z][A-Za-z0-9_.-]{2,39}$/, { message: 'username: 用户名为 3–40 位字母、数字或 _.- ,以字母开头 (3–40 letters, digits, _ . -)' })
  username: string;
  @Field() @IsString() @Length(8, 100, { message: 'password: 密码至少 8 位 (at least 8 characters)' }) password: string;
  @Field() @IsString() displayName: string;
  @Field(() => [Role]) @IsArray() @ArrayMinSize(1, { message: 'roles: 至少一个角色 (at least one role)' }) @IsIn(Object.values(Role), { each: true }) roles: Role[];
  @Field(() => [ID]) @IsArray() zoneIds: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() unitId?: string;
}

const PASSWORD = { message: 'newPassword: 密码至少 8 位 (at least 8 characters)' };

@ArgsType()
export class UsersArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() zoneId?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsIn(Object.values(Role)) role?: Role;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40, { message: 'search: 最多 40 个字 (at most 40 characters)' }) search?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() after?: string;
}

@ArgsType()
export class UpdateStaffUserArgs {
  @Field(() => ID) userId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() displayName?: string;
  @Field(() => [Role], { nullable: true }) @IsOptional() @IsArray() @IsIn(Object.values(Role), { each: true }) roles?: Role[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() zoneIds?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() unitId?: string;
}

@ArgsType()
export class DeactivateUserArgs {
  @Field(() => ID) userId: string;
  @Field() @IsString() reason: string;
}

@ArgsType()
export class ResetStaffPasswordArgs {
  @Field(() => ID) userId: string;
  @Field() @IsString() @Length(8, 100, PASSWORD) newPassword: string;
}

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field() @IsString() @Length(1, 100, { message: 'oldPassword: 请输入原密码 (enter your current password)' }) oldPassword: string;
  @Field() @IsString() @Length(8, 100, PASSWORD) newPassword: string;
}
