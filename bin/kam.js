#!/usr/bin/env node
// The `kam` command: runs the compiled CLI (built into dist/ by `npm install` / `npm ci` through `prepare`).
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error(
    'kam: the command line is not built yet. Run `npm install` (or `npm run build:node`) in the project folder first.',
  );
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
