import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Env } from '@config/env';
import { clock } from '@app/common/clock';
import { shanghaiDay, shanghaiWallClock } from '@app/common/shanghai-time';

/**
 * Something that happens once a day from an hour of Asia/Shanghai (digests at 20:00, retention at
 * 03:00): every process that runs processors checks each minute and writes the day's job(s); the
 * job's own key or idempotence keeps a second process from doing the work twice, so no leader is
 * needed. Off under NODE_ENV=test (tests call `tick` with the time they want).
 */
export abstract class DailyScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private doneFor = '';

  /** @param hour the Shanghai hour from which the day's run is due */
  protected constructor(
    protected readonly env: Env,
    private readonly name: string,
    private readonly hour: number,
  ) {
    this.logger = new Logger(name);
  }

  /** The day's work; `local` reads Shanghai's wall clock in its UTC fields. True when it wrote something. */
  protected abstract runDay(day: string, local: Date): Promise<boolean>;

  onApplicationBootstrap() {
    if (this.env.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.tick().catch((e) => this.logger.warn(`${this.name}: ${e.message}`)), 60_000);
    this.timer.unref?.();
  }

  /** Runs the day's work once the hour has come, once a day per process. True when this call wrote it. */
  async tick(now = clock.now()): Promise<boolean> {
    const local = shanghaiWallClock(now);
    if (local.getUTCHours() < this.hour) return false;
    const day = shanghaiDay(now);
    if (this.doneFor === day) return false;
    const wrote = await this.runDay(day, local);
    this.doneFor = day;
    return wrote;
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
  }
}
