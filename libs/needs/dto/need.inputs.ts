import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { registerEnumType } from '@nestjs/graphql';
import { NeedOrder } from '../needs.service';
import { SEARCH_MAX } from '@app/search/search-text';
import { NEED_CONTENT_MAX, NEED_TITLE_MAX } from '../need-limits';

registerEnumType(NeedOrder, { name: 'NeedOrder', description: 'NEWEST (default), OLDEST, or SUPPORT: most supported first' });

const SEARCH_MESSAGE = `search: 搜索词不能超过 ${SEARCH_MAX} 个字 (at most ${SEARCH_MAX} characters)`;
import { NeedCategory, NeedChannel, NeedKind, NeedStatus } from '@app/common/enums';

// The lengths of a need's texts are checked in the services against libs/needs/need-limits.ts;
// the validators below check only the shape, and the body limit refuses absurd payloads.

@InputType()
export class SubmitNeedInput {
  @Field(() => ID) zoneId: string;
  @Field(() => NeedKind) @IsIn(Object.values(NeedKind), { message: 'kind: 请选择需求类型 (choose MICRO_WISH or GOLDEN_IDEA)' }) kind: NeedKind;
  @Field({ description: '1..60 characters' })
  @IsString({ message: 'title: 标题须为文字 (must be text)' })
  title: string;
  @Field({ description: '1..2000 characters' })
  @IsString({ message: 'content: 内容须为文字 (must be text)' })
  content: string;
  @Field(() => ID, { nullable: true }) @IsOptional() communityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() buildingId?: string | null;
  @Field(() => String, { nullable: true, description: 'same id from the same caller: the same need, never a second one' })
  @IsOptional()
  @IsString({ message: 'clientMutationId: 须为文字 (must be text)' })
  @MaxLength(48, { message: 'clientMutationId: 不能超过 48 个字符 (at most 48 characters)' })
  clientMutationId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'uploaded with POST /uploads by the caller; at most 9' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  photoIds?: string[] | null;
}

@InputType({ description: 'offline channels, by staff on behalf of a person' })
export class RecordNeedInput extends SubmitNeedInput {
  @Field(() => NeedChannel) @IsIn(Object.values(NeedChannel), { message: 'channel: 请选择渠道 (choose a channel)' }) channel: NeedChannel;
  @Field(() => String, { nullable: true, description: 'a mobile or a landline (021-58881234); none: give onBehalfOfAddress' })
  @IsOptional()
  @IsString({ message: 'onBehalfOfPhone: 须为文字 (must be text)' })
  onBehalfOfPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'an address or contact note (required without a phone); kept in the need\'s history, staff and the person only' })
  @IsOptional()
  @IsString({ message: 'onBehalfOfAddress: 须为文字 (must be text)' })
  onBehalfOfAddress?: string | null;
  @Field() @IsString({ message: 'onBehalfOfName: 须为文字 (must be text)' }) onBehalfOfName: string;
}

@ArgsType()
export class NeedsArgs {
  @Field(() => ID) zoneId: string;
  @Field(() => NeedStatus, { nullable: true }) @IsOptional() status?: NeedStatus | null;
  @Field(() => NeedCategory, { nullable: true }) @IsOptional() category?: NeedCategory | null;
  @Field(() => NeedKind, { nullable: true }) @IsOptional() kind?: NeedKind | null;
  @Field(() => NeedChannel, { nullable: true }) @IsOptional() channel?: NeedChannel | null;
  @Field(() => String, { nullable: true, description: 'words in the title or content (Chinese segmented); results ranked, best first' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX, { message: SEARCH_MESSAGE })
  search?: string | null;
  @Field(() => Date, { nullable: true, description: 'created from, inclusive' }) @IsOptional() @IsDate({ message: 'from: 请输入有效的时间 (not a valid date-time)' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'created up to, inclusive' }) @IsOptional() @IsDate({ message: 'to: 请输入有效的时间 (not a valid date-time)' }) to?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() communityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() buildingId?: string | null;
  @Field(() => NeedCategory, { nullable: true, description: 'the classifier\'s suggestion (review queue)' }) @IsOptional() suggestedCategory?: NeedCategory | null;
  @Field(() => NeedOrder, { nullable: true, description: 'ignored with search (ranked by relevance)' }) @IsOptional() orderBy?: NeedOrder | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}

@ArgsType()
export class MyNeedsArgs {
  @Field(() => String, { nullable: true, description: 'words in the title or content; results ranked, best first' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX, { message: SEARCH_MESSAGE })
  search?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}

@ArgsType()
export class SimilarNeedsArgs {
  @Field(() => ID) zoneId: string;
  @Field() @IsString() @MaxLength(4 * NEED_TITLE_MAX, { message: 'title: 标题过长,无法比对 (too long to compare)' }) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2 * NEED_CONTENT_MAX, { message: 'content: 内容过长,无法比对 (too long to compare)' }) content?: string | null;
  @Field(() => ID, { nullable: true, description: 'leave this need out (the console reviewing it)' }) @IsOptional() excludeNeedId?: string | null;
}
