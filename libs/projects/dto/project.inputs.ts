import { ArgsType, Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
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
// Lengths are checked exactly in the services (cleanText: control characters stripped, trimmed,
// counted in characters); the validators here only refuse absurd payloads early.
/** fen in a signed 32-bit column */
export const MONEY_MAX = 2_000_000_000;

/** A count or an amount of fen (budget, pledges, funds spent, beneficiaries): a whole number from 0 to MONEY_MAX. */
export function checkAmount(value: number, field: string, label: string): number {
  if (!Number.isInteger(value) || value < 0) throw new BadInputError('amountNegative', field, { label });
  if (value > MONEY_MAX) throw new BadInputError('amountTooLarge', field, { label });
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
  @Field({ description: '1..60 characters' }) @IsString({ message: 'title: 标题须为文字 (must be text)' }) @MaxLength(4 * TITLE_MAX, { message: 'title: 标题为 1–60 个字 (1 to 60 characters)' }) title: string;
  @Field({ description: '1..5000 characters' }) @IsString({ message: 'description: 项目描述须为文字 (must be text)' }) @MaxLength(4 * DESCRIPTION_MAX, { message: 'description: 项目描述为 1–5000 个字 (1 to 5000 characters)' }) description: string;
  @Field(() => NeedCategory) @IsIn(Object.values(NeedCategory), { message: 'category: 请选择菜单类别 (choose a menu category)' }) category: NeedCategory;
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'sourceNeedIds: 至少选择一条来源需求 (at least one source need)' })
  @ArrayMaxSize(100, { message: 'sourceNeedIds: 最多 100 条来源需求 (at most 100 source needs)' })
  sourceNeedIds: string[];
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'budgetFen: 预算不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'budgetFen: 预算过大 (too large)' })
  budgetFen: number;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'targetBeneficiaries: 受益人数不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'targetBeneficiaries: 受益人数过大 (too large)' })
  targetBeneficiaries: number;
  @Field(() => Int, { nullable: true, description: 'how many units may claim it: 1–50, default 1' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'claimLimit: 认领名额为 1–50 (from 1 to 50)' })
  @Max(CLAIM_LIMIT_MAX, { message: 'claimLimit: 认领名额为 1–50 (from 1 to 50)' })
  claimLimit?: number | null;
  @Field(() => DateScalar, { nullable: true, description: '开始日期 YYYY-MM-DD' }) @IsOptional() startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '结束日期 YYYY-MM-DD, not before startsOn; past it the project is overdue' }) @IsOptional() endsOn?: string | null;
}

@InputType({ description: '修改草稿 (DRAFT only): only the fields given change' })
export class ProjectUpdateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString({ message: 'title: 标题须为文字 (must be text)' }) @MaxLength(4 * TITLE_MAX, { message: 'title: 标题为 1–60 个字 (1 to 60 characters)' }) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString({ message: 'description: 项目描述须为文字 (must be text)' }) @MaxLength(4 * DESCRIPTION_MAX, { message: 'description: 项目描述为 1–5000 个字 (1 to 5000 characters)' }) description?: string | null;
  @Field(() => NeedCategory, { nullable: true }) @IsOptional() @IsIn(Object.values(NeedCategory), { message: 'category: 请选择菜单类别 (choose a menu category)' }) category?: NeedCategory | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'budgetFen: 预算不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'budgetFen: 预算过大 (too large)' })
  budgetFen?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'targetBeneficiaries: 受益人数不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'targetBeneficiaries: 受益人数过大 (too large)' })
  targetBeneficiaries?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'claimLimit: 认领名额为 1–50 (from 1 to 50)' })
  @Max(CLAIM_LIMIT_MAX, { message: 'claimLimit: 认领名额为 1–50 (from 1 to 50)' })
  claimLimit?: number | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() endsOn?: string | null;
  @Field(() => [ID], { nullable: true, description: 'replaces the source needs: removed ones return to the menu, added ones must be ACCEPTED' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'sourceNeedIds: 最多 100 条来源需求 (at most 100 source needs)' })
  sourceNeedIds?: string[] | null;
}

