import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertZoneRole, hasZoneRole } from '@app/common/access';
import type { UserEntity } from '@app/auth/auth.entities';
import { UsersService } from '@app/auth/users.service';
import { clock } from '@app/common/clock';
import { AppError, ConflictError, ForbiddenError, isUniqueViolation, NotFoundError, UnauthenticatedError } from '@app/common/errors';
import { label, NEED_CATEGORIES, NeedCategory, ProjectStatus, Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { inTransaction } from '@app/database/transaction';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NeedReads } from '@app/needs/need-reads';
import type { NeedEntity } from '@app/needs/needs.entities';
import type { MemberUnitEntity } from '@app/org/org.entities';
import { OrgService } from '@app/org/org.service';
import { projectRefusal, type ProjectRef } from '@app/projects/project-actions';
import { recordTimelineNote } from '@app/projects/project-state';
import { ProjectReads } from '@app/projects/project-reads';
import type { ProjectEntity } from '@app/projects/projects.entities';
import { MatchingCache } from './matching-cache';
import { ClaimInvitationEntity, PairingEntity, ResourceEntity } from './matching.entities';
import { ClaimHistory, MatchingReads, ResourceRow } from './matching.reads';
import { categoryBit, contentWords, LazyReason, MatchReason, PastProject, scorePerson, scoreUnitLazily, TextCache, TextFeatures, textFit, written } from './scoring';
import { FOR_UNIT_WEIGHTS, UNIT_WEIGHTS, VOLUNTEER_WEIGHTS } from './weights';

export interface UnitMatchResult {
  unit: MemberUnitEntity;
  score: number;
  reasons: MatchReason[];
  resources: ResourceEntity[];
  /** a project's suggested unit: staff already invited it */
  invited?: boolean;
  /** what the caller may do with this unit now: 'invite' when inviteRefusal allows it */
  actions?: UnitMatchAction[];
}

export type UnitMatchAction = 'invite';

/**
 * Why the caller may not invite `unit` to claim project `p` now, or null when they may: the unit
 * belongs to the project's zone, the project's own 'invite' rule (staff of the zone, a place still
 * open), then the unit holds no claim and was not invited before. inviteUnitToClaim throws what it
 * returns; UnitMatch.availableActions lists 'invite' when it returns null.
 */
export function inviteRefusal(
  viewer: Principal | null,
  p: ProjectRef,
  unit: Pick<MemberUnitEntity, 'zoneId' | 'name'>,
  f: { claimed: boolean; invited: boolean },
): AppError | null {
  if (unit.zoneId !== p.zoneId) return new ForbiddenError('unitNotOfProjectZone');
  return (
    projectRefusal('invite', viewer, p) ??
    (f.claimed
      ? new ConflictError('unitClaimedAlready', { unit: unit.name })
      : f.invited
        ? new ConflictError('unitInvitedAlready', { unit: unit.name })
        : null)
  );
}
export interface ProjectMatchResult {
  project: ProjectEntity;
  score: number;
  reasons: MatchReason[];
}
export interface NeedMatchResult {
  need: NeedEntity;
  score: number;
  reasons: MatchReason[];
}
export interface VolunteerMatchResult {
  user: UserEntity;
  /** the project's zone: its staff see the person's name and phone whole */
  zoneId: number;
  score: number;
  reasons: MatchReason[];
}
export interface CategoryGapResult {
  category: NeedCategory;
  openNeeds: number;
  supports: number;
  capableUnits: number;
}

const limitOf = (first: number | null | undefined, fallback = 10) => Math.max(1, Math.min(100, Number.isInteger(first) ? (first as number) : fallback));

interface Target {
  zoneId: number;
  category: NeedCategory | null;
  features: TextFeatures;
  communityIds: Set<number>;
  buildingIds: Set<number>;
}

/**
 * Explained, deterministic recommendations between needs, projects, units and people (domain.md
 * §8). Suggestions only: nothing here assigns anything; inviting a unit only tells it.
 */
