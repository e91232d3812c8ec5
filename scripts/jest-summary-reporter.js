// Jest reporter that saves the pass/fail counts to test-output/summary.json, for .ci/run's last line.
const fs = require('fs');
const path = require('path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const dir = path.join(__dirname, '..', 'test-output');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'summary.json'),
      JSON.stringify({
        passed: results.numPassedTests,
        failed,
        suites: results.numTotalTestSuites,
      }),
    );
  }
}

module.exports = SummaryReporter;
