import nodemailer from 'nodemailer';
import type { GatewayConfig } from '../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail through the configured SMTP server (nodemailer). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A mailer when `TRIBUTARY_SMTP_URL` is set (`smtp://user:pass@host:587`,
 * `smtps://...:465`), else null: invitation links are then shown once to
 * the admin who invited.
 *
 * @example
 * await createMailer(config)?.send({ to: 'ada@example.com', subject: 'Join Acme', text: link });
 */
export function createMailer(config: Pick<GatewayConfig, 'mail'>): Mailer | null {
  const { smtpUrl, from } = config.mail;
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
