const MB = 1024 * 1024;

/** This process's resident memory every `everyMs` (MB), until `stop`. */
export function sampleRss(everyMs = 5_000): { stop(): number[] } {
  const samples = [process.memoryUsage().rss / MB];
  const timer = setInterval(() => samples.push(process.memoryUsage().rss / MB), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      samples.push(process.memoryUsage().rss / MB);
      return samples.map((s) => Math.round(s));
    },
  };
}
