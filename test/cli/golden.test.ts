/**
 * Golden tests of the bundled CLI: standard output, standard error and exit code of every format
 * on the fixtures of test/cli/fixtures — a draft with every severity (its folder's .unresrc.json
 * turns two rules down to info and hint), an unreadable file (not UTF-8) and a missing one, a
 * broken configuration file, and standard input. `UPDATE_GOLDEN=1 npm run test:cli` rewrites them.
 * The goldens pin the formats, not the rule set: rules other than the five the fixtures exercise
 * are turned off with `--rule ID=off` flags, so that adding a rule does not change them. Every
 * SARIF log is also validated against the SARIF 2.1.0 schema (test/cli/schemas/).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { FORMATTERS } from '../../server/src/cli/formatters';
import { createLanguageService } from '../../server/src/core/languageService';
import { FIXTURES, ROOT, assertGolden, assertWellFormedXml, unres, type Outcome } from './helpers';

const VERSION = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version;
const DRAFT = 'every-severity/draft.unres';
const CLEAN = 'clean/A-RES-73-331.unres';
const FIVE = ['agenda-item', 'opener-italics', 'preamble-punctuation', 'footnote-undefined', 'operative-numbering'];
const OTHERS_OFF = createLanguageService()
  .rules.filter((r) => !FIVE.includes(r.meta.id))
  .flatMap((r) => ['--rule', `${r.meta.id}=off`]);

/** The SARIF 2.1.0 schema (test/cli/schemas/README.md), compiled once. */
const validSarif = (() => {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'uri-reference', 'date-time']);
  return ajv.compile(JSON.parse(readFileSync(new URL('./schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')));
})();

/** What the checks below read of a SARIF log (the schema checks the rest). */
interface SarifShape {
  readonly runs: readonly {
    readonly tool: { readonly driver: { readonly name: string } };
    readonly results?: readonly { readonly ruleId?: string; readonly message: { readonly text?: string }; readonly locations?: readonly { readonly physicalLocation?: { readonly artifactLocation: { readonly uri: string }; readonly region: { readonly startLine: number } } }[] }[];
  }[];
}

/** Fails with the schema's complaints unless `stdout` is a SARIF 2.1.0 log. */
function assertValidSarif(stdout: string): void {
  const log = JSON.parse(stdout) as SarifShape;
  const ok = validSarif(JSON.parse(stdout));
  assert.ok(ok, `not a valid SARIF 2.1.0 log: ${JSON.stringify(validSarif.errors?.slice(0, 5), null, 1)}`);
  // What GitHub code scanning needs beyond the schema: a tool name, and for every result a rule id,
  // a message and a location in a file given relative to the checkout.
  for (const run of log.runs) {
    assert.ok(run.tool.driver.name);
    for (const r of run.results ?? []) {
      assert.ok(r.ruleId && r.message.text, 'result with a rule id and a message');
      const loc = r.locations?.[0]?.physicalLocation;
      assert.ok(loc && !/^[a-z]+:/.test(loc.artifactLocation.uri) && loc.region.startLine >= 1, `result located relative to the checkout: ${JSON.stringify(loc)}`);
    }
  }
}

interface Scenario {
  readonly name: string;
  readonly args: readonly string[];
  readonly stdin?: string;
  readonly code: number;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'every-severity', args: [DRAFT, CLEAN], code: 1 },
  { name: 'unreadable', args: ['not-utf8.unres', 'missing.unres', DRAFT], code: 2 },
  { name: 'broken-config', args: ['broken-config/draft.unres', CLEAN], code: 2 },
  { name: 'stdin', args: ['-', '--stdin-filename', 'every-severity/piped.unres'], stdin: readFileSync(`${FIXTURES}${DRAFT}`, 'utf8'), code: 1 },
];

