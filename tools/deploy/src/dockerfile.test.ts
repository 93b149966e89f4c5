import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCompose, REPO_ROOT } from './compose.js';

const compose = loadCompose({ CONNECTOR_ENCRYPTION_KEY: '0'.repeat(64) });
const Engines = z.object({ engines: z.object({ node: z.string() }) });

describe('the apps’ image', () => {
  const files = new Set(Object.values(compose.services).flatMap((s) => (s.build ? [join(s.build.context, s.build.dockerfile)] : [])));
  const dockerfile = readFileSync(join(REPO_ROOT, [...files][0] ?? ''), 'utf8');

  it('is one Dockerfile for the gateway and the worker', () => {
    expect([...files]).toEqual(['apps/worker/Dockerfile']);
  });

  it('runs Node 24, the active LTS, which package.json declares supported', () => {
    const major = /^FROM node:(\d+)-/m.exec(dockerfile)?.[1];
    expect(major).toBe('24');
    const { engines } = Engines.parse(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')));
    expect(engines.node.split('||').map((range) => range.trim())).toContain(`^${major}.0.0`);
  });

  it('runs unprivileged, with the data directory the compose volume mounts owned by that user', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/mkdir -p \/data && chown node:node \/data/);
  });
});
