import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CONNECTORS } from './index.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the catalog as `npm start` loads it', () => {
  it('imports every connector and sandbox with tsx (esbuild), as the gateway and the worker do', async () => {
    // vitest transforms modules its own way; tsx's output fails on module cycles that vitest tolerates
    // (a connector once crashed `npm start` with "__name is not a function").
    const script = `Promise.all([import('@tributary/catalog'), import('@tributary/catalog/sandbox')]).then(([c, s]) => console.log(JSON.stringify({ connectors: c.CONNECTORS.map((x) => x.id), sandboxes: Object.keys(s.SANDBOX_FACTORIES) })))`;
    const { stdout } = await run(
      process.execPath,
      ['--conditions=@tributary/source', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: ROOT,
      },
    );
    const loaded = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { connectors: string[]; sandboxes: string[] };
    expect(loaded.connectors).toEqual(CONNECTORS.map((c) => c.id));
    expect(loaded.sandboxes.sort()).toEqual(CONNECTORS.map((c) => c.id).sort());
  }, 120_000);
});
