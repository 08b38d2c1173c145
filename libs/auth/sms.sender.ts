import { Injectable, Logger } from '@nestjs/common';

/** Sends one-time codes. Deployments bind a real SMS gateway here; the default writes to the log. */
export abstract class SmsSender {
  abstract sendLoginCode(phone: string, code: string): Promise<void>;
}

@Injectable()
export class LoggingSmsSender extends SmsSender {
  private readonly logger = new Logger('SmsSender');
  /** the last code per phone, for the demo console and tests outside production (the latest 1000 phones) */
  readonly outbox = new Map<string, string>();

  async sendLoginCode(phone: string, code: string): Promise<void> {
    this.outbox.delete(phone);
    this.outbox.set(phone, code);
    if (this.outbox.size > 1000) this.outbox.delete(this.outbox.keys().next().value!);
    this.logger.log(`login code for ${phone.slice(0, 3)}****${phone.slice(-4)}: ${code}`);
  }
}
