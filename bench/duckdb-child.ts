// One `kam identify --engine duckdb` run in a process of its own, so its time and peak memory are its alone.
import { readFileSync } from 'node:fs';
import { parseModelJson } from '../src/core';
import { identifyWithDuckDb } from '../src/engines/duckdb/identify';

async function run(): Promise<void> {
  const [input, output, modelPath] = process.argv.slice(2);
  const model = parseModelJson(readFileSync(modelPath, 'utf8'));
  if (model.kind === 'error') throw new Error(model.message);
  const started = performance.now();
  const result = await identifyWithDuckDb({ input, output, model: model.value });
  const ms = performance.now() - started;
  if (result.kind === 'error') throw new Error(result.message);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, peakMb }) + '\n');
}

void run();