@Injectable()
export class RecommendService {
  private readonly texts = new TextCache();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: MatchingReads,
    private readonly org: OrgService,
    private readonly jobs: JobsService,
    private readonly cache: MatchingCache,
    private readonly projects: ProjectReads,
    private readonly needs: NeedReads,
    private readonly users: UsersService,
  ) {}

  // ── units for a project or a need ──

  async suggestUnits(viewer: Principal | null, projectId: number, first?: number | null): Promise<UnitMatchResult[]> {
    const p = await this.project(projectId);
    assertZoneRole(viewer, p.zoneId, [Role.COUNCIL_STAFF], '查看推荐单位');
    const places = (await this.reads.needPlaces([p.id])).get(p.id) ?? { communityIds: new Set<number>(), buildingIds: new Set<number>() };
    const target: Target = { zoneId: p.zoneId, category: p.category, features: this.featuresOf('p', p.id, p.updatedAt, `${p.title} ${p.description}`), ...places };
    const { claiming, invited } = await this.unitsTakingPart(p.id);
    const ranked = await this.rankUnits(target, claiming, limitOf(first));
    return ranked.map((m) => {
      const facts = { claimed: claiming.has(m.unit.id), invited: invited.has(m.unit.id) };
      return { ...m, invited: facts.invited, actions: inviteRefusal(viewer, p, m.unit, facts) ? [] : ['invite'] };
    });
  }

  async suggestUnitsForNeed(viewer: Principal | null, needId: number, first?: number | null): Promise<UnitMatchResult[]> {
    const n = await this.needs.need(needId);
    if (!n) throw new NotFoundError('Need', needId);
    assertZoneRole(viewer, n.zoneId, [Role.COUNCIL_STAFF], '查看推荐单位');
    const target: Target = {
      zoneId: n.zoneId,
      category: n.category ?? n.suggestedCategory,
      features: this.featuresOf('n', n.id, n.updatedAt, `${n.title} ${n.content}`),
      communityIds: new Set(n.communityId ? [n.communityId] : []),
      buildingIds: new Set(n.buildingId ? [n.buildingId] : []),
    };
    return this.rankUnits(target, new Set(n.claimedByUnitId ? [n.claimedByUnitId] : []), limitOf(first));
  }

  private async rankUnits(target: Target, exclude: Set<number>, limit: number): Promise<UnitMatchResult[]> {
    const category = target.category;
    const z = target.zoneId;
    const [units, { byUnit: resourcesByUnit, features }, pairings, { byUnit: historyByUnit, anyDone }, open, names] = await Promise.all([
      this.cache.remember(`units:${z}`, () => this.org.units(z)),
      this.zoneResources(z, { category }),
      this.pairings(z),
      this.cache.remember(`history:${z}:${category}`, async () => {
        const history = category ? await this.reads.history(z, { category }) : ([] as ClaimHistory[]);
        const byUnit = new Map<number, { past: PastProject[]; reliability?: { started: number; onTime: number } }>();
        for (const [unitId, own] of group(history, (h) => h.unitId)) {
          const timed = own.filter((h) => h.onTime !== null);
          byUnit.set(unitId, {
            past: own.filter((h) => h.done).map((h) => ({ satisfaction: h.satisfaction, completedAt: h.completedAt })),
            reliability: timed.length ? { started: timed.length, onTime: timed.filter((h) => h.onTime).length } : undefined,
          });
        }
        return { byUnit, anyDone: history.some((h) => h.done) };
      }),
      this.cache.remember(`open:${z}`, () => this.reads.openClaimCounts(z)),
      this.placeNames(z),
    ]);
    const now = clock.now();

    const scored: { unit: MemberUnitEntity; score: number; reasons: LazyReason[]; resourceIds: number[] }[] = [];
    for (const unit of units) {
      if (exclude.has(unit.id)) continue;
      const own = historyByUnit.get(unit.id);
      const s = scoreUnitLazily(
        {
          category: category ?? NEED_CATEGORIES[0],
          past: own?.past ?? [],
          zoneHasHistory: !category || anyDone,
          resources: (resourcesByUnit.get(unit.id) ?? []).map((r) => this.resourceEvidence(r, features.get(r.id)!, category, target)),
          pairedWith: pairedWith(unit, pairings, target.communityIds, names.communities),
          sameBuilding: unit.buildingId && target.buildingIds.has(unit.buildingId) ? (names.buildings.get(unit.buildingId) ?? null) : null,
          openClaims: open.get(unit.id) ?? 0,
          reliability: own?.reliability,
        },
        UNIT_WEIGHTS,
        now,
      );
      if (s.score > 0) scored.push({ unit, ...s });
    }
    scored.sort((a, b) => b.score - a.score || a.unit.id - b.unit.id);
    const top = scored.slice(0, limit);
    const full = new Map((await this.reads.resourcesById(top.flatMap((m) => m.resourceIds))).map((r) => [r.id, r]));
    return top.map((m) => ({ unit: m.unit, score: m.score, reasons: written(m.reasons), resources: m.resourceIds.map((id) => full.get(id)!).filter(Boolean) }));
  }

  // ── projects and wishes for a unit ──

  async recommendedProjects(viewer: Principal | null, unitId: number, first?: number | null): Promise<ProjectMatchResult[]> {
    const unit = await this.assertUnitDesk(viewer, unitId);
    const [candidates, ctx] = await Promise.all([this.claimableProjects(unit), this.unitContext(unit)]);
    const places = await this.reads.needPlaces(candidates.map((p) => p.id));
    const out: { project: ProjectEntity; score: number; reasons: LazyReason[] }[] = [];
    for (const p of candidates) {
      const pl = places.get(p.id) ?? { communityIds: new Set<number>(), buildingIds: new Set<number>() };
      const target: Target = { zoneId: p.zoneId, category: p.category, features: this.featuresOf('p', p.id, p.updatedAt, `${p.title} ${p.description}`), ...pl };
      const scored = this.scoreForUnit(unit, ctx, target);
      if (scored.score > 0) out.push({ project: p, ...scored });
    }
    out.sort((a, b) => b.score - a.score || b.project.id - a.project.id);
    return out.slice(0, limitOf(first)).map((m) => ({ ...m, reasons: written(m.reasons) }));
  }

  async recommendedWishes(viewer: Principal | null, unitId: number, first?: number | null): Promise<NeedMatchResult[]> {
    const unit = await this.assertUnitDesk(viewer, unitId);
    const [candidates, ctx] = await Promise.all([this.reads.openWishes(unit.zoneId), this.unitContext(unit)]);
    const out: { need: NeedEntity; score: number; reasons: LazyReason[] }[] = [];
    for (const n of candidates) {
      const target: Target = {
        zoneId: n.zoneId,
        category: n.category,
        features: this.featuresOf('n', n.id, n.updatedAt, `${n.title} ${n.content}`),
        communityIds: new Set(n.communityId ? [n.communityId] : []),
        buildingIds: new Set(n.buildingId ? [n.buildingId] : []),
      };
      const scored = this.scoreForUnit(unit, ctx, target);
      if (scored.score > 0) out.push({ need: n, ...scored });
    }
    out.sort((a, b) => b.score - a.score || b.need.id - a.need.id);
    return out.slice(0, limitOf(first)).map((m) => ({ ...m, reasons: written(m.reasons) }));
  }

  private async unitContext(unit: MemberUnitEntity) {
    const z = unit.zoneId;
    const [{ rows: resources, features }, pairings, doneByCategory, names] = await Promise.all([
      this.zoneResources(z, { unitId: unit.id }),
      this.pairings(z),
      this.cache.remember(`done:${z}:${unit.id}`, async () => {
        const done = (await this.reads.history(z, { unitId: unit.id })).filter((h) => h.done);
        return new Map([...group(done, (h) => h.category)].map(([c, rows]) => [c, rows.map((h): PastProject => ({ satisfaction: h.satisfaction, completedAt: h.completedAt }))]));
      }),
      this.placeNames(z),
    ]);
    return { resources, features, pairings, doneByCategory, names, now: clock.now() };
  }

  /** The newest claimable projects of the unit's zone with a free slot that the unit never claimed. */
  private claimableProjects(unit: MemberUnitEntity): Promise<ProjectEntity[]> {
    return this.cache.remember(`claimable:${unit.zoneId}:${unit.id}`, () => this.reads.claimableProjects(unit.zoneId, unit.id));
  }

  /** Available resources of the zone (of a category, or of one unit) with their text features, by unit. */
  private zoneResources(zoneId: number, filter: { category?: NeedCategory | null; unitId?: number }) {
    return this.cache.remember(`resources:${zoneId}:${filter.category ?? ''}:${filter.unitId ?? ''}`, async () => {
      const rows = await this.reads.resources(zoneId, filter);
      return { rows, byUnit: group(rows, (r) => r.unitId), features: await this.resourceFeatures(rows) };
    });
  }

  private pairings(zoneId: number): Promise<PairingEntity[]> {
    return this.cache.remember(`pairings:${zoneId}`, () => this.reads.pairings(zoneId));
  }

  private scoreForUnit(unit: MemberUnitEntity, ctx: Awaited<ReturnType<RecommendService['unitContext']>>, target: Target) {
    const category = target.category;
    const { score, reasons } = scoreUnitLazily(
      {
        category: category ?? NEED_CATEGORIES[0],
        past: category ? (ctx.doneByCategory.get(category) ?? []) : [],
        zoneHasHistory: true,
        resources: ctx.resources.map((r) => this.resourceEvidence(r, ctx.features.get(r.id)!, category, target)),
        pairedWith: pairedWith(unit, ctx.pairings, target.communityIds, ctx.names.communities),
        sameBuilding: unit.buildingId && target.buildingIds.has(unit.buildingId) ? (ctx.names.buildings.get(unit.buildingId) ?? null) : null,
      },
      FOR_UNIT_WEIGHTS,
      ctx.now,
    );
    return { score, reasons };
  }

  // ── people for a project ──

  async suggestVolunteers(viewer: Principal | null, projectId: number, first?: number | null): Promise<VolunteerMatchResult[]> {
    const p = await this.project(projectId);
    assertZoneRole(viewer, p.zoneId, [Role.COUNCIL_STAFF], '查看推荐志愿者');
    const [places, zonePlaces] = await Promise.all([this.reads.needPlaces([p.id]), this.placeNames(p.zoneId)]);
    const near = places.get(p.id) ?? { communityIds: new Set<number>(), buildingIds: new Set<number>() };
    const people = await this.reads.volunteerCandidates([...zonePlaces.communities.keys()], [...zonePlaces.buildings.keys()], p.category, p.id);
    const projectText = `${p.title} ${p.description}`;
    const out: VolunteerMatchResult[] = [];
    for (const u of people) {
      const matched = (u.specialties ?? []).filter((s) => s && (projectText.includes(s) || [...contentWords(s)].some((w) => projectText.includes(w))));
      const nearText =
        u.communityId && near.communityIds.has(u.communityId)
          ? `住在来源需求所在的${zonePlaces.communities.get(u.communityId)}`
          : u.buildingId && near.buildingIds.has(u.buildingId)
            ? `在来源需求所在的${zonePlaces.buildings.get(u.buildingId)}工作`
            : null;
      const scored = scorePerson(
        { willing: (u.willingCategories ?? []).includes(p.category), category: p.category, matchedSpecialties: matched, isPartyMember: u.isPartyMember, near: nearText },
        VOLUNTEER_WEIGHTS,
      );
      if (scored.score > 0 && scored.reasons.some((r) => r.code === 'WILLINGNESS')) out.push({ user: u, zoneId: p.zoneId, ...scored });
    }
    out.sort((a, b) => b.score - a.score || Number(b.user.isPartyMember) - Number(a.user.isPartyMember) || a.user.id - b.user.id);
    return out.slice(0, limitOf(first));
  }

  // ── where the council must recruit ──

  async matchingGaps(zoneId: number): Promise<CategoryGapResult[]> {
    await this.org.zone(zoneId);
    const [demand, capable] = await Promise.all([this.reads.openDemand(zoneId), this.reads.capableUnits(zoneId)]);
    const byCat = new Map(demand.map((d) => [d.category, d]));
    return NEED_CATEGORIES.map((category) => ({
      category,
      openNeeds: byCat.get(category)?.needs ?? 0,
      supports: byCat.get(category)?.supports ?? 0,
      capableUnits: capable.get(category)?.size ?? 0,
    }));
  }

  // ── one click: invite a suggested unit to claim ──

  /**
   * Tells the unit's admins (a notification) and records it on the project's timeline. Only while
   * the project may be claimed, never for a unit that already claimed it, once per unit.
   */
  async inviteUnit(viewer: Principal | null, projectId: number, unitId: number): Promise<ProjectEntity> {
    const p = await this.project(projectId);
    assertZoneRole(viewer, p.zoneId, [Role.COUNCIL_STAFF], '邀请单位认领');
    const unit = await this.org.unit(unitId);
    const { claiming, invited } = await this.unitsTakingPart(p.id);
    const refusal = inviteRefusal(viewer, p, unit, { claimed: claiming.has(unit.id), invited: invited.has(unit.id) });
    if (refusal) throw refusal;
    const admins = await this.users.accountsOfUnitIds([unit.id]);
    return inTransaction(this.db, async (m) => {
      try {
        await m.insert(ClaimInvitationEntity, { zoneId: p.zoneId, projectId: p.id, unitId: unit.id, invitedById: viewer.id });
      } catch (e) {
        // invited by someone else since the check above
        if (isUniqueViolation(e)) throw inviteRefusal(viewer, p, unit, { claimed: false, invited: true })!;
        throw e;
      }
      await recordTimelineNote(m, p, viewer.id, `邀请${unit.name}认领`);
      if (admins.length) {
        await this.jobs.enqueue(m, JobName.Notify, {
          userIds: admins,
          zoneId: p.zoneId,
          kind: 'claim-invitation',
          title: '邀请认领项目',
          body: `促进会邀请${unit.name}认领项目「${p.title}」(${label('NeedCategory', p.category)})。请在单位认领页面查看。`,
          dedupeKey: `claim-invitation:${p.id}:${unit.id}`,
        });
      }
      return p;
    });
  }

  /** Units that claimed the project (released claims included: they are not suggested again) and units invited to. */
  private async unitsTakingPart(projectId: number): Promise<{ claiming: Set<number>; invited: Set<number> }> {
    const [claiming, invited] = await Promise.all([this.projects.claimingUnitIds(projectId), this.invitedUnits(projectId)]);
    return { claiming: new Set(claiming), invited };
  }

  /** Units invited to claim the project. */
  async invitedUnits(projectId: number): Promise<Set<number>> {
    const rows = await this.db.getRepository(ClaimInvitationEntity).find({ where: { projectId }, select: ['unitId'] });
    return new Set(rows.map((r) => r.unitId));
  }

  // ── helpers ──

  private async project(id: number): Promise<ProjectEntity> {
    const p = await this.projects.project(id);
    if (!p) throw new NotFoundError('Project', id);
    return p;
  }

  /** The unit's own admin, or the zone's staff. */
  private async assertUnitDesk(viewer: Principal | null, unitId: number): Promise<MemberUnitEntity> {
    if (!viewer) throw new UnauthenticatedError();
    const unit = await this.org.unit(unitId);
    const own = viewer.unitId === unit.id && hasZoneRole(viewer, unit.zoneId, [Role.UNIT_ADMIN]);
    if (!own && !hasZoneRole(viewer, unit.zoneId, [Role.COUNCIL_STAFF])) {
      throw new ForbiddenError('recommendationsUnitOrStaff');
    }
    return unit;
  }

  private resourceEvidence(r: ResourceRow, features: TextFeatures, category: NeedCategory | null, target: Target) {
    return { id: r.id, title: r.title, kind: r.kind, cost: r.cost, serves: !!category && (r.categoryMask & categoryBit(category)) !== 0, fit: textFit(features, target.features) };
  }

  /** Text features of each resource; texts are read only for those not cached at their version. */
  private async resourceFeatures(rows: ResourceRow[]): Promise<Map<number, TextFeatures>> {
    const out = new Map<number, TextFeatures>();
    const missing: ResourceRow[] = [];
    for (const r of rows) {
      const f = this.texts.get(`r${r.id}`, r.version);
      if (f) out.set(r.id, f);
      else missing.push(r);
    }
    const texts = await this.reads.resourceTexts(missing.map((r) => r.id));
    for (const r of missing) out.set(r.id, this.texts.features(`r${r.id}`, r.version, texts.get(r.id) ?? r.title));
    return out;
  }

  private featuresOf(kind: string, id: number, updatedAt: Date | null | undefined, text: string): TextFeatures {
    return this.texts.features(`${kind}${id}`, updatedAt ? new Date(updatedAt).getTime() : 0, text);
  }

  private placeNames(zoneId: number) {
    return this.cache.remember(`places:${zoneId}`, async () => {
      const [communities, buildings] = await Promise.all([this.org.communities(zoneId), this.org.buildings(zoneId)]);
      return { communities: new Map(communities.map((c) => [c.id, c.name])), buildings: new Map(buildings.map((b) => [b.id, b.name])) };
    });
  }
}

function group<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function pairedWith(unit: MemberUnitEntity, pairings: PairingEntity[], communityIds: Set<number>, names: Map<number, string>): string[] {
  if (!unit.buildingId) return [];
  return pairings.filter((p) => p.buildingId === unit.buildingId && communityIds.has(p.communityId)).map((p) => names.get(p.communityId) ?? `居民区${p.communityId}`);
}
