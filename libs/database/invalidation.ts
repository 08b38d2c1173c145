import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource, EntitySubscriberInterface, InsertEvent, ObjectLiteral, QueryRunner, RemoveEvent, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';

/**
 * Cache invalidation between processes: a Redis pub/sub channel when REDIS_URL is set, nothing
 * to do on the embedded default (one process). While the subscription is down a process may miss
 * another's change, so `listening` is false and the caches built on this store nothing; `reset`
 * runs on every (re)subscription and disconnection, `message` on every message from any process.
 */
export class InvalidationChannel {
  private readonly pub: Redis | null;
  private readonly sub: Redis | null;
  private readonly log: Logger;
  listening: boolean;

  constructor(
    redisUrl: string | undefined,
    private readonly channel: string,
    handlers: { message(message: string): void; reset(): void },
  ) {
    this.log = new Logger(`InvalidationChannel ${channel}`);
    if (!redisUrl) {
      this.pub = this.sub = null;
      this.listening = true;
      return;
    }
    this.listening = false;
    const opts = { maxRetriesPerRequest: 1, lazyConnect: false } as const;
    this.pub = new Redis(redisUrl, { ...opts, enableOfflineQueue: false });
    this.sub = new Redis(redisUrl, opts);
    this.pub.on('error', () => undefined);
    this.sub.on('error', () => undefined);
    this.sub.on('message', (_channel, message: string) => handlers.message(message));
    this.sub.on('close', () => {
      this.listening = false;
      handlers.reset();
    });
    this.sub.on('ready', () => {
      this.sub!.subscribe(channel).then(
        () => {
          handlers.reset();
          this.listening = true;
        },
        (e) => this.log.warn(`subscribe failed: ${e}`),
      );
    });
  }

  /** Tells the other processes (this one has already acted on its own change). */
  async publish(message: string): Promise<void> {
    if (this.pub) await this.pub.publish(this.channel, message).catch((e) => this.log.warn(`publish failed: ${e}`));
  }

  close(): void {
    this.pub?.disconnect();
    this.sub?.disconnect();
  }
}

/** Calls `onChange` after each committed write to a watched table (at once when no transaction is open). */
export class CommittedChangeSubscriber implements EntitySubscriberInterface {
  private readonly pending = new WeakSet<QueryRunner>();

  constructor(
    private readonly watched: ReadonlySet<unknown>,
    private readonly onChange: () => void,
  ) {}

  private touched(event: { metadata: { target: unknown }; queryRunner: QueryRunner }): void {
    if (!this.watched.has(event.metadata.target)) return;
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

const MAX_ENTRIES = 5_000;

/**
 * Values computed from a set of tables, kept per process until one of those tables changes.
 *
 * Invalidation is exact: a TypeORM subscriber sees every insert, update and delete of a watched
 * table made through TypeORM (repositories, query builders, `save`; raw SQL is not seen, so a
 * feature whose facts are cached writes them through TypeORM) and, once the outermost transaction
 * has committed (at once outside a transaction), drops everything here and — with REDIS_URL — on
 * every other process. A load that began before a change does not store what it read
 * (generations). Subclasses are Nest providers naming their channel and their tables.
 */
export abstract class WatchedTablesCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private generation = 0;
  private readonly channel: InvalidationChannel;
  private readonly subscriber: CommittedChangeSubscriber;

  protected constructor(
    private readonly db: DataSource,
    redisUrl: string | undefined,
    channel: string,
    watched: unknown[],
  ) {
    this.channel = new InvalidationChannel(redisUrl, channel, { message: () => this.drop(), reset: () => this.drop() });
    this.subscriber = new CommittedChangeSubscriber(new Set(watched), () => this.changed());
  }

  onModuleInit(): void {
    this.db.subscribers.push(this.subscriber);
  }

  onModuleDestroy(): void {
    const i = this.db.subscribers.indexOf(this.subscriber);
    if (i >= 0) this.db.subscribers.splice(i, 1);
    this.channel.close();
  }

  /**
   * The value under `key`, loaded once per generation. Concurrent callers share one load; a load
   * that was overtaken by a change is returned to its callers but not kept; a failed one is not kept.
   */
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    const started = this.generation;
    const p = load();
    if (!this.channel.listening) return p;
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
    void this.channel.publish('1');
  }

  private drop(): void {
    this.generation++;
    this.entries.clear();
  }
}
