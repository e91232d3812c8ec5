// The CLI's --json at a full sheet (1,048,575 accounts): written in pieces, timed with its memory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from './measure';

interface ChildRun {
  readonly ms: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
  readonly fileMb: number;
}

export function reportSection(rows: number): BenchSection {
  return {
    name: 'report',
    run() {
      const dir = mkdtempSync(join(tmpdir(), 'kam-bench-report-'));
      try {
        const stdout = execFileSync(
          process.execPath,
          [
            '--max-old-space-size=4096',
            join(__dirname, 'report-child.js'),
            String(rows),
            join(dir, 'report.json'),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        );
        const run = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildRun;
        const count = rows.toLocaleString('en-US');
        return [
          {
            key: 'report_json_full_sheet_s',
            label: `--json report of ${count} accounts written in pieces`,
            value: Number((run.ms / 1000).toFixed(2)),
            unit: 's',
            // V8's longest string is 2^29 - 24 characters: past it, one JSON.stringify cannot hold the report.
            note: `${run.fileMb.toFixed(0)} MB of JSON${run.fileMb > 512 ? ', past the longest string V8 can make ("Invalid string length" from one JSON.stringify)' : ''}`,
          },
          {
            key: 'report_json_full_sheet_extra_mb',
            label: `memory the writing adds to the run's result (${count} accounts)`,
            value: Number((run.peakRssMb - run.rssBeforeMb).toFixed(0)),
            unit: 'MB',
            note: `resident ${run.rssBeforeMb.toFixed(0)} MB before writing (the table and the run), peak ${run.peakRssMb.toFixed(0)} MB while writing`,
          },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
