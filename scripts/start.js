// `npm start`: identifies the key accounts of the sample with the command line, then serves the add-in and
// the browser preview (webpack-dev-server) and says where everything is. `--preview-only` skips the first step.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const SAMPLE = 'examples/accounts.xlsx';
const RESULT = 'out/accounts-kam.xlsx';
const CLI_ENTRY = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

/** Runs a node script to completion with the terminal's output; returns its exit code. */
function runNode(args) {
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.error) console.error(`start: ${run.error.message}`);
  return run.status ?? 1;
}

/** The main job on the sample, as the README promises: `kam identify` writes the tiered workbook. */
function identifySample() {
  // `npm install` builds the command line (prepare); a clone without it gets it built here.
  if (!fs.existsSync(CLI_ENTRY)) {
    console.log('Building the command line (npm run build:node)…');
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    if (runNode([tsc, '-p', 'tsconfig.node.json']) !== 0) return false;
  }
  console.log(`\n> kam identify ${SAMPLE} --out ${RESULT}\n`);
  return runNode(['bin/kam.js', 'identify', SAMPLE, '--out', RESULT]) === 0;
}

function banner(origin, identified) {
  const https = origin.startsWith('https:');
  const lines = [
    '',
    '──────────────────────────────────────────────────────────────────────────────',
    ' Key Account Identifier is running.',
    '',
    ` Browser preview (the real taskpane on the sample, no Excel needed):`,
    `   ${origin}/preview.html`,
    '',
    ' In desktop Excel: stop this (Ctrl-C), then run `npm run sideload`',
    '   (it starts this server itself and opens Excel with the add-in; `npm run stop` ends it).',
    `   Manifest: manifest.xml, pages served from ${origin}/`,
  ];
  if (!https)
    lines.push(
      '   Excel loads add-ins only over https: run `npx office-addin-dev-certs install` once, then restart.',
    );
  if (identified !== null)
    lines.push(
      '',
      identified
        ? ` Command-line result on the sample: ${RESULT}`
        : ' The command-line run on the sample failed (see above); the preview works regardless.',
    );
  lines.push(
    '',
    ' Press Ctrl-C to stop.',
    '──────────────────────────────────────────────────────────────────────────────',
    '',
  );
  return lines.join('\n');
}

function serve(identified) {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  // stdin is passed on: with a terminal, the dev server may ask to trust its developer certificate (scripts/dev-certs.js).
  const server = spawn(process.execPath, [cli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  let origin = null;
  let announced = false;
  const watch = (chunk, out) => {
    const text = chunk.toString();
    out.write(text);
    // webpack-dev-server says where it listens ("Loopback: https://localhost:3000/"): http or https, and the port.
    const where = /Loopback:\s*(https?:\/\/localhost:\d+)/.exec(text);
    if (where !== null && origin === null) origin = where[1];
    if (!announced && origin !== null && /compiled (successfully|with)/.test(text)) {
      announced = true;
      process.stdout.write(banner(origin, identified));
    }
  };
  server.stdout.on('data', (chunk) => watch(chunk, process.stdout));
  server.stderr.on('data', (chunk) => watch(chunk, process.stderr));

  // Ctrl-C reaches the whole process group; a plain `kill` reaches only us: pass it on either way.
  const stop = (signal) => {
    if (server.exitCode === null) server.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.on('error', (error) => {
    console.error(`start: could not start the dev server: ${error.message}`);
    process.exitCode = 1;
  });
  server.on('exit', (code, signal) => {
    process.exitCode = signal !== null ? 0 : (code ?? 1);
  });
}

const previewOnly = process.argv.includes('--preview-only');
serve(previewOnly ? null : identifySample());
