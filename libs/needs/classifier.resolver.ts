import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { assertZoneRole, CurrentUser, Roles } from '@app/common/access';
import { Role } from '@app/common/glossary';
import { LoaderKey } from '@app/common/loaders';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CategorySuggestion, ClassifierReport } from './models/classifier.model';
import { Need } from './models/need.model';
import { NeedClassificationService } from './need-classification.service';
import { NeedsService } from './needs.service';

/** The category suggestion: Need.suggestions for the review card, and 分类准确率 (classifierReport). */
@Resolver(() => Need)
export class ClassifierResolver {
  private readonly suggestionsByNeed: LoaderKey<number, CategorySuggestion[] | null>;

  constructor(private readonly classification: NeedClassificationService) {
    this.suggestionsByNeed = new LoaderKey('needSuggestions', async (ids) => {
      const found = await this.classification.suggestionsOf(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  @Roles(Role.COUNCIL_STAFF)
  @Query(() => ClassifierReport, { description: 'how often the suggestion matched staff decisions (the zone\'s last 500); staff of the zone' })
  async classifierReport(@CurrentUser() viewer: Principal, @Args('zoneId', { type: () => ID }) zoneId: string): Promise<ClassifierReport> {
    const zone = toId(zoneId, 'zoneId');
    assertZoneRole(viewer, zone, [Role.COUNCIL_STAFF], '查看分类准确率');
    return this.classification.report(zone);
  }

  @ResolveField(() => [CategorySuggestion], {
    description: 'best first, at most 3 (suggestedCategory is the first), with the words that weighed most; staff of the zone only, [] for others and before the suggestion is made',
  })
  async suggestions(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<CategorySuggestion[]> {
    if (!viewer || !NeedsService.isStaffOf(viewer, n.zoneId)) return [];
    const stored = await ctx.loaders.load(this.suggestionsByNeed, Number(n.id));
    if (stored) return stored;
    // classified before suggestions were stored: the first one, without reasons
    return n.suggestedCategory ? [{ category: n.suggestedCategory, confidence: n.suggestedConfidence ?? 0, because: [] }] : [];
  }
}
