// Prints one plain closing line, "wtr: N passed, N failed, N skipped", that CI harnesses recognise.
// A test file that fails to load has no failed test of its own: it is counted once as failed.
export function summaryLineReporter() {
  const count = (suite, acc) => {
    if (!suite) return acc;
    for (const t of suite.tests) acc[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
    suite.suites.forEach((child) => count(child, acc));
    return acc;
  };
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        const before = acc.failed;
        count(s.testResults, acc);
        if (s.passed === false && acc.failed === before) acc.failed++;
      }
      process.once('exit', () => process.stdout.write(`\nwtr: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`));
    },
  };
}
