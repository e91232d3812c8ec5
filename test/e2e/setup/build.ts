// Builds the add-in and the preview once (webpack, development mode) into a folder, for the end-to-end tests.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Runs the webpack CLI in a child process (its memory and output stay out of Jest); rejects with the output's tail. */
export function buildPreview(outputPath: string): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, '--mode', 'development', '--output-path', outputPath],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_ENV: 'development' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`webpack failed (exit code ${code}):\n${output.slice(-4000)}`)),
    );
  });
}
