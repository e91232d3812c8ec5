// One full sheet's --json report written by the CLI's streaming writer, in a process of its own so
// its time and memory are its alone: `node report-child.js ROWS TARGET`.
import { statSync } from 'node:fs';
import { writeFileAtomically } from '../src/cli/report-file';
import { identify, parseModel, type RawCell, reportJsonPieces, seededUniform } from '../src/core';

const RELATIONSHIP = ['Low', 'Medium', 'High'];

function table(rows: number) {
  const next = seededUniform(7);
  const cells: RawCell[][] = new Array<RawCell[]>(rows);
  for (let i = 0; i < rows; i++) {
    const arr = Math.round(Math.exp(11 + 1.4 * (next() * 2 - 1) * 1.7));
    cells[i] = [
      `Account ${i + 1}`,
      next() < 0.02 ? null : arr,
      1 + Math.floor(next() * 5),
      RELATIONSHIP[Math.floor(next() * 3)],
      Math.round(next() * 5000),
    ];
  }
  return {
    sheet: 'Accounts',
    headerRow: 1,
    firstColumn: 1,
    headers: ['Account', 'ARR', 'Product fit', 'Relationship', 'Cost to serve'],
    rows: cells,
  };
}

async function run(): Promise<void> {
  const [rowsArg, target] = process.argv.slice(2);
  const model = parseModel({
    version: 1,
    name: 'Bench',
    idColumn: 'Account',
    revenueColumn: 'ARR',
    criteria: [
      { id: 'arr', column: 'ARR', weight: 40, normalize: { method: 'log-minmax' } },
      {
        id: 'fit',
        column: 'Product fit',
        weight: 25,
        normalize: { method: 'scale', min: 1, max: 5 },
      },
      { id: 'rel', column: 'Relationship', weight: 20, normalize: { method: 'rating' } },
      {
        id: 'cost',
        column: 'Cost to serve',
        weight: 15,
        direction: 'lower',
        normalize: { method: 'minmax' },
      },
    ],
  });
  if (model.kind === 'error') throw new Error(model.message);
  const result = identify(table(Number(rowsArg)), { model: model.value });
  if (result.kind === 'error') throw new Error(result.message);
  const rssBeforeMb = process.memoryUsage.rss() / 2 ** 20;
  let peakRssMb = rssBeforeMb;
  function* sampled(pieces: Iterable<string>): Generator<string> {
    let count = 0;
    for (const piece of pieces) {
      if (++count % 64 === 0) peakRssMb = Math.max(peakRssMb, process.memoryUsage.rss() / 2 ** 20);
      yield piece;
    }
  }
  const started = performance.now();
  await writeFileAtomically(
    target,
    sampled(reportJsonPieces(result.value, new Date().toISOString())),
  );
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({ ms, rssBeforeMb, peakRssMb, fileMb: statSync(target).size / 2 ** 20 }) + '\n',
  );
}

void run();
