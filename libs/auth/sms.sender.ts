import { Injectable, Logger } from '@nestjs/common';

/** Sends one-time codes. Deployments bind a real SMS gateway here; the default writes to the log. */
export abstract class SmsSender {
  abstract sendLoginCode(phone: string, code: string): Promise<void>;
}

@Injectable()
export class LoggingSmsSender extends SmsSender {
  private readonly logger = new Logger('SmsSender');
  /** the last code per phone, for the demo console and tests outside production */
  readonly outbox = new Map<string, string>();

  async sendLoginCode(phone: string, code: string): Promise<void> {
    this.outbox.set(phone, code);
    this.logger.log(`login code for ${phone.slice(0, 3)}****${phone.slice(-4)}: ${code}`);
  }
}
