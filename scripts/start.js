// `npm start`: identifies the key accounts of the sample with the command line, then serves the add-in and
// the browser preview (webpack-dev-server) and says where everything is. `--preview-only` skips the first step.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const SAMPLE = 'examples/accounts.xlsx';
const RESULT = 'out/accounts-kam.xlsx';
const CLI_ENTRY = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
/** webpack-dev-server's lines about where it listens ("Loopback: http://localhost:3000/", the network, static folders). */
const SERVER_ADDRESS_LINE =
  /\[webpack-dev-server\] (Project is running at|Loopback:|On Your Network|Content not from webpack)/;

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

/** The one summary `npm start` ends with: where the result and the preview are, and what else there is. */
function banner(origin, identified) {
  const https = origin.startsWith('https:');
  const lines = [
    '',
    '──────────────────────────────────────────────────────────────────────────────',
    ' Key Account Identifier is running.',
    '',
  ];
  if (identified === true)
    lines.push(
      ` The sample, identified by the command line: ${RESULT}`,
      '   (open it in Excel or LibreOffice: result columns beside the data, a KAM Summary sheet)',
      '',
    );
  if (identified === false)
    lines.push(
      ' The command-line run on the sample failed (see above); the preview works regardless.',
      '',
    );
  lines.push(
    ' Browser preview, the real panel on the sample (no Excel needed):',
    `   ${origin}/preview.html`,
    ` How the numbers are computed: ${origin}/assets/methodology.html`,
    '',
    ' In desktop Excel: stop this (Ctrl-C), then run `npm run sideload`',
    '   (it starts this server itself and opens Excel with the add-in; `npm run stop` ends it).',
  );
  if (!https)
    lines.push(
      '   Excel loads add-ins only over https: run `npx office-addin-dev-certs install` once, then restart.',
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
    // webpack-dev-server says where it listens ("Loopback: https://localhost:3000/"): http or https, and the port.
    const where = /Loopback:\s*(https?:\/\/localhost:\d+)/.exec(text);
    if (where !== null && origin === null) origin = where[1];
    // Its own "Project is running at" lines are left out: "/" there is not a page, and the banner says
    // where the preview is, once.
    const shown = text
      .split(/(?<=\n)/)
      .filter((line) => !SERVER_ADDRESS_LINE.test(line))
      .join('');
    if (shown !== '') out.write(shown);
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
