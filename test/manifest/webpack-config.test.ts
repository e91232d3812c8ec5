// The build configuration as data: one shared-runtime page, generated functions.json, office.js from the package, prod URLs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_URL } from '../../scripts/manifest-urls';

const ROOT = join(__dirname, '..', '..');

interface EntryDescription {
  readonly import: string;
  readonly dependOn?: string;
}
interface CopyPattern {
  readonly from: string;
  readonly to: string;
  readonly transform?: (content: Buffer) => string | Buffer;
}
interface Plugin {
  readonly constructor: { readonly name: string };
  readonly userOptions?: {
    readonly filename: string;
    readonly template: string;
    readonly chunks: readonly string[];
    readonly templateParameters?: { readonly officePageHead?: string };
  };
  readonly options?: { readonly output: string; readonly input: string };
  readonly patterns?: readonly CopyPattern[];
}
interface BuildConfig {
  readonly entry: Record<string, string | EntryDescription>;
  readonly output: { readonly path: string; readonly clean: { readonly keep: RegExp } };
  readonly module: {
    readonly rules: readonly {
      readonly use: { readonly loader: string; readonly options: Record<string, unknown> };
    }[];
  };
  readonly plugins: readonly Plugin[];
}
type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<BuildConfig>;

// The config is plain CommonJS (webpack loads it with require); it has no types to import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require('../../webpack.config.js') as ConfigFactory;

const build = (mode: 'production' | 'development'): Promise<BuildConfig> =>
  factory({ WEBPACK_BUILD: true }, { mode });
const plugins = (config: BuildConfig, name: string): Plugin[] =>
  config.plugins.filter((p) => p.constructor.name === name);
const manifestPattern = (config: BuildConfig): CopyPattern => {
  const pattern = plugins(config, 'CopyPlugin')
    .flatMap((p) => p.patterns ?? [])
    .find((p) => p.from === 'manifest*.xml');
  if (pattern?.transform === undefined)
    throw new Error('no manifest copy pattern with a transform');
  return pattern;
};

describe('webpack.config.js', () => {
  it('bundles functions, commands and task pane for one runtime: one webpack runtime, one copy of each module', async () => {
    const { entry } = await build('production');
    expect(entry.functions).toBe(join(ROOT, 'src/functions/functions.ts'));
    expect(entry.commands).toEqual({ import: './src/commands/commands.ts', dependOn: 'functions' });
    expect(entry.taskpane).toEqual({ import: './src/taskpane/index.tsx', dependOn: 'commands' });
    expect(entry.outcome).toBe('./src/commands/outcome.ts');
    // The browser preview is built only once its files exist.
    expect('preview' in entry).toBe(
      existsSync(join(ROOT, 'src/preview/index.tsx')) &&
        existsSync(join(ROOT, 'src/preview/preview.html')),
    );
  });

  it('emits one runtime page, taskpane.html, loading the three bundles in dependency order', async () => {
    const pages = plugins(await build('production'), 'HtmlWebpackPlugin').map((p) => p.userOptions);
    expect(pages.find((p) => p?.filename === 'taskpane.html')).toMatchObject({
      template: './src/taskpane/taskpane.html',
      chunks: ['functions', 'commands', 'taskpane'],
    });
    expect(pages.map((p) => p?.filename)).not.toContain('functions.html');
    expect(pages.map((p) => p?.filename)).not.toContain('commands.html');
  });

  it('generates functions.json from the functions file', async () => {
    const [metadata] = plugins(await build('production'), 'CustomFunctionsMetadataPlugin');
    expect(metadata.options).toEqual({
      output: 'functions.json',
      input: join(ROOT, 'src/functions/functions.ts'),
    });
  });

  it('serves office.js from the installed package (the whole folder), never from a CDN', async () => {
    const patterns = plugins(await build('production'), 'CopyPlugin').flatMap(
      (p) => p.patterns ?? [],
    );
    const officeJs = patterns.find((p) => p.to === 'office-js');
    expect(officeJs?.from).toBe(join(ROOT, 'node_modules/@microsoft/office-js/dist'));
  });

  it('gives both Office pages the one shared head, which loads office.js from that copy, never from a CDN', async () => {
    const head = readFileSync(join(ROOT, 'src/office-page-head.html'), 'utf8');
    expect(head).toContain('src="office-js/office.js"');
    expect(head).not.toMatch(/appsforoffice|https?:\/\//);
    const pages = plugins(await build('production'), 'HtmlWebpackPlugin').map((p) => p.userOptions);
    for (const filename of ['taskpane.html', 'outcome.html']) {
      const page = pages.find((p) => p?.filename === filename);
      expect(page?.templateParameters?.officePageHead).toBe(head.trim());
      const template = readFileSync(join(ROOT, page?.template ?? ''), 'utf8');
      // In the head, before the bundles html-webpack-plugin injects at its end.
      expect(template).toMatch(/<head>\s*<%= officePageHead %>[^]*<\/head>/);
      expect(template).not.toContain('office.js');
    }
  });

  it('rewrites every manifest URL in production and none in development', async () => {
    const manifest = Buffer.from(readFileSync(join(ROOT, 'manifest.xml')));
    const prod = String(manifestPattern(await build('production')).transform?.(manifest));
    expect(prod).not.toContain('localhost');
    const dev = String(manifestPattern(await build('development')).transform?.(manifest));
    expect(dev).toBe(manifest.toString());
    expect(dev).toContain(DEV_URL);
  });

  it('transpiles only (types are checked by npm run typecheck) with the web tsconfig', async () => {
    const [rule] = (await build('production')).module.rules;
    expect(rule.use.loader).toBe('ts-loader');
    expect(rule.use.options).toEqual({
      configFile: join(ROOT, 'tsconfig.web.json'),
      transpileOnly: true,
    });
  });

  it('cleans dist/ but keeps the command line and benchmark that npm run build:node puts there', async () => {
    const { output } = await build('production');
    expect(output.path).toBe(join(ROOT, 'dist'));
    const kept = (file: string): boolean => output.clean.keep.test(file);
    expect(['src/cli/main.js', 'bench/run.js'].every(kept)).toBe(true);
    expect(
      ['taskpane.js', 'functions.json', 'office-js/office.js', 'manifest.xml'].some(kept),
    ).toBe(false);
  });
});
