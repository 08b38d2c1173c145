import { AppError, ConflictError, ForbiddenError } from '@app/common/errors';
import type { Reason, ReasonParams } from '@app/common/reasons';

/** BAD_USER_INPUT about one answer, naming the question (extensions.questionId, field "answers"). */
export function answerError(reason: Reason, questionId: number | string, text: string | null = null, params: ReasonParams = {}): AppError {
  const question = text ? `问题「${text}」(${questionId})` : `问题 ${questionId}`;
  return new AppError('BAD_USER_INPUT', reason, { ...params, question, field: 'answers', questionId: String(questionId) });
}

export const surveyClosed = (surveyId: number) => new ConflictError('surveyClosed', { surveyId: String(surveyId) });

export const alreadyAnswered = () => new ConflictError('alreadyAnswered');

export const ownWork = () => new ForbiddenError('ownWork');

export const notARespondent = () => new ForbiddenError('notARespondent');

export const campaignClosed = (campaignId: number) => new ConflictError('campaignClosed', { campaignId: String(campaignId) });

export const alreadyVoted = () => new ConflictError('alreadyVoted');

export const notAVoter = () => new ForbiddenError('notAVoter');
export const notOfZone = () => new ForbiddenError('notOfZone');
export const ownUnitsProject = () => new ForbiddenError('ownUnitsProject');
