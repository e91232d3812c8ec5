// `npm run build:sheets`: the Google Sheets add-on in dist/sheets/, ready for `clasp push`:
// Code.js (the core, zod and the Sheets host bundled by esbuild into one plain script for Apps
// Script's V8, plus one top-level function per entry point), sidebar.html (the panel, self-contained),
// methodology.html (How the numbers are computed, opened as a dialog) and appsscript.json.
// `--preview` also writes dist/sheets-preview/: the sidebar in a browser page with a
// google.script.run shim over the file host (no Google account needed).
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const esbuild = require('esbuild');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'sheets');
const PREVIEW_OUT = path.join(ROOT, 'dist', 'sheets-preview');
const SERVER_ENTRY = path.join(ROOT, 'src/sheets/main.ts');
const FUNCTIONS_FILE = path.join(ROOT, 'src/sheets/functions.ts');
const SIDEBAR_ENTRY = path.join(ROOT, 'src/sheets/client/sidebar.tsx');
const SIDEBAR_PAGE = path.join(ROOT, 'src/sheets/client/sidebar.html');
const PREVIEW_ENTRY = path.join(ROOT, 'src/preview/sheets/sidebar-preview.tsx');
const PREVIEW_PAGE = path.join(ROOT, 'src/preview/sheets/sidebar-preview.html');
/** "How the numbers are computed": self-contained (no scripts, nothing from the network), so HtmlService can serve it as is. */
const METHODOLOGY_PAGE = path.join(ROOT, 'assets/methodology.html');

/** The global the bundle assigns its exports to; the top-level functions call through it. */
const GLOBAL = 'KeyAccounts';

/** The least the add-on needs: this spreadsheet only, and its menu and sidebar (DESIGN 5b). */
const MANIFEST = {
  timeZone: 'Etc/UTC',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ],
};

/**
 * zod re-exports its error messages in about 50 languages (z.locales), which no code here uses: the
 * add-on words its own messages, and zod's default is English. Only English is bundled: a third
 * less script for Apps Script to parse for every custom-function cell, and a lighter sidebar.
 */
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? {
            path: path.join(path.dirname(args.importer), '..', 'locales', 'index.js'),
            namespace: 'zod-locales',
          }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * Apps Script's V8: no modules, timers, TextEncoder, URL, fetch or process, and neither `#private`
 * nor static class fields parse. es2019 makes esbuild lower class fields and private names.
 */
async function bundleServer() {
  const result = await esbuild.build({
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'default'],
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    plugins: [englishOnlyZod],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The leading JSDoc of every exported function of a file, by name, with its parameter names. */
function exportedFunctionDocs(file) {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const docs = new Map();
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || statement.name === undefined) continue;
    const exported = (statement.modifiers ?? []).some(
      (m) => m.kind === ts.SyntaxKind.ExportKeyword,
    );
    if (!exported) continue;
    const text = source.getFullText();
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const jsdoc = comments
      .map((c) => text.slice(c.pos, c.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    docs.set(statement.name.text, {
      jsdoc,
      params: statement.parameters.map((p) => p.name.getText(source)),
    });
  }
  return docs;
}

/** The bundle's exported functions, found by running it in an empty context (which also proves it needs no globals to load). */
function exportedFunctions(bundle) {
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\nthis.${GLOBAL} = ${GLOBAL};`, context, { filename: 'Code.js' });
  const exports = context[GLOBAL];
  return Object.keys(exports).filter((name) => typeof exports[name] === 'function');
}

/**
 * One top-level function per export: Apps Script finds triggers, menu items, google.script.run
 * targets and custom functions (with their JSDoc, which Sheets shows) only as top-level declarations.
 */
function topLevelFunctions(names) {
  const docs = exportedFunctionDocs(FUNCTIONS_FILE);
  return names
    .map((name) => {
      const doc = docs.get(name);
      const params = doc?.params ?? [];
      const forwarded = doc === undefined ? '...args' : params.join(', ');
      const declared = doc === undefined ? '...args' : params.join(', ');
      const comment = doc?.jsdoc !== undefined ? `${doc.jsdoc}\n` : '';
      return `${comment}function ${name}(${declared}) {\n  return ${GLOBAL}.${name}(${forwarded});\n}\n`;
    })
    .join('\n');
}

/** A script inlined in HTML must not close its own <script> element early. */
function inlineScript(code) {
  return code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

async function bundleBrowser(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    charset: 'utf8',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The file host (preview only) uses exceljs: its prebuilt browser bundle, as the webpack build does.
    alias: { exceljs: require.resolve('exceljs/dist/exceljs.min.js') },
    plugins: [englishOnlyZod],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function page(template, bundle) {
  const html = fs.readFileSync(template, 'utf8');
  const marker = '/* SIDEBAR_BUNDLE */';
  if (!html.includes(marker)) throw new Error(`${template} has no ${marker} marker`);
  return html.replace(marker, () => inlineScript(bundle));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** Code.js as pushed: the bundle, then one top-level function per entry point. */
async function buildCode() {
  const bundle = await bundleServer();
  const names = exportedFunctions(bundle);
  const code = `// Key Account Identifier for Google Sheets: built by scripts/build-sheets.js from src/sheets/main.ts. Do not edit.\n${bundle}\n${topLevelFunctions(names)}`;
  return { code, names };
}

async function buildSheets({ out = OUT, preview = false, previewOut = PREVIEW_OUT } = {}) {
  const { code, names } = await buildCode();
  const sidebar = page(SIDEBAR_PAGE, await bundleBrowser(SIDEBAR_ENTRY));
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'Code.js'), code);
  fs.writeFileSync(path.join(out, 'sidebar.html'), sidebar);
  fs.copyFileSync(METHODOLOGY_PAGE, path.join(out, 'methodology.html'));
  fs.writeFileSync(path.join(out, 'appsscript.json'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  const sizes = {
    code: fs.statSync(path.join(out, 'Code.js')).size,
    sidebar: fs.statSync(path.join(out, 'sidebar.html')).size,
    functions: names,
  };
  if (preview) {
    fs.rmSync(previewOut, { recursive: true, force: true });
    fs.mkdirSync(path.join(previewOut, 'samples'), { recursive: true });
    fs.writeFileSync(
      path.join(previewOut, 'index.html'),
      page(PREVIEW_PAGE, await bundleBrowser(PREVIEW_ENTRY)),
    );
    fs.copyFileSync(METHODOLOGY_PAGE, path.join(previewOut, 'methodology.html'));
    fs.copyFileSync(
      path.join(ROOT, 'examples/accounts.xlsx'),
      path.join(previewOut, 'samples/accounts.xlsx'),
    );
  }
  return sizes;
}

module.exports = { buildCode, buildSheets, MANIFEST, GLOBAL };

if (require.main === module) {
  const preview = process.argv.includes('--preview');
  buildSheets({ preview })
    .then((sizes) => {
      console.log(
        `dist/sheets/Code.js      ${kb(sizes.code)} (${sizes.functions.length} top-level functions)`,
      );
      console.log(`dist/sheets/sidebar.html ${kb(sizes.sidebar)}`);
      console.log('dist/sheets/appsscript.json');
      if (preview) console.log('dist/sheets-preview/index.html (the sidebar over the file host)');
      console.log('Deploy: npx @google/clasp push (see README, "Google Sheets").');
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
