// Unit, property, host-contract and CLI tests. Type-checking is done once by `npm run typecheck`,
// so ts-jest only transpiles here (much faster). The browser tests have their own config
// (jest.e2e.config.js); `npm test` runs both projects in one jest run, for one combined count.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'unit',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 60000,
  // The sandbox's own built-ins, handed to every module as parameters: a global name looked up in
  // jest's vm sandbox goes through an interceptor V8 cannot optimise, which made the core's
  // arithmetic 10-300 times slower than in node (Math.abs: 400 ns a call; jestjs/jest#5163,
  // nodejs/node#31658). The same objects, only found faster.
  sandboxInjectedGlobals: [
    'Math',
    'Number',
    'String',
    'Array',
    'Object',
    'JSON',
    'Map',
    'Set',
    'Float64Array',
    'Int32Array',
    'Uint32Array',
    'Uint8Array',
    'Uint16Array',
    'Int8Array',
  ],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
