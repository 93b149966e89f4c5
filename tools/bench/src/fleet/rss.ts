const MB = 1024 * 1024;

/** Memory of the host over its run, one sample every `everyMs` (MB, rounded). */
export interface MemorySamples {
  everyMs: number;
  rss: number[];
  /** V8's heap in use: a leak shows here first; RSS also holds freed pages V8 keeps. */
  heap: number[];
}

/** This process's resident memory and heap in use every `everyMs`, until `stop`. */
export function sampleMemory(everyMs = 5_000): { stop(): MemorySamples } {
  const rss: number[] = [];
  const heap: number[] = [];
  const sample = () => {
    const m = process.memoryUsage();
    rss.push(Math.round(m.rss / MB));
    heap.push(Math.round(m.heapUsed / MB));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { everyMs, rss, heap };
    },
  };
}
