import { and, asc, eq, lte } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { outboundMails, tenants } from '../../db/schema/index.js';
import { inTenant, type Database } from '../db/index.js';
import type { Language } from '../i18n.js';
import { renderMail, type TemplateName } from './templates.js';

const MAX_ATTEMPTS = 8;
const BATCH = 20;

/** 30 s, 1 min, 2 min … up to 1 hour between tries. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);
}

export interface MailSenderOptions {
  database: Database;
  smtpUrl: string;
  from: string;
  clock: () => Date;
  log: Pick<Logger, 'warn' | 'error'>;
}

/**
 * Sends due mails from the outbox. Each run claims rows with FOR UPDATE SKIP LOCKED, so several processes can
 * send without sending a mail twice; a failure is recorded and tried again later, up to MAX_ATTEMPTS.
 */
export class MailSender {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly options: MailSenderOptions) {
    this.transport = nodemailer.createTransport(options.smtpUrl, { from: options.from });
  }

  /** Sends what is due now, in every tenant; returns how many were sent. */
  async runOnce(): Promise<number> {
    const { database } = this.options;
    let sent = 0;
    for (const tenant of await database.owner.select({ id: tenants.id }).from(tenants)) {
      sent += await inTenant(database.owner, tenant.id, (tx) => this.sendDue(tx));
    }
    return sent;
  }

  private async sendDue(tx: Parameters<Parameters<typeof inTenant>[2]>[0]): Promise<number> {
    const now = this.options.clock();
    const due = await tx
      .select()
      .from(outboundMails)
      .where(and(eq(outboundMails.status, 'pending'), lte(outboundMails.nextAttemptAt, now)))
      .orderBy(asc(outboundMails.nextAttemptAt))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    let sent = 0;
    for (const mail of due) {
      const content = renderMail(mail.template as TemplateName, mail.language as Language, (mail.params ?? {}) as Record<string, string>);
      try {
        await this.transport.sendMail({ to: mail.recipient, ...content });
        await tx.update(outboundMails).set({ status: 'sent', sentAt: now, params: null, attempts: mail.attempts + 1, lastError: null }).where(eq(outboundMails.id, mail.id));
        sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        const code = (error as { code?: string }).code ?? 'send failed';
        await tx
          .update(outboundMails)
          .set({
            attempts,
            lastError: code,
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          })
          .where(eq(outboundMails.id, mail.id));
        this.options.log.warn({ mailId: mail.id, attempts, code }, 'mail not sent, will retry');
      }
    }
    return sent;
  }

  /** Polls every `intervalMs` until stopped; a run never overlaps the previous one. */
  start(intervalMs: number) {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch((error: Error) => {
          this.options.log.error({ err: { type: error.name } }, 'mail run failed');
          return 0;
        })
        .finally(() => (this.running = null));
    }, intervalMs);
    this.timer.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }
}

