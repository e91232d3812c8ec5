// Webpack build of the Excel add-in, in the manner of Microsoft's React and shared-runtime templates:
// one runtime page (taskpane.html) hosting the task pane, the KAM.* functions and the ribbon commands.
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEV_URL, productionUrl, toProductionManifest } = require('./scripts/manifest-urls');
const { httpsServerOptionsOrNull } = require('./scripts/dev-certs');

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const FUNCTIONS_ENTRY = path.join(__dirname, 'src/functions/functions.ts');
const PREVIEW_ENTRY = './src/preview/index.tsx';
const PREVIEW_PAGE = './src/preview/preview.html';
/** The head the Office pages share (office.js before the bundles), put where a template says <%= officePageHead %>. */
const OFFICE_PAGE_HEAD = path.join(__dirname, 'src/office-page-head.html');

/** Output folders of `npm run build:node` (tsc: the CLI and the benchmark) that share dist/ and must survive a clean. */
const NODE_BUILD = /^(src|bench)[\\/]/;

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  // The browser preview is another helper's page: built when it exists, so the config works before and after.
  const withPreview =
    fs.existsSync(path.join(__dirname, PREVIEW_ENTRY)) &&
    fs.existsSync(path.join(__dirname, PREVIEW_PAGE));
  const prodUrl = dev ? DEV_URL : productionUrl();

  const entry = {
    // Shared runtime: the three parts run in one page, so they must share one webpack runtime and one
    // instance of every module (two copies of a module would mean two copies of its state). dependOn
    // chains them; functions.js comes first and carries the runtime, so it also works loaded alone.
    functions: FUNCTIONS_ENTRY,
    commands: { import: './src/commands/commands.ts', dependOn: 'functions' },
    taskpane: { import: './src/taskpane/index.tsx', dependOn: 'commands' },
    // The ribbon command's outcome dialog: its own page and runtime (Office opens dialogs in a new window).
    outcome: './src/commands/outcome.ts',
  };
  if (withPreview) entry.preview = PREVIEW_ENTRY;

  const officePage = {
    templateParameters: { officePageHead: fs.readFileSync(OFFICE_PAGE_HEAD, 'utf8').trim() },
  };
  const pages = [
    new HtmlWebpackPlugin({
      ...officePage,
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['functions', 'commands', 'taskpane'],
      // In dependOn order: the runtime (in functions.js) has to run first.
      chunksSortMode: 'manual',
    }),
    new HtmlWebpackPlugin({
      ...officePage,
      filename: 'outcome.html',
      template: './src/commands/outcome.html',
      chunks: ['outcome'],
    }),
  ];
  if (withPreview)
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: PREVIEW_PAGE,
        chunks: ['preview'],
      }),
    );

  const config = {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    devtool: 'source-map',
    entry,
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].js',
      devtoolModuleFilenameTemplate: 'webpack:///[resource-path]?[loaders]',
      clean: { keep: NODE_BUILD },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The browser preview runs the file host, which uses exceljs: take its prebuilt browser bundle
      // (the package's "browser" field says so too; the alias keeps it so whatever the target's fields).
      alias: { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') },
    },
    module: {
      // Already bundled and minified: parsing it again costs seconds and finds nothing to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked once by `npm run typecheck`; the build only transpiles.
            options: { configFile: path.join(__dirname, 'tsconfig.web.json'), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      // functions.json comes from the JSDoc of the functions file: never written by hand, never committed.
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_ENTRY }),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) =>
              dev ? content : toProductionManifest(content.toString(), prodUrl),
          },
          // The preview opens the sample workbooks from beside its page (fetched, never from the network).
          ...(withPreview
            ? ['accounts.xlsx', 'accounts-messy.csv'].map((file) => ({
                from: `examples/${file}`,
                to: `samples/${file}`,
              }))
            : []),
          // office.js from the installed package, never a CDN. The whole folder: office.js loads its
          // host- and locale-specific files from beside itself.
          ...(serving ? [] : [{ from: OFFICE_JS, to: 'office-js', info: { minimized: true } }]),
        ],
      }),
    ],
    performance: {
      // The task pane bundle (React + Fluent UI) is loaded once per session from localhost or the add-in's host.
      hints: false,
    },
    devServer: {
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // "/" is the browser preview, the page a developer opens first (the add-in's own pages are named).
      setupMiddlewares: (middlewares) =>
        withPreview
          ? [
              {
                name: 'preview-at-root',
                middleware: (request, response, next) =>
                  request.method === 'GET' && request.path === '/'
                    ? response.redirect(302, '/preview.html')
                    : next(),
              },
              ...middlewares,
            ]
          : middlewares,
      // Served straight from the package in development: copying its ~90 MB into memory on every start is slow.
      static: [{ directory: OFFICE_JS, publicPath: '/office-js', watch: false }],
      client: { overlay: { warnings: false } },
    },
  };

  if (serving) {
    const https = await httpsServerOptionsOrNull(PORT);
    config.devServer.server = https === null ? { type: 'http' } : { type: 'https', options: https };
  }
  return config;
};
