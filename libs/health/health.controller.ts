import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { Public } from '@app/auth/access';

export const HEALTH_REDIS_URL = Symbol('HEALTH_REDIS_URL');

/** GET /health: the database always, Redis when configured. 503 when either is down. */
@Controller('health')
export class HealthController {
  private redis: Redis | null = null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    @Optional() @Inject(HEALTH_REDIS_URL) private readonly redisUrl: string | null,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    const checks: (() => Promise<HealthIndicatorResult>)[] = [() => this.db.pingCheck('database', { timeout: 2000 })];
    if (this.redisUrl) checks.push(() => this.pingRedis());
    return this.health.check(checks);
  }

  private async pingRedis() {
    const ind = this.indicator.check('redis');
    this.redis ??= new Redis(this.redisUrl!, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1000 });
    this.redis.on('error', () => undefined);
    try {
      if (this.redis.status !== 'ready') await this.redis.connect().catch(() => undefined);
      const pong = await Promise.race([this.redis.ping(), new Promise<string>((_, r) => setTimeout(() => r(new Error('timeout')), 1000))]);
      return pong === 'PONG' ? ind.up() : ind.down({ message: String(pong) });
    } catch (e) {
      return ind.down({ message: e.message });
    }
  }

  onModuleDestroy() {
    this.redis?.disconnect();
  }
}
