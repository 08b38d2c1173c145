import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { assertZoneRole, CurrentUser, hasZoneRole, Public, Roles } from '@app/common/access';
import { toUnit } from '@app/org/models/org.models';
import { ScorecardWeight, UnitScorecard } from './models/scorecard.models';
import { SCORECARD_WEIGHTS } from './unit-scorecard';
import { UnitScorecardService } from './unit-scorecard.service';

/** Who reads the whole ranking: the council's staff, board and party committee of the zone. */
const RANKING_READERS: Role[] = [Role.COUNCIL_STAFF, Role.ADMIN, Role.BOARD_MEMBER, Role.PARTY_COMMITTEE];

@Resolver(() => UnitScorecard)
export class UnitScorecardResolver {
  constructor(private readonly scorecards: UnitScorecardService) {}

  /** 目标考核: the zone's ranking for a year; a unit admin sees only its own unit's row (with its rank). */
  @Roles(...RANKING_READERS, Role.UNIT_ADMIN)
  @Query(() => [UnitScorecard], { description: '目标考核: member units of the zone for a year, best first; a unit admin sees its own unit only' })
  async unitScorecards(
    @Args('zoneId', { type: () => ID }) zoneId: string,
    @Args('year', { type: () => Int }) year: number,
    @CurrentUser() viewer: Principal,
  ): Promise<UnitScorecard[]> {
    const id = toId(zoneId, 'zoneId');
    const whole = hasZoneRole(viewer, id, RANKING_READERS);
    if (!whole) assertZoneRole(viewer, id, [Role.UNIT_ADMIN], '查看年度考核');
    const rows = await this.scorecards.scorecards(id, year);
    return rows
      .filter((r) => whole || r.unitId === viewer.unitId)
      .map((r) => ({
        unit: toUnit(r.unit),
        year: r.year,
        claims: r.claims,
        completed: r.completed,
        completedOnTime: r.completedOnTime,
        released: r.released,
        satisfactionRate: r.satisfactionRate,
        fundsSpentFen: r.fundsSpentFen,
        beneficiaries: r.beneficiaries,
        volunteers: r.volunteers,
        wishesLit: r.wishesLit,
        score: r.score,
        rank: r.rank,
      }));
  }

  @Public()
  @Query(() => [ScorecardWeight], { description: 'how the scorecard score is made: each part, its weight and how it is measured' })
  scorecardWeights(): ScorecardWeight[] {
    return SCORECARD_WEIGHTS.map((w) => ({ key: w.key, label: w.zh, labelEn: w.en, weight: w.weight, how: w.how }));
  }
}
