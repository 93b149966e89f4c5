import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;
const code = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => lines(join(dir, f)));

/**
 * Lines of a connector's own code, every line counted (comments and blank
 * ones too): `src/*.ts` and `src/streams/*.ts` without tests. The
 * simulator (src/sandbox) and test helpers (src/testing) are not the connector.
 *
 * @example
 * connectorCodeLines('libs/connectors/acme') // 136
 */
export function connectorCodeLines(root: string): number {
  return [...code(join(root, 'src')), ...code(join(root, 'src/streams'))].reduce((a, b) => a + b, 0);
}
