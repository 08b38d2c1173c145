import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource, EntitySubscriberInterface, InsertEvent, ObjectLiteral, QueryRunner, RemoveEvent, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';
import { Env } from '@config/env';
import { BuildingEntity, CommunityEntity, MemberUnitEntity } from '@app/org/org.entities';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectTransitionEntity } from '@app/projects/projects.entities';
import { SurveyEntity } from '@app/evaluation/evaluation.entities';
import { PairingEntity, ResourceEntity } from './matching.entities';

/**
 * The tables whose rows the cached zone aggregates are read from: units and places, resources and
 * pairings, projects (status, category, completion, claim counts), claims, the timeline (starts),
 * progress reports (first report) and surveys (closed results). Needs are not among them: the
 * places of a project's source needs are read on every call.
 */
const WATCHED = new Set<unknown>([
  MemberUnitEntity,
  CommunityEntity,
  BuildingEntity,
  ResourceEntity,
  PairingEntity,
  ProjectEntity,
  ProjectClaimEntity,
  ProjectTransitionEntity,
  ProgressReportEntity,
  SurveyEntity,
]);

const CHANNEL = 'gr:matching-changed';
const MAX_ENTRIES = 5_000;

/**
 * Zone-level aggregates of the ranking (track records per category, open claims per unit, the
 * zone's units, pairings, places and resources), kept per process between writes.
 *
 * Invalidation is exact: a TypeORM subscriber sees every insert, update and delete of a watched
 * table made through TypeORM (every write path of the features; none writes those tables in raw
 * SQL) and, once the outermost transaction has committed (at once outside a transaction), drops
 * everything here and — with REDIS_URL — on every other process through Redis pub/sub. A load that
 * began before a change does not store what it read (generations, as in PrincipalCache). With
 * Redis configured nothing is cached while the subscription is down. Writes in the worker process
 * (overdue alerts, notifications, classification, retention) touch none of the watched facts.
 */
@Injectable()
export class MatchingCache implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, Promise<unknown>>();
  private generation = 0;
  private readonly pub: Redis | null;
  private readonly sub: Redis | null;
  private listening = false;
  private readonly log = new Logger('MatchingCache');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    env: Env,
  ) {
    if (!env.REDIS_URL) {
      this.pub = this.sub = null;
      this.listening = true;
      return;
    }
    const opts = { maxRetriesPerRequest: 1, lazyConnect: false } as const;
    this.pub = new Redis(env.REDIS_URL, { ...opts, enableOfflineQueue: false });
    this.sub = new Redis(env.REDIS_URL, opts);
    this.pub.on('error', () => undefined);
    this.sub.on('error', () => undefined);
    this.sub.on('message', () => this.drop());
    this.sub.on('close', () => {
      this.listening = false;
      this.drop();
    });
    this.sub.on('ready', () => {
      this.sub!.subscribe(CHANNEL).then(
        () => {
          this.drop();
          this.listening = true;
        },
        (e) => this.log.warn(`subscribe failed: ${e}`),
      );
    });
  }

  onModuleInit(): void {
    this.db.subscribers.push(new MatchingChangeSubscriber(() => this.changed()));
  }

  onModuleDestroy(): void {
    const i = this.db.subscribers.findIndex((s) => s instanceof MatchingChangeSubscriber);
    if (i >= 0) this.db.subscribers.splice(i, 1);
    this.pub?.disconnect();
    this.sub?.disconnect();
  }

  /**
   * The value under `key`, loaded once per generation. Concurrent callers share one load; a load
   * that was overtaken by a change is returned to its callers but not kept.
   */
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    const started = this.generation;
    const p = load();
    if (!this.listening) return p;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, p);
    p.then(
      () => {
        if (this.generation !== started && this.entries.get(key) === p) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key) === p) this.entries.delete(key);
      },
    );
    return p;
  }

  /** A watched table changed (committed): every process forgets what it holds. */
  changed(): void {
    this.drop();
    this.pub?.publish(CHANNEL, '1').catch((e) => this.log.warn(`publish failed: ${e}`));
  }

  private drop(): void {
    this.generation++;
    this.entries.clear();
  }
}

/** Calls `onChange` after each committed write to a watched table (at once when no transaction is open). */
export class MatchingChangeSubscriber implements EntitySubscriberInterface {
  private readonly pending = new WeakSet<QueryRunner>();

  constructor(private readonly onChange: () => void) {}

  private touched(event: { metadata: { target: unknown }; queryRunner: QueryRunner }): void {
    if (!WATCHED.has(event.metadata.target)) return;
    // other connections see the write only once it commits: wait for that (a load that read the old rows meanwhile is dropped then)
    if (event.queryRunner.isTransactionActive) this.pending.add(event.queryRunner);
    else this.onChange();
  }

  afterInsert(event: InsertEvent<ObjectLiteral>): void {
    this.touched(event);
  }
  afterUpdate(event: UpdateEvent<ObjectLiteral>): void {
    this.touched(event);
  }
  afterRemove(event: RemoveEvent<ObjectLiteral>): void {
    this.touched(event);
  }
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // a nested transaction's commit releases a savepoint only: wait for the outermost one
    if (event.queryRunner.isTransactionActive || !this.pending.has(event.queryRunner)) return;
    this.pending.delete(event.queryRunner);
    this.onChange();
  }
  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}
