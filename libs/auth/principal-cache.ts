import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { Env } from '@config/env';
import type { Principal } from '@app/common/request-context';

/** What a request needs to know about the person behind a token, besides the token itself. */
export interface CachedPrincipal {
  principal: Principal;
  active: boolean;
  tokenVersion: number;
}

const CHANNEL = 'gr:principal-changed';
/** A safety net only: a change on any process invalidates at once through Redis (or in process). */
const TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;

/**
 * Per-process cache of principals (the account, its token version and role grants), so checking
 * revocation costs a Map lookup per request. Every change to an account (deactivation, roles,
 * password, sign-out everywhere, deletion) calls `changed(userId)` after its transaction commits:
 * the entry is dropped here and, when REDIS_URL is set, on every other api process through Redis
 * pub/sub. On the embedded default (one process, no Redis) the local drop is all there is.
 *
 * A load that started before a change must not put the old state back: each user id carries a
 * generation, raised by every change, and a load only stores what it read if the generation is
 * still the one it started with.
 */
@Injectable()
export class PrincipalCache implements OnModuleDestroy {
  private readonly entries = new Map<number, { value: CachedPrincipal; until: number }>();
  private readonly generations = new Map<number, number>();
  private readonly pub: Redis | null;
  private readonly sub: Redis | null;
  private readonly log = new Logger('PrincipalCache');
  /** the subscription is live: while it is not, nothing is cached (every request reads the database) */
  private listening = false;

  constructor(env: Env) {
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
    this.sub.on('message', (_channel, message: string) => this.drop(Number(message)));
    // while disconnected, changes elsewhere would be missed: stop caching and forget what is held
    this.sub.on('close', () => {
      this.listening = false;
      this.entries.clear();
    });
    this.sub.on('ready', () => {
      this.sub!.subscribe(CHANNEL).then(
        () => {
          this.entries.clear();
          this.listening = true;
        },
        (e) => this.log.warn(`subscribe failed: ${e}`),
      );
    });
  }

  generation(userId: number): number {
    return this.generations.get(userId) ?? 0;
  }

  get(userId: number): CachedPrincipal | null {
    const e = this.entries.get(userId);
    if (!e) return null;
    if (e.until < Date.now()) {
      this.entries.delete(userId);
      return null;
    }
    return e.value;
  }

  /** Stores what a load read, unless the account changed since the load began. */
  set(userId: number, value: CachedPrincipal, generationAtStart: number): void {
    if (!this.listening || this.generation(userId) !== generationAtStart) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(userId, { value, until: Date.now() + TTL_MS });
  }

  /** The account changed: every api process forgets it. Call after the change has committed. */
  async changed(userId: number): Promise<void> {
    this.drop(userId);
    if (this.pub) await this.pub.publish(CHANNEL, String(userId)).catch((e) => this.log.warn(`publish failed: ${e}`));
  }

  private drop(userId: number) {
    if (!Number.isFinite(userId)) return;
    this.generations.set(userId, this.generation(userId) + 1);
    this.entries.delete(userId);
  }

  onModuleDestroy() {
    this.pub?.disconnect();
    this.sub?.disconnect();
  }
}
