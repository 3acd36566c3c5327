/**
 * `--format junit`: JUnit XML for CI test reports. One testsuite per file, one testcase per
 * problem (a failure for errors and warnings; infos and hints pass, with the message as output),
 * one passing testcase for a clean file, an error testcase for a file that could not be linted.
 */
import { flat, type Formatter } from '../report';

/** Escapes text for XML 1.0 content and attributes, replacing characters XML cannot hold. */
export function escapeXml(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38) out += '&amp;';
    else if (c === 60) out += '&lt;';
    else if (c === 62) out += '&gt;';
    else if (c === 34) out += '&quot;';
    else if (c === 39) out += '&apos;';
    else if (c === 10) out += '&#10;';
    else if (c === 13) out += '&#13;';
    else if (c === 9) out += '&#9;';
    else if (c < 0x20 || c === 0xfffe || c === 0xffff) out += '\ufffd';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
    else out += s[i];
  }
  return out;
}

const attrs = (a: Record<string, string | number>): string =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/** Formats the report as a JUnit XML document. */
export const junit: Formatter = (report) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of report.results) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const d of r.diagnostics) {
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const head = `    <testcase${attrs({ classname: r.display, name: `${pos} ${d.ruleId}` })}>`;
      const detail = escapeXml(`${r.display}:${pos} ${d.severity} ${flat(d.message)} (${d.ruleId})`);
      if (d.severity === 'error' || d.severity === 'warning') {
        suiteFailures++;
        cases.push(`${head}\n      <failure${attrs({ type: d.severity, message: flat(d.message) })}>${detail}</failure>\n    </testcase>`);
      } else cases.push(`${head}\n      <system-out>${detail}</system-out>\n    </testcase>`);
    }
    if (cases.length === 0) cases.push(`    <testcase${attrs({ classname: r.display, name: 'unres' })}/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite${attrs({ name: r.display, tests: cases.length, failures: suiteFailures, errors: 0 })}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  for (const f of report.failures) {
    tests++;
    errors++;
    const where = f.line !== undefined ? `${f.display}:${f.line}:${f.column ?? 1}` : f.display;
    suites.push(
      `  <testsuite${attrs({ name: f.display, tests: 1, failures: 0, errors: 1 })}>\n    <testcase${attrs({ classname: f.display, name: 'unres' })}>\n      <error${attrs({ message: f.message })}>${escapeXml(`${where}: ${f.message}`)}</error>\n    </testcase>\n  </testsuite>`,
    );
  }
  const head = `<testsuites${attrs({ name: 'unres', tests, failures, errors })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};
