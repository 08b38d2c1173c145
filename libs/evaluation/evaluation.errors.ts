import { AppError, ConflictError, ForbiddenError } from '@app/common/errors';

/** BAD_USER_INPUT about one answer, naming the question (extensions.questionId, field "answers"). */
export function answerError(questionId: number | string, text: string | null, zh: string, en: string): AppError {
  const named = text ? `问题「${text}」(${questionId})` : `问题 ${questionId}`;
  return new AppError('BAD_USER_INPUT', `answers: ${named}${zh} (question ${questionId} ${en})`, { field: 'answers', questionId: String(questionId) });
}

export const surveyClosed = (surveyId: number) => new ConflictError(`问卷已结束,不能再作答 (survey ${surveyId} is closed)`, { surveyId: String(surveyId) });

export const alreadyAnswered = () => new ConflictError('每人只能作答一次,您已提交过此问卷 (this person has already answered this survey)');

export const ownWork = () => new ForbiddenError('认领单位不能评价自己承担的项目 (units that claimed the project may not score their own work)');

export const notARespondent = () => new ForbiddenError('只有居民和楼宇白领可以参加评价 (only residents and office workers answer surveys)');

export const campaignClosed = (campaignId: number) => new ConflictError(`评选已结束,不能再投票 (campaign ${campaignId} is closed)`, { campaignId: String(campaignId) });

export const alreadyVoted = () => new ConflictError('每人每个评选只能投一票,您已投过 (one vote per person per campaign; you have voted)');

export const notAVoter = () => new ForbiddenError('只有居民和楼宇白领可以参加评选投票 (only residents and office workers vote in selections)');
export const notOfZone = () => new ForbiddenError('只有本片区的居民和白领(受邀者、住在或在此工作的人、参与过本片区需求的人)可以参加评价 (only people of this zone answer its surveys)');
export const ownUnitsProject = () => new ForbiddenError('不能为本单位认领的项目投票 (you may not vote for a project your unit claimed)');
