/**
 * The options of `unres lint`, run in-process on temporary folders (the same `run` as the bundle,
 * with an in-memory standard output): files, folders and globs, --quiet, --max-warnings, --output,
 * colours, configuration discovery and precedence, --print-config, --list-rules, --fix and
 * --fix-dry-run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type LanguageService } from '../../server/src/core/languageService';
import { EXAMPLES, ROOT, onlyRules, tree, unresInProcess } from './helpers';

const FAULTY_TEXT = readFileSync(join(ROOT, 'test/fixtures/faulty.unres'), 'utf8');
/** A draft with one warning (opener-italics) under ONLY. */
const WARN_ONLY = 'The General Assembly,\n\n_Recalling_ its resolution,\n\nNoting the report,\n\n_Welcoming_ the progress,\n\n1. _Decides_ to continue;\n\n2. _Requests_ a report.\n';
/** An adopted text: clean under every rule. */
const CLEAN = readFileSync(join(EXAMPLES, 'A-RES-73-331.unres'), 'utf8');
/** The rules these tests rely on (the faulty draft's five); the others are turned off so that new rules do not change them. */
const FIVE = ['agenda-item', 'opener-italics', 'preamble-punctuation', 'footnote-undefined', 'operative-numbering'];
const ONLY = onlyRules(FIVE);

/** The files linted (the report's entries without an `error`: a file that could not be linted has one). */
function filesOf(stdout: string): string[] {
  return JSON.parse(stdout).filter((r: { error?: string }) => r.error === undefined).map((r: { file: string }) => r.file);
}

function rulesOf(stdout: string, file = 0): string[] {
  return JSON.parse(stdout)[file].diagnostics.map((d: { ruleId: string; severity: string }) => `${d.ruleId}:${d.severity}`);
}

