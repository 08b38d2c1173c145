import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { Decision, NeedCategory, ProjectStatus, VoteChoice } from '@app/common/enums';
import { SEARCH_MAX } from '@app/search/search-text';
import { DateScalar } from '@app/common/date-scalar';
import { BadInputError } from '@app/common/errors';

export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 5000;
export const CLAIM_LIMIT_MAX = 50;
export const COMMENT_MAX = 1000;
export const PLEDGE_MAX = 1000;
export const NOTE_MAX = 2000;
/** volunteers a unit may pledge */
export const VOLUNTEERS_MAX = 1_000_000;
// One place for the limits: the services check lengths (cleanText: control characters stripped,
// trimmed, counted in characters), amounts (checkAmount) and the claim limit (checkClaimLimit)
// against these numbers, refusing with a reason key and the field. The validators below check
// only the shape (text, whole number, one of the values); the body limit refuses absurd payloads.
/** fen in a signed 32-bit column */
export const MONEY_MAX = 2_000_000_000;

/** A count or an amount of fen (budget, pledges, funds spent, beneficiaries): a whole number from 0 to `max`. */
export function checkAmount(value: number, field: string, label: string, max = MONEY_MAX): number {
  if (!Number.isInteger(value) || value < 0) throw new BadInputError('amountNegative', field, { label });
  if (value > max) throw new BadInputError('amountTooLarge', field, { label });
  return value;
}

/** How many units may claim a project: a whole number from 1 to CLAIM_LIMIT_MAX. */
export function checkClaimLimit(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > CLAIM_LIMIT_MAX) throw new BadInputError('claimLimitRange', 'claimLimit', { max: CLAIM_LIMIT_MAX });
  return value;
}

@InputType({ description: '起草项目' })
export class ProjectInput {
  @Field(() => ID) zoneId: string;
  @Field({ description: '1..60 characters' }) @IsString({ message: 'title: 标题须为文字 (must be text)' }) title: string;
  @Field({ description: '1..5000 characters' }) @IsString({ message: 'description: 项目描述须为文字 (must be text)' }) description: string;
  @Field(() => NeedCategory) @IsIn(Object.values(NeedCategory), { message: 'category: 请选择菜单类别 (choose a menu category)' }) category: NeedCategory;
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(100, { message: 'sourceNeedIds: 最多 100 条来源需求 (at most 100 source needs)' })
  sourceNeedIds: string[];
  @Field(() => Int)
  @IsInt()
  budgetFen: number;
  @Field(() => Int)
  @IsInt()
  targetBeneficiaries: number;
  @Field(() => Int, { nullable: true, description: 'how many units may claim it: 1–50, default 1' })
  @IsOptional()
  @IsInt()
  claimLimit?: number | null;
  @Field(() => DateScalar, { nullable: true, description: '开始日期 YYYY-MM-DD' }) @IsOptional() startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '结束日期 YYYY-MM-DD, not before startsOn; past it the project is overdue' }) @IsOptional() endsOn?: string | null;
}

/** 修改草稿: every field of a draft but its zone, each optional (the validators are ProjectInput's). */
@InputType({ description: '修改草稿 (DRAFT only): only the fields given change' })
export class ProjectUpdateInput extends PartialType(OmitType(ProjectInput, ['zoneId', 'sourceNeedIds'] as const)) {
  @Field(() => [ID], { nullable: true, description: 'replaces the source needs: removed ones return to the menu, added ones must be ACCEPTED' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'sourceNeedIds: 最多 100 条来源需求 (at most 100 source needs)' })
  sourceNeedIds?: string[] | null;
}

/** 单位申报: a draft's fields without source needs or a claim limit, with the offering unit and its pledge. */
@InputType({ description: '单位申报: a member unit offers a project of its own (e.g. 金秋助学)' })
export class UnitOfferInput extends OmitType(ProjectInput, ['sourceNeedIds', 'claimLimit'] as const) {
  @Field(() => ID) unitId: string;
  @Field({ description: "the unit's pledge, 1..1000 characters: its claim once published" }) @IsString({ message: 'pledge: 认领承诺须为文字 (must be text)' }) pledge: string;
}

@ArgsType()
export class ReleaseClaimArgs {
  @Field(() => ID) projectId: string;
  @Field(() => ID) unitId: string;
  @Field({ description: 'why the unit gives the claim back, 1..1000 characters' }) @IsString({ message: 'reason: 原因须为文字 (must be text)' }) reason: string;
}

@ArgsType()
export class ProjectsArgs {
  @Field(() => ID) zoneId: string;
  @Field(() => ProjectStatus, { nullable: true }) @IsOptional() status?: ProjectStatus | null;
  @Field(() => NeedCategory, { nullable: true }) @IsOptional() category?: NeedCategory | null;
  @Field(() => ID, { nullable: true, description: 'projects this member unit has claimed' }) @IsOptional() unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'words in the title or description (Chinese segmented); results ranked, best first' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX, { message: `search: 搜索词不能超过 ${SEARCH_MAX} 个字 (at most ${SEARCH_MAX} characters)` })
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only projects past endsOn and not yet COMPLETED, EVALUATED or CANCELLED (false: only the others)' }) @IsOptional() overdue?: boolean | null;
  @Field(() => Int, { nullable: true }) @IsOptional() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}

@ArgsType()
export class ProjectCommentArgs {
  @Field(() => ID) projectId: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'comment: 说明须为文字 (must be text)' })
 
  comment?: string | null;
}

@ArgsType()
export class RequiredCommentArgs {
  @Field(() => ID) projectId: string;
  @Field({ description: 'required, 1..1000 characters' }) @IsString({ message: 'comment: 说明须为文字 (must be text)' }) comment: string;
}

@ArgsType()
export class CastVoteArgs {
  @Field(() => ID) projectId: string;
  @Field(() => VoteChoice) @IsIn(Object.values(VoteChoice), { message: 'choice: 请选择赞成、反对或弃权 (FOR, AGAINST or ABSTAIN)' }) choice: VoteChoice;
}

@ArgsType()
export class DecideProjectArgs extends RequiredCommentArgs {
  @Field(() => Decision) @IsIn(Object.values(Decision), { message: 'decision: 请选择批准、退回或不予批准 (APPROVE, RETURN or REJECT)' }) decision: Decision;
}

@ArgsType()
export class ClaimProjectArgs {
  @Field(() => ID) projectId: string;
  @Field(() => ID) unitId: string;
  @Field({ description: '认领承诺, 1..1000 characters' }) @IsString({ message: 'pledge: 认领承诺须为文字 (must be text)' }) pledge: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  pledgedFundsFen?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  pledgedVolunteers?: number | null;
}

@ArgsType()
export class ReportProgressArgs {
  @Field(() => ID) projectId: string;
  @Field(() => ID) unitId: string;
  @Field({ description: '1..2000 characters' }) @IsString({ message: 'note: 进度说明须为文字 (must be text)' }) note: string;
  @Field(() => Int)
  @IsInt()
  percent: number;
  @Field(() => Int)
  @IsInt()
  fundsSpentFen: number;
  @Field(() => Int)
  @IsInt()
  beneficiaries: number;  @Field(() => [ID], { nullable: true, description: 'uploaded with POST /uploads by the caller; at most 9' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  photoIds?: string[] | null;
}

@ArgsType()
export class CorrectProgressArgs extends OmitType(ReportProgressArgs, ['projectId', 'unitId'] as const, ArgsType) {
  @Field(() => ID) reportId: string;
}
