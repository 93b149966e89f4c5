import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const RULE = 'no-restricted-syntax';

/** Lint a snippet as if it were a file at `path`, and return the raw-SQL violations. */
async function violations(eslint: ESLint, path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

// What libs/sync and the gateway wrote before their SQL moved to libs/db.
const LOCK = "export const lock = (tx, id) => tx.query('SELECT pages, status FROM sync_logs WHERE id = $1::uuid FOR UPDATE', [id]);\n";
const INSERT = `export const ins = (tx, table, ids) => tx.query(
  \`
  INSERT INTO \${table} (tenant_id, connector_id, event_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1\`,
  ids,
);
`;
const PRISMA_RAW = "export const one = (prisma) => prisma.$queryRawUnsafe('select 1');\n";

describe('raw SQL lives in libs/db only (lint)', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('flags SQL strings, SQL templates and Prisma raw queries in other libs and in app code', async () => {
    for (const [path, code] of [
      ['libs/sync/src/probe.ts', LOCK],
      ['libs/temporal/src/activities/probe.ts', INSERT],
      ['apps/gateway/src/services/probe.ts', INSERT],
      ['apps/worker/src/probe.ts', PRISMA_RAW],
    ] as const) {
      expect(await violations(eslint, path, code), path).toEqual([expect.stringMatching(/^Raw SQL belongs in libs\/db/)]);
    }
  });

  it('allows it in libs/db, the data libs and app tests (which inspect the database)', async () => {
    expect(await violations(eslint, 'libs/db/src/repositories/probe.ts', LOCK + INSERT + PRISMA_RAW)).toEqual([]);
    expect(await violations(eslint, 'libs/identity/src/probe.ts', LOCK + INSERT)).toEqual([]);
    expect(await violations(eslint, 'apps/gateway/src/test/probe.test.ts', LOCK)).toEqual([]);
  });

  it('leaves prose and vendor query languages alone', async () => {
    const prose = "export const m = ['Select an account', 'UPDATED', 'Update the schedule', 'WITHDRAWN'];\n";
    expect(await violations(eslint, 'libs/sync/src/probe.ts', prose)).toEqual([]);
    const soql = "export const q = { q: 'SELECT Id, Email FROM Contact WHERE SystemModstamp > 2026-01-01T00:00:00Z' };\n";
    expect(await violations(eslint, 'libs/connectors/salesforce/src/probe.ts', soql)).toEqual([]);
  });

  it('finds none where the pipeline and the webhook route used to write SQL', async () => {
    const files = [
      'libs/sync/src/persist.ts',
      'libs/sync/src/persist-writes.ts',
      'libs/sync/src/credentials.ts',
      'apps/gateway/src/services/webhooks.ts',
      'apps/gateway/src/http/routes.ts',
    ].map((f) => `${root}${f}`);
    const results = await eslint.lintFiles(files);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}`))).toEqual([]);
  });
});
