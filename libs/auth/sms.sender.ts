import { Injectable, Logger } from '@nestjs/common';
import { Env } from '@config/env';

/** Sends one-time codes. Deployments bind a real SMS gateway here; the default writes to the log. */
export abstract class SmsSender {
  abstract sendLoginCode(phone: string, code: string): Promise<void>;
  /** a short template message (notification or digest); `template` names the gateway template */
  abstract sendText(phone: string, template: string, text: string): Promise<void>;
}

/** A text as the gateway would have received it (the logging sender keeps the latest 1000). */
export interface SentText {
  phone: string;
  template: string;
  text: string;
  at: Date;
}

/**
 * The default sender. Outside production it writes the code to the log (the demo and the tests
 * read it there). In production it never logs a code: without SMS_WEBHOOK_URL no code can be
 * delivered, and it says so loudly.
 */
@Injectable()
export class LoggingSmsSender extends SmsSender {
  private readonly logger = new Logger('SmsSender');
  constructor(private readonly env: Env) {
    super();
  }
  /** the last code per phone, for the demo console and tests outside production (the latest 1000 phones) */
  readonly outbox = new Map<string, string>();

  async sendLoginCode(phone: string, code: string): Promise<void> {
    this.outbox.delete(phone);
    this.outbox.set(phone, code);
    if (this.outbox.size > 1000) this.outbox.delete(this.outbox.keys().next().value!);
    const who = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    if (this.env.NODE_ENV === 'production') this.logger.error(`no SMS gateway configured (SMS_WEBHOOK_URL): the login code for ${who} was not sent`);
    else this.logger.log(`login code for ${who}: ${code}`);
  }

  /** What would have been sent, oldest first: the test gateway (tests and the demo read it). */
  readonly texts: SentText[] = [];

  async sendText(phone: string, template: string, text: string): Promise<void> {
    this.texts.push({ phone, template, text, at: new Date() });
    if (this.texts.length > 1000) this.texts.shift();
    const who = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    if (this.env.NODE_ENV === 'production') this.logger.error(`no SMS gateway configured (SMS_WEBHOOK_URL): a ${template} text for ${who} was not sent`);
    else this.logger.log(`text (${template}) for ${who}: ${text}`);
  }
}

/**
 * Posts {phone, code, template} as JSON to SMS_WEBHOOK_URL — the deployment's SMS gateway or a
 * small adapter in front of it (阿里云短信, 腾讯云短信 …). A failure is reported to the caller.
 */
@Injectable()
export class WebhookSmsSender extends SmsSender {
  constructor(private readonly env: Env) {
    super();
  }

  async sendLoginCode(phone: string, code: string): Promise<void> {
    await this.post({ phone, code, template: 'login-code' });
  }

  /** POST {phone, template, text} */
  async sendText(phone: string, template: string, text: string): Promise<void> {
    await this.post({ phone, template, text });
  }

  private async post(body: Record<string, string>): Promise<void> {
    const res = await fetch(this.env.SMS_WEBHOOK_URL!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.env.SMS_WEBHOOK_TOKEN ? { authorization: `Bearer ${this.env.SMS_WEBHOOK_TOKEN}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
  }
}
