// Jest globalSetup of the e2e project: build the preview once, serve it on a free localhost port.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPreview } from './build';
import { serveDirectory } from './static-server';
import { E2E_URL_VARIABLE, setRunning } from './state';

export default async function globalSetup(): Promise<void> {
  // KAM_E2E_BUILD reuses a finished build (while working on the tests); CI always builds afresh.
  const reused = process.env.KAM_E2E_BUILD;
  const folder =
    reused !== undefined && reused !== '' ? reused : mkdtempSync(join(tmpdir(), 'kam-e2e-'));
  if (reused === undefined || reused === '') await buildPreview(folder);
  if (!existsSync(join(folder, 'preview.html')))
    throw new Error(
      `No preview.html in ${folder}: the webpack build did not produce the browser preview.`,
    );
  const served = await serveDirectory(folder);
  // Test files run in workers started after this, which inherit the environment.
  process.env[E2E_URL_VARIABLE] = served.url;
  setRunning({ server: served.server, folder, owned: reused === undefined || reused === '' });
}
