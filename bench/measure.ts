// What a benchmark section measures, how it is printed, and the budget check (`npm run bench -- --check`).

export interface Measurement {
  /** Stable key for --json output, e.g. "pipeline_1m_ms". */
  readonly key: string;
  /** What was measured, in words. */
  readonly label: string;
  readonly value: number;
  readonly unit: 'ms' | 's' | 'MB' | 'x' | '';
  /** The most it may be (times, memory). */
  readonly budget?: number;
  /** The least it must be (speedups). */
  readonly atLeast?: number;
  /** Anything the reader needs beside the number (what it was compared with). */
  readonly note?: string;
}

/** One part of the benchmark, run alone with --only=NAME. */
export interface BenchSection {
  readonly name: string;
  run(): Measurement[] | Promise<Measurement[]>;
}

function shown(x: number, unit: Measurement['unit']): string {
  if (unit === '' && x !== 0 && Math.abs(x) < 0.01) return x.toExponential(1);
  const digits = unit === 'x' ? 0 : Math.abs(x) < 10 ? 2 : 1;
  return `${x.toFixed(digits)}${unit === '' ? '' : unit === 'x' ? 'x' : ` ${unit}`}`;
}

/** Whether a measurement misses its budget. */
export function missed(m: Measurement): boolean {
  return (
    (m.budget !== undefined && !(m.value <= m.budget)) ||
    (m.atLeast !== undefined && !(m.value >= m.atLeast))
  );
}

/** One line per measurement: "label: value (budget B)", with MISSED where it is over. */
export function line(m: Measurement): string {
  const limit =
    m.budget !== undefined
      ? ` (budget ${shown(m.budget, m.unit)})`
      : m.atLeast !== undefined
        ? ` (at least ${shown(m.atLeast, m.unit)})`
        : '';
  const note = m.note !== undefined ? `; ${m.note}` : '';
  return `${m.label}: ${shown(m.value, m.unit)}${limit}${missed(m) ? ' MISSED' : ''}${note}`;
}

/** Peak resident memory of this process so far, in MB (Linux reports it in KB). */
export function peakMemoryMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
