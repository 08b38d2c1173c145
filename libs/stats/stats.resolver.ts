import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { Public } from '@app/common/access';
import { Zone, toZone } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import { ZoneStatsArgs } from './dto/stats.inputs';
import { CategorySatisfaction, ZoneStats } from './models/stats.models';
import { StatsService } from './stats.service';

/** The council's published figures: aggregates only, no one's personal data, so anyone may read them. */
@Resolver(() => ZoneStats)
export class StatsResolver {
  constructor(
    private readonly stats: StatsService,
    private readonly org: OrgService,
  ) {}

  @Public()
  @Query(() => [CategorySatisfaction], { description: 'satisfaction per category over all survey responses about the zone’s projects' })
  async satisfactionByCategory(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<CategorySatisfaction[]> {
    const id = toId(zoneId, 'zoneId');
    await this.org.zone(id);
    return this.stats.satisfactionByCategory(id);
  }

  @Public()
  @Query(() => ZoneStats, { description: '片区报表 for a period (domain.md §6); without from/to: all time' })
  async zoneStats(@Args() args: ZoneStatsArgs): Promise<ZoneStats> {
    return this.stats.zoneStats(toId(args.zoneId, 'zoneId'), { from: args.from ?? null, to: args.to ?? null });
  }

  @ResolveField(() => Zone)
  async zone(@Parent() s: ZoneStats, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, s.zoneId))!);
  }
}
