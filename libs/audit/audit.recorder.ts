import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { clock } from '@app/common/clock';
import { Role } from '@app/common/glossary';
import { maskPhone } from '@app/common/masking';
import type { GraphQLContext } from '@app/common/request-context';
import { AuthService } from '@app/auth/auth.service';
import { withTransactionHook } from '@app/database/transaction';
import { AuditEntryEntity } from './audit.entity';

/** Whose mutations are audited: anyone holding a role beyond resident / office worker. */
const AUDITED_ROLES = new Set<string>([Role.COUNCIL_STAFF, Role.BOARD_MEMBER, Role.PARTY_COMMITTEE, Role.UNIT_ADMIN, Role.ADMIN]);
const SECRET_KEY = /password|code|token|secret/i;
const PHONE = /(?<!\d)1\d{10}(?!\d)/g;
const DETAIL_MAX = 2000;

/** Argument names that say what a mutation is about, most specific first, with the subject type they name. */
const SUBJECTS: [string, string][] = [
  ['reportId', 'ProgressReport'],
  ['needId', 'Need'],
  ['needIds', 'Need'],
  ['projectId', 'Project'],
  ['surveyId', 'Survey'],
  ['campaignId', 'Campaign'],
  ['meetingId', 'Meeting'],
  ['resourceId', 'Resource'],
  ['teamId', 'VolunteerTeam'],
  ['pairingId', 'Pairing'],
  ['committeeId', 'Committee'],
  ['userId', 'User'],
  ['unitId', 'MemberUnit'],
  ['communityId', 'Community'],
  ['buildingId', 'Building'],
  ['zoneId', 'Zone'],
];
/** Where a subject's zone is kept (one indexed lookup inside the same transaction). */
const ZONE_OF: Record<string, string> = {
  Need: 'needs',
  Project: 'projects',
  Survey: 'surveys',
  Campaign: 'campaigns',
  MemberUnit: 'member_units',
  Community: 'communities',
  Building: 'buildings',
};

interface Pending {
  actorId: number;
  action: string;
  args: Record<string, unknown>;
  written: boolean;
}

/**
 * 审计日志, one mechanism for every mutation: each Mutation field's resolver is wrapped once, when
 * the schema is built (wrapMutations, GraphQL options' transformSchema); for a mutation by an
 * audited person the transaction hook writes the entry inside the first transaction the mutation
 * commits — with the change, or not at all. A mutation that changed nothing in a transaction (or
 * failed) leaves no entry; one that wrote outside a transaction is recorded after it succeeded.
 *
 * Mutations only: as a global Nest interceptor it sat in front of every query too, and Nest's
 * interceptor chain (an rxjs pipeline and two AsyncResource bindings per call) cost a small read
 * about a fifth of its CPU (bench:ratio, issue 17).
 */
@Injectable()
export class AuditRecorder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** Every Mutation field of the schema goes through `record`. */
  wrapMutations(schema: GraphQLSchema): GraphQLSchema {
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, ctx: GraphQLContext, info) => this.record(ctx, info, args, () => resolve(source, args, ctx, info));
    }
    return schema;
  }

  private async record(ctx: GraphQLContext, info: GraphQLResolveInfo, args: Record<string, unknown>, run: () => unknown): Promise<unknown> {
    // the caller as the access guard sees them (the same memoised load), before the mutation runs
    const principal = ctx?.req ? await this.auth.principalOf(ctx.req) : null;
    if (!principal || !principal.grants.some((g) => AUDITED_ROLES.has(g.role))) return run();

    const pending: Pending = { actorId: principal.id, action: info.fieldName, args, written: false };
    const hook = {
      beforeCommit: async (m: EntityManager, result: unknown) => {
        if (!pending.written) await this.write(m, pending, result);
      },
      committed: () => {
        pending.written = true;
      },
    };
    const [running, release] = withTransactionHook(hook, run);
    let value: unknown;
    try {
      value = await running;
    } finally {
      release(); // the mutation is over (completed or failed): its transactions have committed
    }
    // nothing was written in a transaction: record it now (a mutation that wrote directly)
    if (!pending.written) {
      await this.write(this.db.manager, pending, value);
      pending.written = true;
    }
    return value;
  }

  private async write(m: EntityManager, p: Pending, result: unknown): Promise<void> {
    const flat: Record<string, unknown> = { ...(isObject(p.args.input) ? p.args.input : {}), ...p.args };
    let subjectType = '';
    let subjectId: string | null = null;
    for (const [key, type] of SUBJECTS) {
      const v = flat[key];
      if (v === undefined || v === null || v === '') continue;
      subjectType = type;
      subjectId = Array.isArray(v) ? (v.length === 1 ? String(v[0]) : null) : String(v);
      break;
    }
    const res = isObject(result) ? result : null;
    if (!subjectType) {
      subjectType = /^(?:create|record|offer|submit|schedule|set)([A-Z]\w*)$/.exec(p.action)?.[1] ?? p.action;
      if (res && (typeof res.id === 'number' || typeof res.id === 'string')) subjectId = String(res.id);
    }
    let zoneId: number | null = null;
    if (res && typeof res.zoneId === 'number') zoneId = res.zoneId;
    else if (subjectType === 'Zone' && subjectId) zoneId = Number(subjectId);
    else if (typeof flat.zoneId === 'string' || typeof flat.zoneId === 'number') zoneId = Number(flat.zoneId);
    else if (subjectId && ZONE_OF[subjectType] && /^\d+$/.test(subjectId)) {
      const rows: { zone_id: number }[] = await m.query(`SELECT zone_id FROM ${ZONE_OF[subjectType]} WHERE id = ?`, [Number(subjectId)]);
      zoneId = rows[0]?.zone_id ?? null;
    }
    if (zoneId !== null && !Number.isSafeInteger(zoneId)) zoneId = null;
    await m.getRepository(AuditEntryEntity).insert({
      actorId: p.actorId,
      action: p.action,
      subjectType: subjectType.slice(0, 40),
      subjectId: subjectId?.slice(0, 40) ?? null,
      zoneId,
      detail: detailOf(p.args),
      at: clock.now(),
    });
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The arguments as JSON, secrets left out and phone numbers masked. */
export function detailOf(args: Record<string, unknown>): string | null {
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(PHONE, (p) => maskPhone(p) ?? '');
    if (Array.isArray(v)) return v.map(clean);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, SECRET_KEY.test(k) ? '[已隐去 redacted]' : clean(x)]));
    return v;
  };
  const json = JSON.stringify(clean({ ...args }));
  if (!json || json === '{}') return null;
  return json.length > DETAIL_MAX ? `${json.slice(0, DETAIL_MAX - 1)}…` : json;
}
