// Prints one closing line `<label>: N passed, N failed[, N skipped]` from a vitest or Playwright
// JSON report, so every run ends with its counts in one plain, comparable form.
import fs from "node:fs";

export function summarize(label, file, kind) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (kind === "vitest") {
    passed = report.numPassedTests;
    failed = report.numFailedTests;
    skipped = report.numPendingTests + report.numTodoTests;
  } else {
    passed = report.stats.expected + report.stats.flaky;
    failed = report.stats.unexpected;
    skipped = report.stats.skipped;
  }
  console.log(`\n${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}
