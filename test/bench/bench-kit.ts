// Shared shape of benchmark results: each *.bench.ts module exports `run(): Promise<BenchRow[]>`.
export interface BenchRow {
  /** What was measured, e.g. "export fixture (node)". */
  name: string;
  /** Median, in milliseconds unless `unit` says otherwise. */
  medianMs: number;
  /** The unit of `medianMs` and `targetMs` when they are not milliseconds (px, CLS, ×). */
  unit?: string;
  /** Number of timed runs the median is taken from. */
  runs: number;
  /** Target in milliseconds from the issue, when there is one. */
  targetMs?: number;
  /** Free text: sizes, environment, ratios. */
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` a few times to warm up, then `runs` times, returning each duration in ms. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}
