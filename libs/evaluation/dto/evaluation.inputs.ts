import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Dimension, SurveyMethod } from '@app/common/enums';

/** A survey question's text: SurveysService checks it (cleanText) and refuses naming the question. */
export const QUESTION_MAX = 200;

@InputType()
export class QuestionInput {
  @Field() @IsString() text: string;
  @Field(() => Dimension) @IsIn(Object.values(Dimension)) dimension: Dimension;
  @Field(() => Float, { nullable: true, description: 'weight in the index score, > 0 (default 1)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'questions: 权重须为数字 (weight must be a number)' })
  weight?: number | null;
}

@InputType()
export class SurveyInput {
  @Field(() => ID) @IsString() projectId: string;
  @Field(() => SurveyMethod) @IsIn(Object.values(SurveyMethod)) method: SurveyMethod;
  @Field(() => [QuestionInput], { description: 'empty: the standard template (two questions per dimension plus the overall one)' })
  @IsArray()
  @ArrayMaxSize(50, { message: 'questions: 最多 50 道题 (at most 50 questions)' })
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions: QuestionInput[];
  @Field(() => Int, { nullable: true, description: 'sample aimed for (default 100)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'targetResponses: 目标样本量为 1–100000 (1 to 100000)' })
  @Max(100_000, { message: 'targetResponses: 目标样本量为 1–100000 (1 to 100000)' })
  targetResponses?: number | null;
}

/** One answer: the score (1–5) of one question. The range is checked by the service, which names the question. */
@InputType()
export class AnswerInput {
  @Field(() => ID) @IsString() questionId: string;
  @Field(() => Int, { description: '1..5' }) @IsInt() score: number;
}

@ArgsType()
export class SubmitSurveyResponseArgs {
  @Field(() => ID) @IsString() surveyId: string;
  @Field(() => [AnswerInput]) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}

@ArgsType()
export class RecordVisitResponseArgs extends SubmitSurveyResponseArgs {
  @Field() @IsString() respondentPhone: string;
}

@ArgsType()
export class CreateCampaignArgs {
  @Field(() => ID) @IsString() zoneId: string;
  @Field() @IsString() title: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(100, { message: 'projectIds: 最多提名 100 个项目 (at most 100 nominees)' }) projectIds: string[];
}

@ArgsType()
export class VoteInCampaignArgs {
  @Field(() => ID) @IsString() campaignId: string;
  @Field(() => ID) @IsString() projectId: string;
}
