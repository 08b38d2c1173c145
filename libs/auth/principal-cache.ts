import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Env } from '@config/env';
import { InvalidationChannel } from '@app/database/invalidation';
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
 * pub/sub (InvalidationChannel: while its subscription is down nothing is cached). On the embedded
 * default (one process, no Redis) the local drop is all there is.
 *
 * A load that started before a change must not put the old state back: each user id carries a
 * generation, raised by every change, and a load only stores what it read if the generation is
 * still the one it started with.
 */
@Injectable()
export class PrincipalCache implements OnModuleDestroy {
  private readonly entries = new Map<number, { value: CachedPrincipal; until: number }>();
  private readonly generations = new Map<number, number>();
  private readonly channel: InvalidationChannel;

  constructor(env: Env) {
    this.channel = new InvalidationChannel(env.REDIS_URL, CHANNEL, {
      message: (userId) => this.drop(Number(userId)),
      // while disconnected, changes elsewhere would be missed: forget what is held
      reset: () => this.entries.clear(),
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
    if (!this.channel.listening || this.generation(userId) !== generationAtStart) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(userId, { value, until: Date.now() + TTL_MS });
  }

  /** The account changed: every api process forgets it. Call after the change has committed. */
  async changed(userId: number): Promise<void> {
    this.drop(userId);
    await this.channel.publish(String(userId));
  }

  private drop(userId: number) {
    if (!Number.isFinite(userId)) return;
    this.generations.set(userId, this.generation(userId) + 1);
    this.entries.delete(userId);
  }

  onModuleDestroy() {
    this.channel.close();
  }
}
