import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors';

export const RATE_LIMIT_REDIS_URL = Symbol('RATE_LIMIT_REDIS_URL');

export interface LimitRule {
  /** a stable name, also the key prefix */
  name: string;
  points: number;
  durationSeconds: number;
  message: string;
}

/**
 * Rate limits shared by every api process: Redis when REDIS_URL is set, memory when embedded.
 * Built on rate-limiter-flexible.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly redis: Redis | null;

  constructor(@Inject(RATE_LIMIT_REDIS_URL) redisUrl: string | null) {
    this.redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : null;
    this.redis?.on('error', () => undefined);
  }

  private limiter(rule: LimitRule): RateLimiterAbstract {
    let l = this.limiters.get(rule.name);
    if (!l) {
      const opts = { keyPrefix: `rl:${rule.name}`, points: rule.points, duration: rule.durationSeconds };
      // When Redis is unreachable, fall back to a per-process memory limit rather than refuse everyone.
      l = this.redis
        ? new RateLimiterRedis({ ...opts, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts);
      this.limiters.set(rule.name, l);
    }
    return l;
  }

  /** Counts one use of `key` under the rule; refuses with RATE_LIMITED when the rule is exhausted. */
  async consume(rule: LimitRule, key: string): Promise<void> {
    try {
      await this.limiter(rule).consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        const retry = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        throw new RateLimitedError(`${rule.message} (retry in ${retry}s)`, retry);
      }
      throw e;
    }
  }

  /** Refuses with RATE_LIMITED when `key` has used up the rule, without counting a use. */
  async assertNotExhausted(rule: LimitRule, key: string): Promise<void> {
    const res = await this.limiter(rule)
      .get(key)
      .catch(() => null);
    if (res && res.consumedPoints >= rule.points && res.msBeforeNext > 0) {
      const retry = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw new RateLimitedError(`${rule.message} (retry in ${retry}s)`, retry);
    }
  }

  /** Gives one use of `key` back, e.g. when a later check refused the request it was counted for. */
  async refund(rule: LimitRule, key: string): Promise<void> {
    await this.limiter(rule)
      .reward(key, 1)
      .catch(() => undefined);
  }

  async onModuleDestroy() {
    this.redis?.disconnect();
  }
}