/** Replaces what depends on the machine (absolute paths) and on the rule pages' prose in SARIF logs. */
function normalizeSarif(stdout: string): string {
  const log = JSON.parse(stdout);
  const run = log.runs[0];
  const cwd = pathToFileURL(FIXTURES).href;
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, cwd.endsWith('/') ? cwd : `${cwd}/`);
  run.originalUriBaseIds['%SRCROOT%'].uri = 'file:///FIXTURES/';
  assert.equal(run.tool.driver.version, VERSION);
  run.tool.driver.version = run.tool.driver.semanticVersion = '<package.json version>';
  assert.equal(run.tool.driver.informationUri, pathToFileURL(`${ROOT}server/docs/rules/README.md`).href);
  run.tool.driver.informationUri = 'file:///DOCS/README.md';
  for (const rule of run.tool.driver.rules) {
    const page = readFileSync(`${ROOT}server/docs/rules/${rule.id}.md`, 'utf8');
    assert.equal(rule.help.markdown, page, `help.markdown of ${rule.id} is its rule page`);
    assert.equal(rule.helpUri, pathToFileURL(`${ROOT}server/docs/rules/${rule.id}.md`).href);
    const full = rule.fullDescription.text.replace(/ \(CONVENTIONS\.md [^)]*\)$/, '');
    assert.ok(full === rule.shortDescription.text || page.replace(/\s+/g, ' ').includes(full), `fullDescription of ${rule.id} comes from its page`);
    rule.help.markdown = `<server/docs/rules/${rule.id}.md>`;
    rule.helpUri = `file:///DOCS/${rule.id}.md`;
    rule.fullDescription.text = '<from the rule page>';
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

function render(s: Scenario, format: string, r: Outcome): string {
  const stdout = format === 'sarif' ? normalizeSarif(r.stdout) : r.stdout;
  return `$ unres lint --format ${format} [--rule ID=off for the other rules] ${s.args.join(' ')}${s.stdin !== undefined ? ` < ${DRAFT}` : ''}\nexit ${r.code}\n--- stdout\n${stdout}--- stderr\n${r.stderr}`;
}

describe('unres lint golden outputs (test/cli/golden/)', () => {
  for (const format of Object.keys(FORMATTERS)) {
    describe(`--format ${format}`, () => {
      for (const s of SCENARIOS) {
        it(`${s.name}: exit ${s.code}`, () => {
          const r = unres(['lint', '--format', format, ...OTHERS_OFF, ...s.args], { cwd: FIXTURES, input: s.stdin, env: { NO_COLOR: undefined } });
          assert.equal(r.code, s.code, r.stderr);
          assert.ok(!/\n\s+at .*:\d+:\d+\)?$/m.test(r.stderr), 'no stack trace');
          for (const line of r.stderr.split('\n').filter(Boolean)) assert.match(line, /^unres: /, 'every error is one line starting with "unres: "');
          if (format === 'json') JSON.parse(r.stdout);
          if (format === 'sarif') assertValidSarif(r.stdout);
          if (format === 'junit') assertWellFormedXml(r.stdout);
          assertGolden(`${s.name}.${format}.txt`, render(s, format, r));
        });
      }
    });
  }

  it('the SARIF schema check rejects what GitHub would: an unknown level, a misplaced property, a result without a message', () => {
    const r = unres(['lint', '--format', 'sarif', ...OTHERS_OFF, DRAFT], { cwd: FIXTURES });
    assertValidSarif(r.stdout);
    const bad: ((log: { runs: { results: Record<string, unknown>[] }[] }) => void)[] = [
      (log) => (log.runs[0].results[0].level = 'fatal'),
      (log) => (log.runs[0].results[0].severity = 'error'),
      (log) => delete log.runs[0].results[0].message,
    ];
    for (const spoil of bad) {
      const log = JSON.parse(r.stdout);
      spoil(log);
      assert.throws(() => assertValidSarif(JSON.stringify(log)), /not a valid SARIF 2\.1\.0 log/);
    }
  });

  it('the text and json formats keep the first CLI shape', () => {
    const r = unres(['lint', '--format', 'json', ...OTHERS_OFF, DRAFT], { cwd: FIXTURES });
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json[0]), ['file', 'diagnostics']);
    assert.deepEqual(Object.keys(json[0].diagnostics[0]), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixable']);
    assert.deepEqual(
      json[0].diagnostics.map((d: { severity: string }) => d.severity),
      ['error', 'warning', 'error', 'info', 'hint'],
    );
    const text = unres(['lint', '--format', 'text', ...OTHERS_OFF, DRAFT], { cwd: FIXTURES });
    for (const line of text.stdout.trim().split('\n')) assert.match(line, /^every-severity\/draft\.unres:\d+:\d+ (error|warning|info|hint) .+ \([a-z-]+\)$/);
  });

  it('with every rule on, the fixtures lint without a crash and the clean draft stays clean', () => {
    const r = unres(['lint', '--format', 'json', DRAFT, CLEAN], { cwd: FIXTURES });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    const [draft, clean] = JSON.parse(r.stdout);
    for (const id of FIVE) assert.ok(draft.diagnostics.some((d: { ruleId: string }) => d.ruleId === id), id);
    assert.deepEqual(clean.diagnostics, []);
  });
});
