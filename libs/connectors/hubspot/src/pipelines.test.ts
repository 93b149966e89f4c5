import { describe, expect, it } from 'vitest';
import { DealStages, readDealStages, stageStatus } from './pipelines.js';
import { createHubSpotSimulator } from './sandbox/index.js';
import { inProcessConnection } from './testing/in-process.js';

describe('deal stages', () => {
  it('are open until closed; closed stages are won at probability 1 and lost below', () => {
    expect(stageStatus({ isClosed: 'false', probability: '0.9' })).toBe('open');
    expect(stageStatus({ isClosed: 'true', probability: '1.0' })).toBe('won');
    expect(stageStatus({ isClosed: 'true', probability: '0.0' })).toBe('lost');
    expect(stageStatus({ probability: '1.0' })).toBe('open');
  });

  it('are read from every pipeline, retired stages included, keyed by stage id', async () => {
    const sim = createHubSpotSimulator({ seed: 1, companies: 1 });
    const stages = DealStages.parse(await readDealStages(inProcessConnection(sim).ctx.http));
    expect(stages['closedwon']).toEqual({ label: 'Closed Won', pipelineId: 'default', pipeline: 'Sales Pipeline', status: 'won' });
    expect(stages['35914364']).toEqual({ label: 'Churned', pipelineId: '35914361', pipeline: 'Renewals', status: 'lost' });
    expect(stages['35914360']).toMatchObject({ label: 'Demo Booked (retired)', status: 'open' });
    expect(Object.keys(stages)).toHaveLength(11);
  });
});
