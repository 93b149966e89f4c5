import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { npm, pack } from './pack.js';

const PACKAGES = ['libs/core', 'libs/sandbox', 'libs/connectors/stripe'];
const Counts = z.record(z.string(), z.number());
const Outcome = z.object({ url: z.string(), pages: z.number(), read: Counts, held: Counts });

/**
 * The consumer depends on the connector (and core, which it calls) only; overrides resolve the connector's own
 * @tributary dependencies to the tarballs, since nothing is published yet.
 */
function consumerManifest([core, sandbox, connector]: string[]) {
  const spec = (tarball = '') => `file:${tarball}`;
  return {
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: { '@tributary/connector-stripe': spec(connector), '@tributary/core': spec(core) },
    overrides: { '@tributary/core': spec(core), '@tributary/sandbox': spec(sandbox) },
  };
}

/**
 * What is published works outside the workspace: @tributary/core,
 * @tributary/sandbox and @tributary/connector-stripe, packed as npm would
 * publish them and installed into an empty project, sync the Stripe sandbox
 * to the end there with nothing else of ours around.
 */
describe('the packed packages install and sync in an empty project', () => {
  let work: string;
  let project: string;
  const packed: { tarball: string; files: string[] }[] = [];
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tributary-pack-'));
    project = join(work, 'consumer');
    mkdirSync(project);
    for (const dir of PACKAGES) packed.push(await pack(dir, work));
    writeFileSync(join(project, 'package.json'), JSON.stringify(consumerManifest(packed.map((p) => p.tarball))));
    // The root's npm cache already holds every third-party package (npm ci filled it), so this needs no network.
    // Linked (isolated) install: each package sees only what its package.json declares, as with pnpm, so a
    // dependency the connector forgot to declare fails here instead of being found hoisted beside it.
    await npm(project, ['install', '--install-strategy=linked', '--prefer-offline', '--no-audit', '--no-fund']);
    copyFileSync(new URL('./sandbox-sync.mjs', import.meta.url), join(project, 'sandbox-sync.mjs'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships dist with types, the README and the changelog, and no sources or tests', () => {
    for (const { files } of packed) {
      expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts']));
      expect(files.filter((f) => f.startsWith('src/') || f.includes('.test.') || f.endsWith('.tsbuildinfo'))).toEqual([]);
    }
    expect(packed[2]?.files).toEqual(expect.arrayContaining(['dist/sandbox/index.js', 'dist/sandbox/index.d.ts']));
  });

  it('imports the connector and its ./sandbox, and syncs every record the sandbox holds, page by page', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['sandbox-sync.mjs'], { cwd: project });
    const outcome = Outcome.parse(JSON.parse(stdout));
    expect(outcome.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(outcome.pages).toBeGreaterThan(4);
    expect(outcome.held).toEqual({ customers: 150, charges: 420, refunds: 30, subscriptions: 60 });
    expect(outcome.read).toEqual(outcome.held);
  });
});
