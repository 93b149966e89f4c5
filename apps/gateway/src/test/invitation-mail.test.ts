import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { INVITE, invitationCall, type Invited } from '../testing/invitations.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server on 127.0.0.1 (smtp-server), keeping what it receives. */
async function smtpSink(): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let sink: Awaited<ReturnType<typeof smtpSink>>;
let t: TestGateway;

beforeAll(async () => {
  sink = await smtpSink();
  t = await startTestGateway({
    env: { TRIBUTARY_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, TRIBUTARY_MAIL_FROM: 'Tributary <invites@tributary.test>' },
  });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('invitations with SMTP configured', () => {
  it('mail the link to the invited address instead of showing it, and the mailed link works', async () => {
    const result = await t.admin.client.ok<Invited>(INVITE, { email: 'Mailed.Person@Example.com', role: 'manager' });
    expect(result.inviteMember.data).toMatchObject({ mailed: true, link: null, invitation: { email: 'mailed.person@example.com' } });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.to).toEqual(['mailed.person@example.com']);
    expect(mail?.from).toBe('invites@tributary.test');
    const unfolded = (mail?.data ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = /\/invite#(tri_[A-Za-z0-9_-]+)/.exec(unfolded)?.[1] ?? '';
    expect(token).not.toBe('');
    expect(t.transcript.join('\n')).not.toContain(token);
    const accepted = await invitationCall(t.anonymous, 'accept', { token, password: 'chosen-by-the-invitee' });
    expect(accepted.status).toBe(200);
  });
});
