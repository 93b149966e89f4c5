import { describe, expect, it } from 'vitest';
import { parseBandwidth, parseDuration, parseRate } from './units.js';

describe('parseDuration', () => {
  it('reads milliseconds, seconds and bare numbers as milliseconds', () => {
    expect(parseDuration('--latency', '200ms')).toBe(200);
    expect(parseDuration('--latency', '0.2s')).toBe(200);
    expect(parseDuration('--latency', '50')).toBe(50);
  });
  it('refuses anything else, naming the flag', () => {
    expect(() => parseDuration('--jitter', '2 minutes')).toThrow(/--jitter takes a value like 200ms/);
    expect(() => parseDuration('--latency', '-5ms')).toThrow(/--latency/);
  });
});

describe('parseRate', () => {
  it('reads requests per second with or without /s', () => {
    expect(parseRate('--rate', '25/s')).toBe(25);
    expect(parseRate('--rate', '100')).toBe(100);
  });
  it('refuses zero and other units', () => {
    expect(() => parseRate('--rate', '0/s')).toThrow(/--rate/);
    expect(() => parseRate('--rate', '25/min')).toThrow(/--rate/);
  });
});

describe('parseBandwidth', () => {
  it('reads decimal byte units per second', () => {
    expect(parseBandwidth('--bandwidth', '5MB/s')).toBe(5_000_000);
    expect(parseBandwidth('--bandwidth', '250kb/s')).toBe(250_000);
    expect(parseBandwidth('--bandwidth', '1000')).toBe(1000);
  });
  it('refuses bits and zero', () => {
    expect(() => parseBandwidth('--bandwidth', '10Mbit/s')).toThrow(/--bandwidth/);
    expect(() => parseBandwidth('--bandwidth', '0MB/s')).toThrow(/--bandwidth/);
  });
});
