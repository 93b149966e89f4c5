import { describe, expect, it } from 'vitest';
import { DEFAULT_VENDOR, parseArgs } from './args.js';

describe('parseArgs', () => {
  it('runs persist, pipeline and auth by default, at the default size', () => {
    const args = parseArgs([]);
    expect(args.parts).toEqual(['persist', 'pipeline', 'auth']);
    expect(args.records).toBeUndefined();
    expect(args.vendor).toBeUndefined();
  });

  it('adds the vendor part to the default run when a vendor flag is given', () => {
    const args = parseArgs(['--latency', '200ms', '--rate', '25/s', '--jitter', '0.05s']);
    expect(args.parts).toEqual(['persist', 'pipeline', 'auth', 'vendor']);
    expect(args.vendor).toEqual({ latencyMs: 200, jitterMs: 50, rate: 25 });
  });

  it('runs only the vendor part, at Stripe test mode from a distance when no flag says otherwise', () => {
    expect(parseArgs(['--only', 'vendor'])).toMatchObject({ parts: ['vendor'], vendor: DEFAULT_VENDOR });
    expect(parseArgs(['--only=vendor', '--rate', '100/s', '--bandwidth', '5MB/s']).vendor).toEqual({
      latencyMs: 0,
      jitterMs: 0,
      rate: 100,
      bytesPerSecond: 5_000_000,
    });
  });

  it('keeps --only whatever the vendor flags say', () => {
    const args = parseArgs(['--rate', '25/s', '--only', 'pipeline']);
    expect(args.parts).toEqual(['pipeline']);
    expect(args.vendor).toBeUndefined();
  });

  it('reads --records, --runs and the fleet sizes as positive integers', () => {
    expect(parseArgs(['--records', '1000000']).records).toBe(1_000_000);
    expect(parseArgs(['--runs', '5']).runs).toBe(5);
    expect(parseArgs(['--only', 'vendor', '--slices', '8']).slices).toBe(8);
    expect(parseArgs([]).runs).toBeUndefined();
    expect(() => parseArgs(['--runs', '-1'])).toThrow(/--runs takes a positive integer/);
    expect(parseArgs(['--connections', '50']).fleet.connections).toBe(50);
    expect(() => parseArgs(['--records', '0'])).toThrow(/--records takes a positive integer/);
    expect(() => parseArgs(['--records', '1e3.5'])).toThrow(/--records/);
  });

  it('paces the pipeline as for a live key only with --live', () => {
    expect(parseArgs([]).live).toBe(false);
    expect(parseArgs(['--only', 'pipeline', '--live', '--records', '1000000']).live).toBe(true);
  });

  it('refuses unknown parts and arguments with the usage', () => {
    expect(() => parseArgs(['--only', 'everything'])).toThrow(/--only takes persist, pipeline, auth, fleet, vendor/);
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown argument "--fast"[\s\S]*Usage/);
    expect(() => parseArgs(['--latency', 'soon'])).toThrow(/--latency takes a value like 200ms/);
  });
});

describe('the Temporal path', () => {
  it('is measured when TEMPORAL_ADDRESS is set, unless --no-temporal', () => {
    expect(parseArgs([], { TEMPORAL_ADDRESS: '127.0.0.1:17233' }).temporal).toBe(true);
    expect(parseArgs(['--no-temporal'], { TEMPORAL_ADDRESS: '127.0.0.1:17233' }).temporal).toBe(false);
    expect(parseArgs([], {}).temporal).toBe(false);
  });
  it('--temporal fails without a server address rather than skipping', () => {
    expect(() => parseArgs(['--temporal'], {})).toThrow(/--temporal needs TEMPORAL_ADDRESS/);
    expect(parseArgs(['--temporal'], { TEMPORAL_ADDRESS: 'x:1' }).temporal).toBe(true);
  });
});

describe('the fleet hosts', () => {
  it('is the in-process orchestrator unless --orchestrator temporal, which measures it beside Temporal', () => {
    expect(parseArgs(['--only', 'fleet']).fleet.hosts).toEqual(['in-process']);
    expect(parseArgs(['--orchestrator', 'in-process'], {}).fleet.hosts).toEqual(['in-process']);
    const args = parseArgs(['--only', 'fleet', '--orchestrator', 'temporal', '--minutes', '5'], { TEMPORAL_ADDRESS: 'x:1' });
    expect(args.fleet).toMatchObject({ hosts: ['in-process', 'temporal'], minutes: 5, connections: 1_000 });
  });
  it('refuses another host, and Temporal without a server address', () => {
    expect(() => parseArgs(['--orchestrator', 'cron'], {})).toThrow(/--orchestrator takes in-process or temporal/);
    expect(() => parseArgs(['--orchestrator', 'temporal'], {})).toThrow(/--orchestrator temporal needs TEMPORAL_ADDRESS/);
  });
});
