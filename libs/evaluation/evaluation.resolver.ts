import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/common/glossary';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CurrentUser, Public, Roles } from '@app/common/access';
import { Project, toProject } from '@app/projects/models/project.model';
import { CampaignsService } from './campaigns.service';
import { CreateCampaignArgs, RecordVisitResponseArgs, SubmitSurveyResponseArgs, SurveyInput, VoteInCampaignArgs } from './dto/evaluation.inputs';
import { EvaluationResultsService } from './evaluation-results.service';
import { Campaign, Nominee, toCampaign, toNominee } from './models/campaign.models';
import { EvaluationResult, Question, Survey, toEvaluationResult, toQuestion, toSurvey } from './models/evaluation.models';
import { SurveysService } from './surveys.service';

const PEOPLE = [Role.RESIDENT, Role.WHITE_COLLAR, Role.UNIT_ADMIN];

@Resolver(() => Survey)
export class SurveyResolver {
  constructor(private readonly surveys: SurveysService) {}

  @Public()
  @Query(() => Survey, { nullable: true })
  async survey(@Args('id', { type: () => ID }) id: string): Promise<Survey | null> {
    const s = await this.surveys.findSurvey(toId(id, 'id'));
    return s ? toSurvey(s) : null;
  }

  @Public()
  @Query(() => [Survey], { description: 'the surveys of a project, oldest first' })
  async projectSurveys(@Args('projectId', { type: () => ID }) projectId: string): Promise<Survey[]> {
    return (await this.surveys.projectSurveys(toId(projectId, 'projectId'))).map(toSurvey);
  }

  @Public()
  @Query(() => [Survey], { description: 'open surveys of the zone; signed in: only those the caller may still answer' })
  async openSurveys(@Args('zoneId', { type: () => ID }) zoneId: string, @CurrentUser() viewer: Principal | null): Promise<Survey[]> {
    return (await this.surveys.openSurveys(toId(zoneId, 'zoneId'), viewer)).map(toSurvey);
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Survey, { description: 'for a COMPLETED project; no questions: the standard template; invites the people it served' })
  async createSurvey(@Args('input') input: SurveyInput, @CurrentUser() viewer: Principal): Promise<Survey> {
    return toSurvey(
      await this.surveys.createSurvey(viewer, {
        projectId: toId(input.projectId, 'projectId'),
        method: input.method,
        questions: input.questions ?? [],
        targetResponses: input.targetResponses,
      }),
    );
  }

  @Roles(...PEOPLE)
  @Mutation(() => Boolean, { description: 'residents and office workers, once per survey, while it is open' })
  async submitSurveyResponse(@Args() args: SubmitSurveyResponseArgs, @CurrentUser() viewer: Principal): Promise<boolean> {
    await this.surveys.submitResponse(viewer, toId(args.surveyId, 'surveyId'), args.answers);
    return true;
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Boolean, { description: '入户访问: staff enter the answers of the person with this phone (found or registered)' })
  async recordVisitResponse(@Args() args: RecordVisitResponseArgs, @CurrentUser() viewer: Principal): Promise<boolean> {
    await this.surveys.recordVisitResponse(viewer, toId(args.surveyId, 'surveyId'), args.respondentPhone, args.answers);
    return true;
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Survey, { description: "freezes the results (all of the project's surveys close); the project becomes EVALUATED" })
  async closeSurvey(@Args('surveyId', { type: () => ID }) surveyId: string, @CurrentUser() viewer: Principal): Promise<Survey> {
    return toSurvey(await this.surveys.closeSurvey(viewer, toId(surveyId, 'surveyId')));
  }

  @ResolveField(() => Project)
  async project(@Parent() s: Survey, @Context() ctx: GraphQLContext): Promise<Project> {
    return toProject((await ctx.loaders.load(this.surveys.projectById, s.projectId))!);
  }

  @ResolveField(() => [Question])
  async questions(@Parent() s: Survey, @Context() ctx: GraphQLContext): Promise<Question[]> {
    return (await ctx.loaders.load(this.surveys.questionsBySurvey, Number(s.id))).map(toQuestion);
  }