@InputType({ description: '单位申报: a member unit offers a project of its own (e.g. 金秋助学)' })
export class UnitOfferInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) zoneId: string;
  @Field() @IsString({ message: 'title: 标题须为文字 (must be text)' }) @MaxLength(4 * TITLE_MAX, { message: 'title: 标题为 1–60 个字 (1 to 60 characters)' }) title: string;
  @Field() @IsString({ message: 'description: 项目描述须为文字 (must be text)' }) @MaxLength(4 * DESCRIPTION_MAX, { message: 'description: 项目描述为 1–5000 个字 (1 to 5000 characters)' }) description: string;
  @Field(() => NeedCategory) @IsIn(Object.values(NeedCategory), { message: 'category: 请选择菜单类别 (choose a menu category)' }) category: NeedCategory;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'budgetFen: 预算不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'budgetFen: 预算过大 (too large)' })
  budgetFen: number;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'targetBeneficiaries: 受益人数不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'targetBeneficiaries: 受益人数过大 (too large)' })
  targetBeneficiaries: number;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() endsOn?: string | null;
  @Field({ description: "the unit's pledge, 1..1000 characters: its claim once published" }) @IsString({ message: 'pledge: 认领承诺须为文字 (must be text)' }) @MaxLength(4 * PLEDGE_MAX, { message: 'pledge: 认领承诺为 1–1000 个字 (1 to 1000 characters)' }) pledge: string;
}

@ArgsType()
export class ReleaseClaimArgs {
  @Field(() => ID) projectId: string;
  @Field(() => ID) unitId: string;
  @Field({ description: 'why the unit gives the claim back, 1..1000 characters' }) @IsString({ message: 'reason: 原因须为文字 (must be text)' }) @MaxLength(4 * COMMENT_MAX, { message: 'reason: 原因为 1–1000 个字 (1 to 1000 characters)' }) reason: string;
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
  @MaxLength(4 * COMMENT_MAX, { message: 'comment: 说明最多 1000 个字 (at most 1000 characters)' })
  comment?: string | null;
}

@ArgsType()
export class RequiredCommentArgs {
  @Field(() => ID) projectId: string;
  @Field({ description: 'required, 1..1000 characters' }) @IsString({ message: 'comment: 说明须为文字 (must be text)' }) @MaxLength(4 * COMMENT_MAX, { message: 'comment: 说明为 1–1000 个字 (1 to 1000 characters)' }) comment: string;
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
  @Field({ description: '认领承诺, 1..1000 characters' }) @IsString({ message: 'pledge: 认领承诺须为文字 (must be text)' }) @MaxLength(4 * PLEDGE_MAX, { message: 'pledge: 认领承诺为 1–1000 个字 (1 to 1000 characters)' }) pledge: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'pledgedFundsFen: 承诺资金不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'pledgedFundsFen: 承诺资金过大 (too large)' })
  pledgedFundsFen?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'pledgedVolunteers: 志愿者人数不能为负 (must be at least 0)' })
  @Max(1_000_000, { message: 'pledgedVolunteers: 志愿者人数过大 (too large)' })
  pledgedVolunteers?: number | null;
}

@ArgsType()
export class ReportProgressArgs {
  @Field(() => ID) projectId: string;
  @Field(() => ID) unitId: string;
  @Field({ description: '1..2000 characters' }) @IsString({ message: 'note: 进度说明须为文字 (must be text)' }) @MaxLength(4 * NOTE_MAX, { message: 'note: 进度说明为 1–2000 个字 (1 to 2000 characters)' }) note: string;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'percent: 进度为 0–100 (from 0 to 100)' })
  @Max(100, { message: 'percent: 进度为 0–100 (from 0 to 100)' })
  percent: number;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'fundsSpentFen: 已用资金不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'fundsSpentFen: 已用资金过大 (too large)' })
  fundsSpentFen: number;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'beneficiaries: 受益人数不能为负 (must be at least 0)' })
  @Max(MONEY_MAX, { message: 'beneficiaries: 受益人数过大 (too large)' })
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
