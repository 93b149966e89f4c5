/** Peak memory seen by sampling `process.memoryUsage()` (MB); `maxRSS` from the kernel is the authoritative peak. */
export interface MemorySampler {
  stop(): { peakRssMb: number; peakHeapUsedMb: number; peakExternalMb: number };
}

const MB = 1024 * 1024;

export function sampleMemory(intervalMs = 50): MemorySampler {
  const peak = { rss: 0, heapUsed: 0, external: 0 };
  const take = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.external = Math.max(peak.external, m.external + m.arrayBuffers);
  };
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return { peakRssMb: peak.rss / MB, peakHeapUsedMb: peak.heapUsed / MB, peakExternalMb: peak.external / MB };
    },
  };
}