  @ResolveField(() => Boolean, { description: 'the caller has answered it (false when signed out)' })
  async answeredByMe(@Parent() s: Survey, @Context() ctx: GraphQLContext): Promise<boolean> {
    const viewer = ctx.req.principal;
    if (!viewer) return false;
    return ctx.loaders.load(this.surveys.answeredBy, `${viewer.id}:${s.id}`);
  }
}

/** Project.evaluation, added to the projects feature's Project type. */
@Resolver(() => Project)
export class ProjectEvaluationResolver {
  constructor(private readonly results: EvaluationResultsService) {}

  @ResolveField(() => EvaluationResult, {
    nullable: true,
    description: "results of the project's surveys: live until a survey closes, then frozen; null before any survey",
  })
  async evaluation(p: Project, _: unknown, ctx: GraphQLContext): Promise<EvaluationResult | null> {
    const r = await ctx.loaders.load(this.results.resultByProject, Number(p.id));
    return r ? toEvaluationResult(r) : null;
  }
}

@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(private readonly selection: CampaignsService) {}

  @Public()
  @Query(() => Campaign, { nullable: true })
  async campaign(@Args('id', { type: () => ID }) id: string): Promise<Campaign | null> {
    const c = await this.selection.findCampaign(toId(id, 'id'));
    return c ? toCampaign(c) : null;
  }

  @Public()
  @Query(() => [Campaign], { description: 'newest first' })
  async campaigns(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<Campaign[]> {
    return (await this.selection.campaigns(toId(zoneId, 'zoneId'))).map(toCampaign);
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Campaign, { description: 'nominees: COMPLETED or EVALUATED projects of the zone' })
  async createCampaign(@Args() args: CreateCampaignArgs, @CurrentUser() viewer: Principal): Promise<Campaign> {
    const ids = args.projectIds.map((id) => toId(id, 'projectIds'));
    return toCampaign(await this.selection.createCampaign(viewer, toId(args.zoneId, 'zoneId'), args.title, ids));
  }

  @Roles(...PEOPLE)
  @Mutation(() => Campaign, { description: 'one vote per person per campaign' })
  async voteInCampaign(@Args() args: VoteInCampaignArgs, @CurrentUser() viewer: Principal): Promise<Campaign> {
    return toCampaign(await this.selection.vote(viewer, toId(args.campaignId, 'campaignId'), toId(args.projectId, 'projectId')));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Campaign, { description: 'ranks the nominees by votes; ties share a rank' })
  async closeCampaign(@Args('campaignId', { type: () => ID }) campaignId: string, @CurrentUser() viewer: Principal): Promise<Campaign> {
    return toCampaign(await this.selection.close(viewer, toId(campaignId, 'campaignId')));
  }

  @ResolveField(() => [Nominee], { description: 'by rank once closed, by votes while open' })
  async nominees(@Parent() c: Campaign, @Context() ctx: GraphQLContext): Promise<Nominee[]> {
    return (await ctx.loaders.load(this.selection.nomineesByCampaign, Number(c.id))).map(toNominee);
  }

  @ResolveField(() => ID, { nullable: true, description: 'the project the caller voted for, if any' })
  async myVote(@Parent() c: Campaign, @Context() ctx: GraphQLContext): Promise<string | null> {
    const viewer = ctx.req.principal;
    if (!viewer) return null;
    const p = await ctx.loaders.load(this.selection.voteOf, `${viewer.id}:${c.id}`);
    return p === null ? null : String(p);
  }
}

@Resolver(() => Nominee)
export class NomineeResolver {
  constructor(private readonly surveys: SurveysService) {}

  @ResolveField(() => Project)
  async project(@Parent() n: Nominee, @Context() ctx: GraphQLContext): Promise<Project> {
    return toProject((await ctx.loaders.load(this.surveys.projectById, n.projectId))!);
  }
}
