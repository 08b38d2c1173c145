import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsOptional, IsString } from 'class-validator';
import { MeetingKind, NeedCategory } from '@app/common/enums';
import { DateScalar } from '@app/common/date-scalar';

// One place for the lengths of governance texts: GovernanceService checks them (cleanText, at
// least two characters) and refuses with a reason key and the field; the validators check the shape.
export const COMMITTEE_NAME_MAX = 60;
export const MEETING_TITLE_MAX = 80;
export const AGENDA_MAX = 5000;
export const MINUTES_MAX = 20000;

@ArgsType()
export class CreateCommitteeArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() name: string;
  @Field(() => [NeedCategory]) @IsArray() @IsIn(Object.values(NeedCategory), { each: true }) categories: NeedCategory[];
  @Field(() => ID, { nullable: true }) @IsOptional() chairUnitId?: string | null;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(200) memberUnitIds: string[];
}

@ArgsType()
export class SetPresidencyArgs {
  @Field(() => ID) zoneId: string;
  @Field(() => ID) unitId: string;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar) endsOn: string;
}

@ArgsType()
export class ScheduleMeetingArgs {
  @Field(() => ID) zoneId: string;
  @Field(() => MeetingKind) @IsIn(Object.values(MeetingKind)) kind: MeetingKind;
  @Field() @IsString() title: string;
  @Field() @IsDate({ message: 'at: 请填写会议时间 (a meeting needs a time)' }) at: Date;
  @Field() @IsString() agenda: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) projectIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'the committee, for a committee meeting' }) @IsOptional() committeeId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'units invited; default: the committee’s members, or every member unit for a joint conference' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  inviteeUnitIds?: string[] | null;
}

@ArgsType()
export class RecordMinutesArgs {
  @Field(() => ID) meetingId: string;
  @Field() @IsString() minutes: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(500) attendeeUnitIds: string[];
}

@ArgsType()
export class MeetingsArgs {
  @Field(() => ID) zoneId: string;
  @Field(() => Date, { nullable: true }) @IsOptional() from?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() to?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}
