// End-to-end tests: the browser preview in Debian's Chromium through playwright-core. globalSetup builds
// the preview once (webpack) and serves it on a free localhost port; globalTeardown stops and deletes it.
// Runs alone (npm run test:e2e) or as the second project of `npm test`, whose run-wide options
// (the summary reporter for .ci/run) come from jest.config.js.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/e2e/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/setup/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/e2e/setup/timeout.ts'],
};
