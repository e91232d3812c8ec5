// The add-in's URLs: the dev origin the manifest is written for, and its rewrite to the production origin.
// Used by webpack.config.js (production builds) and tested in test/manifest.
const { URL } = require('url');

/** Every URL in manifest.xml starts with this during development (webpack-dev-server). */
const DEV_URL = 'https://localhost:3000/';

/** Placeholder production origin, as in Microsoft's templates: set ADDIN_URL when building for real. */
const DEFAULT_PRODUCTION_URL = 'https://www.contoso.com/';

/**
 * The production base URL from the environment (ADDIN_URL), checked: Office loads add-ins only over
 * https, and the manifest's paths are appended to it, so it must end with a slash.
 */
function productionUrl(env = process.env) {
  const raw = (env.ADDIN_URL ?? '').trim();
  if (raw === '') return DEFAULT_PRODUCTION_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_URL must be an absolute https URL such as https://kam.example.com/addin/ (got "${raw}").`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `ADDIN_URL must use https: Office does not load add-ins over ${url.protocol} (got "${raw}").`,
    );
  if (url.search !== '' || url.hash !== '')
    throw new Error(`ADDIN_URL must not have a query or fragment (got "${raw}").`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The manifest with every dev URL replaced. A global replace on purpose: a plain
 * String.replace(devUrl, prodUrl), as in the shared-runtime template, replaces only the first
 * occurrence and ships a manifest that still points at localhost.
 */
function toProductionManifest(xml, prodUrl = DEFAULT_PRODUCTION_URL) {
  return xml.replace(new RegExp(escapeRegExp(DEV_URL), 'g'), () => prodUrl);
}

module.exports = { DEV_URL, DEFAULT_PRODUCTION_URL, productionUrl, toProductionManifest };
