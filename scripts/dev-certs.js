// HTTPS options for the dev server from office-addin-dev-certs, or null (plain http) when they cannot be had.
// Never prompts and never hangs: installing the CA is attempted only where a person can answer the
// system's question, and in a child process with a time limit (the install blocks on execSync).
const { spawn } = require('child_process');
const { setTimeout, clearTimeout } = require('timers');

/** Long enough for someone to confirm the Windows or macOS certificate dialog. */
const INSTALL_TIMEOUT_MS = 120_000;

function devCerts() {
  return require('office-addin-dev-certs');
}

/**
 * Whether installing the developer CA may ask someone: on Windows the system shows its own dialog
 * (also from the detached dev server office-addin-debugging starts); elsewhere sudo or the keychain
 * asks in the terminal, so only when there is one. Never in CI.
 */
function mayInstall(
  env = process.env,
  platform = process.platform,
  interactive = Boolean(process.stdin.isTTY),
) {
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  return platform === 'win32' || interactive;
}

/** Runs the install in a child process so a stuck prompt can be killed; resolves to an error text or null. */
function installInChildProcess(interactive) {
  const script =
    "require('office-addin-dev-certs').ensureCertificatesAreInstalled()" +
    '.then(() => process.exit(0), (e) => { console.error(e && e.message ? e.message : String(e)); process.exit(1); });';
  return new Promise((resolve) => {
    // Without a terminal, a new session (detached) has no /dev/tty either, so sudo fails at once instead of waiting.
    const child = spawn(process.execPath, ['-e', script], {
      cwd: __dirname,
      stdio: ['ignore', 'inherit', 'pipe'],
      detached: !interactive && process.platform !== 'win32',
      windowsHide: true,
    });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    const timer = setTimeout(() => {
      child.kill();
      resolve(`no answer within ${INSTALL_TIMEOUT_MS / 1000} s`);
    }, INSTALL_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? null : stderr.trim() || `exit code ${code}`);
    });
  });
}

function httpFallbackMessage(reason, port) {
  return [
    '',
    `[dev-server] No trusted certificate for https://localhost:${port} (${reason}).`,
    `[dev-server] Serving over plain http://localhost:${port} instead: the browser preview works, but Excel loads add-ins only over https.`,
    '[dev-server] To fix: run `npx office-addin-dev-certs install` (it asks for permission to trust a local developer CA), then restart.',
    '',
  ].join('\n');
}

/**
 * { key, cert, ca } for webpack-dev-server's https server, or null after printing why not.
 * Uses existing valid certificates as they are; installs new ones only where mayInstall allows.
 */
async function httpsServerOptionsOrNull(port, log = console.warn) {
  const interactive = Boolean(process.stdin.isTTY);
  let reason;
  try {
    const certs = devCerts();
    if (!certs.verifyCertificates()) {
      if (!mayInstall(process.env, process.platform, interactive)) {
        log(
          httpFallbackMessage(
            'the developer certificates are not installed, and installing them needs someone to confirm',
            port,
          ),
        );
        return null;
      }
      const failure = await installInChildProcess(interactive);
      if (failure !== null) {
        log(
          httpFallbackMessage(
            `installing the developer certificates failed: ${failure.split('\n')[0]}`,
            port,
          ),
        );
        return null;
      }
      // Checked again so getHttpsServerOptions below never starts a second, in-process install.
      if (!certs.verifyCertificates()) {
        log(
          httpFallbackMessage(
            'the developer certificates are still not trusted after installing them',
            port,
          ),
        );
        return null;
      }
    }
    const options = await certs.getHttpsServerOptions();
    return { key: options.key, cert: options.cert, ca: options.ca };
  } catch (error) {
    reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  log(httpFallbackMessage(reason, port));
  return null;
}

module.exports = { httpsServerOptionsOrNull, mayInstall, httpFallbackMessage };
