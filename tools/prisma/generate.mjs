#!/usr/bin/env node
// `prisma generate`, offline: points the CLI at a stub schema engine (it is
// never executed by generate) and skips Prisma's engine downloads.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: join(root, 'tools/prisma/schema-engine-offline.sh'),
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/prisma/build/index.js'), 'generate', '--schema', join(root, 'prisma/schema.prisma')],
  {
    env,
    stdio: 'inherit',
    cwd: root,
  },
);
process.exit(result.status ?? 1);
