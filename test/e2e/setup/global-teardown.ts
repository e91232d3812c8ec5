// Jest globalTeardown of the e2e project: stop the static server and delete the build folder.
import { rmSync } from 'node:fs';
import { takeRunning } from './state';

export default async function globalTeardown(): Promise<void> {
  const running = takeRunning();
  if (running === undefined) return;
  // Open keep-alive connections would hold close() back until they time out.
  running.server.closeAllConnections();
  await new Promise<void>((resolve) => running.server.close(() => resolve()));
  if (running.owned) rmSync(running.folder, { recursive: true, force: true });
}
