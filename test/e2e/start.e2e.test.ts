// `npm start` as a new user runs it: the sample identified, the dev server up, one banner at the end, "/" is the preview.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** A port nothing listens on now (the system's pick), so a developer's own dev server is never in the way. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let child: ChildProcess | undefined;
let output = '';
let port = 0;

beforeAll(async () => {
  port = await freePort();
  child = spawn(process.execPath, ['scripts/start.js'], {
    cwd: ROOT,
    // webpack.config.js takes its port from npm's package config, which `npm start` would set.
    env: { ...process.env, npm_package_config_dev_server_port: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 100_000;
  while (!output.includes('Press Ctrl-C to stop.') && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start ended early:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!output.includes('Press Ctrl-C to stop.'))
    throw new Error(`no banner within 100 s:\n${output.slice(-3000)}`);
}, 120_000);

afterAll(async () => {
  if (child === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child?.once('exit', resolve));
  // start.js passes the signal on to the dev server it started.
  child.kill('SIGTERM');
  await exited;
});

describe('npm start', () => {
  it('ends with one banner that says where the sample result and the preview are', () => {
    const origin = `http://localhost:${port}`;
    const banner = output.slice(output.lastIndexOf('Key Account Identifier is running.'));
    expect(banner).toContain('The sample, identified by the command line: out/accounts-kam.xlsx');
    expect(banner).toContain(`${origin}/preview.html`);
    expect(banner).toContain(`How the numbers are computed: ${origin}/assets/methodology.html`);
    expect(banner.trimEnd().endsWith('─')).toBe(true);
    // One banner, and none of the dev server's own addresses ("Loopback: http://localhost:3000/").
    expect(output.split('Key Account Identifier is running.')).toHaveLength(2);
    expect(output).not.toMatch(/Loopback:|Project is running at/);
  });

  it('answers "/" with the preview, and serves the preview and the methodology page', async () => {
    const root = await fetch(`http://localhost:${port}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/preview.html');
    const preview = await fetch(`http://localhost:${port}/`);
    expect(preview.url).toBe(`http://localhost:${port}/preview.html`);
    expect(await preview.text()).toContain('<div id="preview"></div>');
    const methodology = await fetch(`http://localhost:${port}/assets/methodology.html`);
    expect(await methodology.text()).toContain('<h1>How the numbers are computed</h1>');
  });
});