describe('unres lint options', () => {
  describe('files, folders and globs', () => {
    const root = tree({
      'drafts/a.unres': CLEAN,
      'drafts/notes.txt': CLEAN,
      'drafts/sub/c.unres': CLEAN,
      'drafts/sub/deep/d.unres': CLEAN,
      'drafts/.hidden/e.unres': CLEAN,
      'drafts/node_modules/pkg/f.unres': CLEAN,
      'drafts/sub/.g.unres': CLEAN,
      'drafts/sib/h.unres': CLEAN,
    });
    const lint = (...args: string[]) => unresInProcess(['lint', '--format', 'json', ...args], { cwd: root });

    it('a folder means every *.unres below it, skipping node_modules and dot-folders and dot-files', () => {
      const r = lint('drafts');
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(filesOf(r.stdout), ['drafts/a.unres', 'drafts/sib/h.unres', 'drafts/sub/c.unres', 'drafts/sub/deep/d.unres']);
    });

    it('globs: * and ? within a segment, ** across folders; hidden folders only when named', () => {
      assert.deepEqual(filesOf(lint('drafts/**/*.unres').stdout), ['drafts/a.unres', 'drafts/sib/h.unres', 'drafts/sub/c.unres', 'drafts/sub/deep/d.unres']);
      assert.deepEqual(filesOf(lint('drafts/*.unres').stdout), ['drafts/a.unres']);
      assert.deepEqual(filesOf(lint('drafts/s?b/*.unres').stdout), ['drafts/sib/h.unres', 'drafts/sub/c.unres']);
      assert.deepEqual(filesOf(lint('drafts/sub/**').stdout), ['drafts/sub/c.unres', 'drafts/sub/deep/d.unres']);
      assert.deepEqual(filesOf(lint('drafts/.hidden/*.unres').stdout), ['drafts/.hidden/e.unres']);
      assert.deepEqual(filesOf(lint('drafts/*.txt').stdout), ['drafts/notes.txt'], 'a glob names the files it matches, whatever their extension');
      assert.deepEqual(filesOf(lint(join(root, 'drafts/sub/*/*.unres')).stdout), [join(root, 'drafts/sub/deep/d.unres')], 'absolute patterns');
    });

    it('an explicit file is linted whatever its extension, and each file once', () => {
      const r = lint('drafts/notes.txt', 'drafts', 'drafts/a.unres', './drafts/sub/c.unres');
      assert.deepEqual(filesOf(r.stdout), ['drafts/notes.txt', 'drafts/a.unres', 'drafts/sib/h.unres', 'drafts/sub/c.unres', 'drafts/sub/deep/d.unres']);
    });

    it('a glob that matches nothing and a folder without drafts are input errors (exit 2), the rest is linted', () => {
      mkdirSync(join(root, 'empty'), { recursive: true });
      const r = lint('drafts/nothing/*.unres', 'empty', 'drafts/a.unres');
      assert.equal(r.code, 2);
      assert.deepEqual(filesOf(r.stdout), ['drafts/a.unres']);
      assert.deepEqual(r.stderr.trim().split('\n'), [
        'unres: drafts/nothing/*.unres: no files match this pattern; check it, and quote it so that the shell does not expand it',
        'unres: empty: is a folder with no .unres files below it; pass drafts, a folder that holds some, or a glob',
      ]);
    });
  });

  describe('what is reported and the exit code', () => {
    const root = tree({ '.unresrc.json': ONLY, 'faulty.unres': FAULTY_TEXT, 'warn.unres': WARN_ONLY });

    it('--quiet reports errors only; the exit code is unchanged', () => {
      const r = unresInProcess(['lint', '--quiet', '--format', 'json', 'faulty.unres', 'warn.unres'], { cwd: root });
      assert.equal(r.code, 1);
      assert.ok(rulesOf(r.stdout).every((d) => d.endsWith(':error')));
      assert.deepEqual(rulesOf(r.stdout, 1), []);
      assert.equal(unresInProcess(['lint', '--quiet', 'warn.unres'], { cwd: root }).stdout, '');
    });

    it('--max-warnings N: exit 1 with a one-line reason over N warnings, 0 at or under it', () => {
      const over = unresInProcess(['lint', '--max-warnings', '0', '--format', 'text', 'warn.unres'], { cwd: root });
      assert.equal(over.code, 1);
      assert.equal(over.stderr, 'unres: 1 warning, more than --max-warnings 0; fix some or raise the limit\n');
      assert.equal(unresInProcess(['lint', '--max-warnings=1', 'warn.unres'], { cwd: root }).code, 0);
      assert.equal(unresInProcess(['lint', '--max-warnings', '5', 'faulty.unres'], { cwd: root }).code, 1, 'errors still fail');
      assert.equal(unresInProcess(['lint', '--quiet', '--max-warnings', '0', 'warn.unres'], { cwd: root }).code, 1, '--quiet hides warnings but they still count');
    });

    it('--output FILE writes the report there (creating folders), and nothing to standard output', () => {
      const r = unresInProcess(['lint', '--format', 'sarif', '--output', 'reports/unres.sarif', 'faulty.unres'], { cwd: root, tty: true });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const log = JSON.parse(readFileSync(join(root, 'reports/unres.sarif'), 'utf8'));
      assert.equal(log.runs[0].results.length, 5);
      const stylish = unresInProcess(['lint', '-o', 'out.txt', 'faulty.unres'], { cwd: root, tty: true });
      assert.equal(stylish.stdout, '');
      assert.ok(!readFileSync(join(root, 'out.txt'), 'utf8').includes('\u001b['), 'no colours in a file');
    });

    it('--output into a path that cannot be written is exit 2 with one line', () => {
      writeFileSync(join(root, 'blocker'), 'a file, not a folder');
      const r = unresInProcess(['lint', '--output', 'blocker/report.json', 'warn.unres'], { cwd: root });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^unres: blocker\/report\.json: cannot write the report: a part of its path is a file, not a folder \(ENOTDIR\); choose another --output path\n$/);
    });

    it('--output onto a folder says so in words (found by a review: "(EISDIR)" alone)', () => {
      mkdirSync(join(root, 'a-folder'), { recursive: true });
      const r = unresInProcess(['lint', '--output', 'a-folder', 'warn.unres'], { cwd: root });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'unres: a-folder: cannot write the report: it is a folder (EISDIR); choose another --output path\n');
    });

    it('--format json lists a file that could not be linted after the others, with its error, so that a script does not read it as clean (found by a review)', () => {
      const r = unresInProcess(['lint', '--format', 'json', 'missing.unres', 'warn.unres'], { cwd: root });
      assert.equal(r.code, 2);
      const report = JSON.parse(r.stdout) as { file: string; diagnostics: unknown[]; error?: string }[];
      assert.deepEqual(report.map((e) => [e.file, e.error]), [['warn.unres', undefined], ['missing.unres', 'no such file; check the path']]);
      assert.deepEqual(report[1].diagnostics, []);
      assert.match(r.stderr, /missing\.unres: no such file; check the path/);
    });

    it('colours only on a terminal, forced by --color, and never with NO_COLOR', () => {
      const ansi = (o: { stdout: string }) => o.stdout.includes('\u001b[');
      assert.ok(ansi(unresInProcess(['lint', 'faulty.unres'], { cwd: root, tty: true })));
      assert.ok(!ansi(unresInProcess(['lint', 'faulty.unres'], { cwd: root, tty: false })));
      assert.ok(ansi(unresInProcess(['lint', '--color', 'faulty.unres'], { cwd: root, tty: false })));
      assert.ok(!ansi(unresInProcess(['lint', '--no-color', 'faulty.unres'], { cwd: root, tty: true })));
      assert.ok(!ansi(unresInProcess(['lint', 'faulty.unres'], { cwd: root, tty: true, env: { NO_COLOR: '1' } })));
      assert.ok(!ansi(unresInProcess(['lint', '--color', 'faulty.unres'], { cwd: root, tty: true, env: { NO_COLOR: '1' } })));
      assert.ok(!ansi(unresInProcess(['lint', '--format', 'text', 'faulty.unres'], { cwd: root, tty: true })), 'the text format never has colours');
    });

    it('standard input without --stdin-filename is shown as <stdin>', () => {
      const r = unresInProcess(['lint', '--format', 'text', '-'], { cwd: root, stdin: FAULTY_TEXT });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^<stdin>:2:1 error /);
    });

    it('a rule engine failure on one file is one line (exit 2), and the other files are still reported', () => {
      const real = createLanguageService();
      const broken: LanguageService = {
        ...real,
        lint: (doc, settings, token) => {
          if (doc.uri.endsWith('faulty.unres')) throw new Error('boom\n    at somewhere (x.ts:1:1)');
          return real.lint(doc, settings, token);
        },
      };
      const r = unresInProcess(['lint', '--format', 'json', 'faulty.unres', 'warn.unres'], { cwd: root, service: broken });
      assert.equal(r.code, 2);
      assert.deepEqual(filesOf(r.stdout), ['warn.unres']);
      assert.equal(r.stderr, 'unres: faulty.unres: internal error while linting (boom); please report it with this file\n');
    });

    it('--timing prints one line on standard error', () => {
      const r = unresInProcess(['lint', '--timing', 'warn.unres'], { cwd: root });
      assert.match(r.stderr, /^unres: 1 file; read \d+ ms, lint \d+ ms \(cpu \d+ ms with reading\), report \d+ ms, total \d+ ms\n$/);
    });
  });

  describe('configuration', () => {
    const root = tree({
      'only.json': ONLY,
      '.unresrc.json': '// top\n{ "extends": "only.json", "rules": { "opener-italics": "error" }, "profile": "mun" }\n',
      'ga/.unresrc.json': '{\n  "extends": "../shared.json",\n  "rules": { "agenda-item": "warning" }\n}\n',
      'shared.json': '{ "extends": "only.json", "rules": { "operative-numbering": "info", "agenda-item": "off" }, "spelling": "american" }\n',
      'ga/deep/er/faulty.unres': FAULTY_TEXT,
      'top.unres': FAULTY_TEXT,
      'other.json': '{ "extends": "only.json", "rules": { "footnote-undefined": "hint" } }',
      'broken/.unresrc.json': '{ "rules": { "agenda-item": "warn", "nope": "off" } }',
      'broken/d.unres': FAULTY_TEXT,
      'dir-config/.unresrc.json/placeholder': 'a folder named like the config file',
      'dir-config/d.unres': FAULTY_TEXT,
    });
    const lint = (...args: string[]) => unresInProcess(['lint', '--format', 'json', ...args], { cwd: root });

    it('the nearest .unresrc.json walking up from the draft applies, with what it extends', () => {
      assert.deepEqual(rulesOf(lint('ga/deep/er/faulty.unres').stdout), [
        'agenda-item:warning',
        'opener-italics:warning',
        'preamble-punctuation:error',
        'footnote-undefined:error',
        'operative-numbering:info',
      ]);
      assert.ok(rulesOf(lint('top.unres').stdout).includes('opener-italics:error'));
    });

    it('--config FILE replaces discovery; --no-config uses none', () => {
      assert.deepEqual(rulesOf(lint('--config', 'other.json', 'ga/deep/er/faulty.unres').stdout), [
        'agenda-item:error',
        'opener-italics:warning',
        'preamble-punctuation:error',
        'footnote-undefined:hint',
        'operative-numbering:error',
      ]);
      assert.ok(rulesOf(lint('--no-config', 'top.unres').stdout).includes('opener-italics:warning'));
    });

    it('--rule flags win over the configuration, the last flag over earlier ones', () => {
      const r = lint('--rule', 'agenda-item=error', '--rule', 'operative-numbering=off', '--rule', 'operative-numbering=hint', 'ga/deep/er/faulty.unres');
      assert.deepEqual(rulesOf(r.stdout), ['agenda-item:error', 'opener-italics:warning', 'preamble-punctuation:error', 'footnote-undefined:error', 'operative-numbering:hint']);
    });

    it('a broken configuration: exit 2, one line for the file (its first problem and how many more), its drafts not linted', () => {
      const r = lint('broken/d.unres', 'top.unres');
      assert.equal(r.code, 2);
      assert.deepEqual(filesOf(r.stdout), ['top.unres']);
      assert.equal(
        r.stderr,
        'unres: broken/.unresrc.json:1:29: "warn" is not a severity for "agenda-item" (did you mean "warning"?); write one of "off", "hint", "info", "warning", "error" (and 1 more problem in this file)\n',
      );
    });

    it('a broken --config file stops the run before anything is linted', () => {
      const r = lint('--config', 'broken/.unresrc.json', 'top.unres');
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^unres: broken\/\.unresrc\.json:1:29: "warn" is not a severity/);
      const missing = lint('--config', 'nope.json', 'top.unres');
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'unres: nope.json: the file does not exist; check the path\n');
    });

    it('a .unresrc.json that cannot be read is reported, not skipped', () => {
      const r = lint('dir-config/d.unres');
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'unres: dir-config/.unresrc.json: cannot read the file: it is a folder, not a file; rename or remove it\n');
    });

    it('--print-config FILE shows every value and where it came from', () => {
      const r = unresInProcess(['--print-config', 'ga/deep/er/faulty.unres', '--profile', 'sc', '--rule', 'syntax=warning'], { cwd: root });
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], 'Configuration for ga/deep/er/faulty.unres');
      assert.equal(lines[1], 'Configuration file: ga/.unresrc.json (extends shared.json, only.json)');
      const row = (key: string) => lines.find((l) => l.startsWith(`${key} `))!.split(/ {2,}/);
      assert.deepEqual(row('profile'), ['profile', 'sc', '--profile']);
      assert.deepEqual(row('spelling'), ['spelling', 'american', 'shared.json:1']);
      assert.deepEqual(row('footnoteStyle'), ['footnoteStyle', 'auto (legacy for this draft)', 'default']);
      assert.deepEqual(row('rules.agenda-item'), ['rules.agenda-item', 'warning', 'ga/.unresrc.json:3']);
      assert.deepEqual(row('rules.operative-numbering'), ['rules.operative-numbering', 'info', 'shared.json:1']);
      assert.deepEqual(row('rules.syntax'), ['rules.syntax', 'warning', '--rule']);
      assert.deepEqual(row('rules.footnote-undefined'), ['rules.footnote-undefined', 'error', 'default']);
      assert.deepEqual(row('rules.footnote-order'), ['rules.footnote-order', 'off', `only.json:${ONLY.split('\n').findIndex((l) => l.includes('"footnote-order"')) + 1}`]);
    });

    it('--print-config of a folder shows what applies to the drafts in it', () => {
      const r = unresInProcess(['--print-config', 'ga'], { cwd: root });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Configuration for ga\nConfiguration file: ga\/\.unresrc\.json /);
    });

    it('--print-config --format json, for a path that need not exist yet', () => {
      const r = unresInProcess(['--print-config', 'ga/new.unres', '--format', 'json'], { cwd: root });
      assert.equal(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      assert.deepEqual(json.configFiles, ['ga/.unresrc.json', 'shared.json', 'only.json']);
      assert.equal(json.settings.rules['agenda-item'], 'warning');
      assert.equal(json.settings.profile, 'ga');
      assert.equal(json.sources.profile, 'default');
      assert.equal(json.sources['rules.agenda-item'], 'ga/.unresrc.json:3');
      assert.equal(json.resolved, undefined);
      const broken = unresInProcess(['--print-config', 'broken/d.unres'], { cwd: root });
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /^unres: broken\/\.unresrc\.json:1:29: /);
    });
  });

  it('--list-rules: id, category, default severity, fixable and the rule page', () => {
    const service = createLanguageService();
    const r = unresInProcess(['--list-rules', '--format', 'json'], { cwd: ROOT });
    assert.equal(r.code, 0);
    const list = JSON.parse(r.stdout);
    assert.deepEqual(list.map((x: { id: string }) => x.id), service.rules.map((x) => x.meta.id));
    for (const item of list) {
      assert.deepEqual(Object.keys(item), ['id', 'category', 'defaultSeverity', 'fixable', 'description', 'docs']);
      assert.ok(typeof item.docs === 'string' && existsSync(new URL(item.docs)), `${item.id} has its page server/docs/rules/${item.id}.md`);
    }
    const text = unresInProcess(['lint', '--list-rules'], { cwd: ROOT });
    assert.match(text.stdout, /^rule +category +default +fixable +docs\n/);
    assert.match(text.stdout, /\nagenda-item +header +error +yes +file:\/\/\S+\/agenda-item\.md\n/);
  });

  describe('--fix and --fix-dry-run', () => {
    it('--fix writes the fixes in place, keeping CRLF line endings and the BOM, and reports what remains', () => {
      const crlf = `\ufeff${FAULTY_TEXT.replace(/\n/g, '\r\n')}`;
      const root = tree({ '.unresrc.json': ONLY, 'd.unres': crlf, 'lf.unres': FAULTY_TEXT, 'clean.unres': CLEAN });
      const r = unresInProcess(['lint', '--fix', '--format', 'text', 'd.unres', 'lf.unres', 'clean.unres'], { cwd: root });
      assert.equal(r.code, 1, 'the undefined footnote has no fix');
      assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.replace(/ .*\(/, ' (')), ['d.unres:20:189 (footnote-undefined)', 'lf.unres:20:189 (footnote-undefined)']);
      const fixed = readFileSync(join(root, 'd.unres'), 'utf8');
      assert.ok(fixed.startsWith('\ufeffSeventy-third session\r\nAgenda item 128 (t)\r\n'));
      assert.ok(!/[^\r]\n/.test(fixed), 'every line break is still CRLF');
      assert.equal(fixed.slice(1).replace(/\r\n/g, '\n'), readFileSync(join(root, 'lf.unres'), 'utf8'), 'the same fixes as in the LF file');
      assert.match(fixed, /\r\n3\. _Decides_/);
      assert.equal(readFileSync(join(root, 'clean.unres'), 'utf8'), CLEAN, 'a clean file is not rewritten');
      const again = unresInProcess(['lint', '--fix', '--format', 'text', 'd.unres'], { cwd: root });
      assert.equal(readFileSync(join(root, 'd.unres'), 'utf8'), fixed, 'fixing twice changes nothing more');
      assert.equal(again.code, 1);
    });

    it('--fix-dry-run prints a unified diff that `git apply` turns into the --fix result, and changes nothing', () => {
      const crlf = FAULTY_TEXT.replace(/\n/g, '\r\n');
      const root = tree({ '.unresrc.json': ONLY, 'a/d.unres': FAULTY_TEXT, 'a/crlf.unres': crlf, 'b/d.unres': FAULTY_TEXT, 'b/crlf.unres': crlf });
      const dry = unresInProcess(['lint', '--fix-dry-run', 'a'], { cwd: root });
      assert.equal(dry.code, 1, 'the footnote error remains after the fixes');
      assert.equal(readFileSync(join(root, 'a/d.unres'), 'utf8'), FAULTY_TEXT, 'nothing written');
      assert.match(dry.stdout, /^--- a\/a\/crlf\.unres\n\+\+\+ b\/a\/crlf\.unres\n@@ -1,5 \+1,5 @@\n Seventy-third session\r\n-Agenda Item 128\(t\)\r\n\+Agenda item 128 \(t\)\r\n/);
      unresInProcess(['lint', '--fix', 'b'], { cwd: root });
      const patch = join(root, 'fix.patch');
      writeFileSync(patch, dry.stdout);
      const git = spawnSync('git', ['apply', '--unsafe-paths', '--whitespace=nowarn', patch], { cwd: root, encoding: 'utf8' });
      assert.equal(git.status, 0, git.stderr);
      for (const f of ['d.unres', 'crlf.unres']) assert.equal(readFileSync(join(root, 'a', f), 'utf8'), readFileSync(join(root, 'b', f), 'utf8'), f);
      assert.equal(unresInProcess(['lint', '--fix-dry-run', 'b'], { cwd: root }).stdout, '', 'nothing left to fix: no diff');
    });

    it('a file whose fixes do not settle is left untouched and reported (exit 1)', () => {
      const real = createLanguageService();
      const restless: LanguageService = { ...real, fixAll: (doc, settings) => ({ ...real.fixAll(doc, settings, 1), converged: false }) };
      const root = tree({ '.unresrc.json': ONLY, 'd.unres': FAULTY_TEXT, 'warn.unres': WARN_ONLY });
      for (const flag of ['--fix', '--fix-dry-run']) {
        const r = unresInProcess(['lint', flag, 'warn.unres', 'd.unres'], { cwd: root, service: restless });
        assert.equal(r.code, 1, flag);
        assert.equal(readFileSync(join(root, 'd.unres'), 'utf8'), FAULTY_TEXT);
        assert.equal(readFileSync(join(root, 'warn.unres'), 'utf8'), WARN_ONLY);
        assert.equal(
          r.stderr,
          'unres: warn.unres: the fixes did not settle (each pass produced new ones), so the file was left unchanged; fix it by hand\n' +
            'unres: d.unres: the fixes did not settle (each pass produced new ones), so the file was left unchanged; fix it by hand\n',
        );
      }
    });
  });
});
