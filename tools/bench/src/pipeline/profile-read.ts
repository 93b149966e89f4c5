import { readFileSync } from 'node:fs';
import { isObject, numberAt, objectAt, stringAt, type JsonObject } from '../shared/json.js';

/** One function in a V8 profile, with its caller. */
export interface ProfileFrame {
  fn: string;
  url: string;
  line: number;
  parent: number | undefined;
}

/** A V8 profile reduced to frames and a weight per frame: self milliseconds (CPU) or allocated bytes (heap). */
export interface SampledProfile {
  file: string;
  frames: Map<number, ProfileFrame>;
  weights: Map<number, number>;
}

function frameOf(node: JsonObject, parent: number | undefined): ProfileFrame {
  const call = objectAt(node, 'callFrame');
  return { fn: stringAt(call, 'functionName'), url: stringAt(call, 'url'), line: numberAt(call, 'lineNumber') + 1, parent };
}

function readJson(file: string): JsonObject {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(value)) throw new Error(`${file} is not a V8 profile`);
  return value;
}

/** A `.cpuprofile` (Profiler.Profile: flat nodes with children ids, samples and time deltas). */
export function readCpuProfile(file: string): SampledProfile {
  const profile = readJson(file);
  const nodes = profile['nodes'];
  const samples = profile['samples'];
  const deltas = profile['timeDeltas'];
  if (!Array.isArray(nodes) || !Array.isArray(samples) || !Array.isArray(deltas)) throw new Error(`${file} is not a .cpuprofile`);
  const parents = new Map<number, number>();
  for (const node of nodes) {
    const children = isObject(node) ? node['children'] : undefined;
    if (isObject(node) && Array.isArray(children))
      for (const c of children) if (typeof c === 'number') parents.set(c, numberAt(node, 'id'));
  }
  const frames = new Map<number, ProfileFrame>();
  for (const node of nodes) if (isObject(node)) frames.set(numberAt(node, 'id'), frameOf(node, parents.get(numberAt(node, 'id'))));
  const weights = new Map<number, number>();
  samples.forEach((id: unknown, i) => {
    const dt: unknown = deltas[i];
    if (typeof id === 'number' && typeof dt === 'number') weights.set(id, (weights.get(id) ?? 0) + dt / 1000);
  });
  return { file, frames, weights };
}

/** A `.heapprofile` (HeapProfiler.SamplingHeapProfile: a tree of nodes with their sampled self size in bytes). */
export function readHeapProfile(file: string): SampledProfile {
  const frames = new Map<number, ProfileFrame>();
  const weights = new Map<number, number>();
  const visit = (node: unknown, parent: number | undefined): void => {
    if (!isObject(node)) return;
    const id = numberAt(node, 'id');
    frames.set(id, frameOf(node, parent));
    weights.set(id, numberAt(node, 'selfSize'));
    const children = node['children'];
    if (Array.isArray(children)) for (const child of children) visit(child, id);
  };
  visit(readJson(file)['head'], undefined);
  return { file, frames, weights };
}
