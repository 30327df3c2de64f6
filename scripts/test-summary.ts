/**
 * Prints one closing line for the whole suite — `Summary: N passed, N failed` (`, N skipped`) — from the JSON
 * reports the unit and browser runs write to `.test-results/`, so CI reads one count for both runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const files = ['unit.json', 'e2e.json'].map((name) => join('.test-results', name)).filter((path) => existsSync(path));
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const path of files) {
  const report = JSON.parse(readFileSync(path, 'utf8')) as VitestJson;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}
if (files.length === 0) console.log('Summary: no test report was written');
else console.log(`Summary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
