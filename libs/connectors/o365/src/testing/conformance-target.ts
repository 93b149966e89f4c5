import type { ConformanceOptions, ConformanceSimulator } from '@tributary/conformance';
import { z } from 'zod';
import { createO365Simulator, type O365Simulator } from '../sandbox/index.js';
import { o365Expected, type TestPrivacy } from './expected.js';

/** The database client the conformance suite hands a `connected` hook. */
type PrismaClient = Parameters<NonNullable<ConformanceOptions['connected']>>[0]['prisma'];

/** What the conformance connection allows: two of the four companies the mailbox writes to. */
export const CONFORMANCE_PRIVACY: TestPrivacy = {
  allowedDomains: ['acme.example', 'globex.example'],
  ownDomain: 'northwind.example',
  includeSubjects: false,
};

const TokenResponse = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
  token_type: z.string(),
  scope: z.string(),
  expires_in: z.number(),
});

/**
 * Connect to the simulator like a person would (consent, code exchange) and
 * return the stored config core keeps (`{ tokens }`).
 */
export async function connectO365(sim: O365Simulator, now: Date = new Date()): Promise<{ tokens: Record<string, string> }> {
  const body = TokenResponse.parse(await sim.microsoft.authorize());
  return {
    tokens: {
      accessToken: body.access_token,
      ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}),
      tokenType: body.token_type,
      scope: body.scope,
      expiresAt: new Date(now.getTime() + body.expires_in * 1000).toISOString(),
      obtainedAt: now.toISOString(),
    },
  };
}

/**
 * Record the tenant's privacy decisions for a connection, as an admin does
 * in the console: accept the DPA and set the allowlist.
 */
export async function acceptPrivacy(
  prisma: PrismaClient,
  tenantId: string,
  connectorId: string,
  privacy: TestPrivacy = CONFORMANCE_PRIVACY,
): Promise<void> {
  const data = {
    dpaAcceptedAt: new Date(),
    dpaAcceptedBy: 'admin@northwind.example',
    dpaVersion: 'test',
    allowedDomains: privacy.allowedDomains,
    tenantO365Domain: privacy.ownDomain,
    includeSubjects: privacy.includeSubjects,
  };
  await prisma.o365Config.upsert({
    where: { tenantId_connectorId: { tenantId, connectorId } },
    create: { tenantId, connectorId, ...data },
    update: data,
  });
}

/** Every entity's expectations as JSON per id, for counting what a change did. */
function snapshot(sim: O365Simulator): Map<string, string> {
  const out = new Map<string, string>();
  for (const [entity, rows] of Object.entries(o365Expected(sim, CONFORMANCE_PRIVACY))) {
    for (const [id, row] of rows ?? []) out.set(`${entity}/${id}`, JSON.stringify(row));
  }
  return out;
}

/** The Office 365 simulator as the conformance suite drives it: connected through the consent screen, 50 items a page. */
export async function startO365Conformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createO365Simulator({ seed, messagesPerFolder: size, events: Math.ceil(size / 2), retryAfterSeconds: 0.05 });
  const server = await sim.start();
  const config = await connectO365(sim);
  return {
    baseUrl: server.url,
    config,
    invalidConfig: { tokens: { ...config.tokens, accessToken: 'eyJ0eXAiOiJKV1Qi.invalid', refreshToken: undefined } },
    faults: sim.faults,
    faultPath: /^\/v1\.0\/me\/(mailFolders\/[^/]+\/messages|calendarView)\/delta$/,
    expected: () => o365Expected(sim, CONFORMANCE_PRIVACY),
    mutate(n) {
      const before = snapshot(sim);
      sim.controls.mutate(n);
      const after = snapshot(sim);
      const created = [...after.keys()].filter((k) => !before.has(k)).length;
      const changed = [...after].filter(([k, json]) => before.has(k) && before.get(k) !== json).length;
      const deleted = [...before.keys()].filter((k) => !after.has(k)).length;
      return { created, updated: changed + deleted };
    },
    close: () => server.close(),
  };
}
