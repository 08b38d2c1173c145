import { Controller, Get, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { Public } from '@app/common/access';
import { ServingState } from './serving-state';

export const HEALTH_REDIS_URL = Symbol('HEALTH_REDIS_URL');

/** GET /health: the database always, Redis when configured. 503 when either is down, or once the process is shutting down. */
@Controller('health')
export class HealthController {
  private redis: Redis | null = null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly serving: ServingState,
    @Optional() @Inject(HEALTH_REDIS_URL) private readonly redisUrl: string | null,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    if (this.serving.draining) throw new ServiceUnavailableException({ status: 'shutting_down', error: { process: { status: 'down', message: 'shutting down' } } });
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
