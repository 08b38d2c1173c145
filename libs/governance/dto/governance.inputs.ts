import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { MeetingKind, NeedCategory } from '@app/common/enums';
import { DateScalar } from '@app/common/date-scalar';

@ArgsType()
export class CreateCommitteeArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() @Length(2, 60, { message: 'name: 委员会名称为 2–60 个字 (2 to 60 characters)' }) name: string;
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
  @Field() @IsString() @Length(2, 80, { message: 'title: 会议名称为 2–80 个字 (2 to 80 characters)' }) title: string;
  @Field() @IsDate({ message: 'at: 请填写会议时间 (a meeting needs a time)' }) at: Date;
  @Field() @IsString() @Length(2, 5000, { message: 'agenda: 议程为 2–5000 个字 (2 to 5000 characters)' }) agenda: string;
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
  @Field() @IsString() @Length(2, 20000, { message: 'minutes: 会议纪要为 2–20000 个字 (2 to 20000 characters)' }) minutes: string;
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
