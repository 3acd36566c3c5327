/**
 * The `.unresrc.json` layer of the core (server/src/core/config/configFile.ts) and the settings
 * it produces (settings.ts), against an in-memory file system: parsing JSON with comments, one
 * located problem per mistake, `extends`, discovery by walking up, and the resolver's memo.
 */
import assert from 'node:assert/strict';
import * as posix from 'node:path/posix';
import {
  createConfigResolver,
  discoverConfig,
  findConfigFile,
  loadConfigFile,
  parseConfigText,
  type ConfigHost,
} from '../../server/src/core/config/configFile';
import { isProfile, PROFILES, PROFILE_DESCRIPTIONS, PROFILE_STYLES } from '../../server/src/core/config/profiles';
import { mergeSettings, resolveSettings, validateSettings } from '../../server/src/core/config/settings';
import { parse } from '../../server/src/core/parser/parse';

/** An in-memory file system; `reads` counts readFile calls per path. */
function memoryHost(files: Record<string, string | Error>): ConfigHost & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    readFile(path) {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      const f = files[path];
      if (f instanceof Error) throw f;
      return f;
    },
    dirname: posix.dirname,
    join: posix.join,
  };
}

/** The problems of a text as `line:column message` strings. */
function problemsOf(text: string): string[] {
  return parseConfigText(text, '/p/.unresrc.json').problems.map((p) => `${p.line}:${p.column} ${p.message}`);
}

describe('.unresrc.json (core/config/configFile)', () => {
  describe('parseConfigText', () => {
    it('reads JSON with comments and trailing commas, into typed settings', () => {
      const parsed = parseConfigText(
        '// project settings\n{\n  /* the house style */ "profile": "mun",\n  "spelling": "american",\n  "footnoteStyle": "legacy",\n  "phrases": { "operative": ["  Strongly urges "], "preambular": [] },\n  "rules": { "opener-italics": "off", },\n}\n',
        '/p/.unresrc.json',
      );
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.settings, { profile: 'mun', spelling: 'american', footnoteStyle: 'legacy', phrases: { operative: ['Strongly urges'], preambular: [] }, rules: { 'opener-italics': 'off' } });
      assert.deepEqual(parsed.origins.profile, [{ file: '/p/.unresrc.json', line: 3 }]);
      assert.deepEqual(parsed.origins['rules.opener-italics'], [{ file: '/p/.unresrc.json', line: 7 }]);
      assert.deepEqual(parsed.origins['phrases.operative'], [{ file: '/p/.unresrc.json', line: 6 }]);
    });

    it('reports each mistake once, at the key or the value it is about, with a message that says what to write', () => {
      assert.deepEqual(problemsOf('{\n  "profil": "ga"\n}'), ['2:3 unknown key "profil" (did you mean "profile"?); the keys are "$schema", "extends", "profile", "footnoteStyle", "spelling", "phrases", "mun", "rules"']);
      assert.deepEqual(problemsOf('{ "profile": "unsc" }'), ['1:14 "unsc" is not a profile; write one of "ga", "sc", "ecosoc", "hrc", "mun"']);
      assert.deepEqual(problemsOf('{ "profile": 3 }'), ['1:14 3 is not a profile; write one of "ga", "sc", "ecosoc", "hrc", "mun"']);
      assert.deepEqual(problemsOf('{ "spelling": "british" }'), ['1:15 "british" is not a spelling; write one of "oxford", "american"']);
      assert.deepEqual(problemsOf('{ "footnoteStyle": "Legacy" }'), ['1:20 "Legacy" is not a footnote style (did you mean "legacy"?); write one of "auto", "legacy", "current"']);
      assert.deepEqual(problemsOf('{ "rules": ["agenda-item"] }'), ['1:12 "rules" must be an object of rule ids and severities, e.g. { "agenda-item": "warning", "opener-italics": "off" }']);
      assert.deepEqual(problemsOf('{ "rules": {\n  "agenda-itme": "off",\n  "syntax": "warn"\n} }'), [
        '2:3 unknown rule "agenda-itme" (did you mean "agenda-item"?); `unres --list-rules` lists the rule ids',
        '3:13 "warn" is not a severity for "syntax" (did you mean "warning"?); write one of "off", "hint", "info", "warning", "error"',
      ]);
      assert.deepEqual(problemsOf('{ "phrases": { "operative": "Urges" } }'), ['1:29 "phrases.operative" must be a list of phrases, e.g. ["Strongly urges"]']);
      assert.deepEqual(problemsOf('{ "phrases": { "preambular": ["Noting", ""] } }'), ['1:41 each entry of "phrases.preambular" must be a phrase in quotes, e.g. "Bearing in mind"']);
      assert.deepEqual(problemsOf('{ "phrases": { "opening": [] } }'), ['1:16 unknown key "phrases.opening"; write "preambular" or "operative"']);
      assert.deepEqual(problemsOf('{ "profile": "ga", "profile": "sc" }'), ['1:20 "profile" is written twice in this object; keep one']);
      assert.deepEqual(problemsOf('{ "$schema": 1 }'), ['1:14 "$schema" must be a string (the schema\'s path or URL), or leave it out']);
      assert.deepEqual(problemsOf('{ "extends": 1 }'), ['1:14 "extends" must be a path relative to this file, e.g. "../.unresrc.json", or a list of such paths']);
      assert.deepEqual(problemsOf('{ "extends": ["/etc/unres.json"] }'), ['1:15 "extends" takes a path relative to this file, not "/etc/unres.json"; write e.g. "../.unresrc.json"']);
    });

    it('reports the first syntax error only, in words', () => {
      assert.deepEqual(problemsOf('{\n  "rules": { "agenda-item": "warning" }\n  "profile": "ga"\n}'), ['3:3 expected "," between entries, found "profile"']);
      assert.deepEqual(problemsOf("{ profile: 'ga' }"), ['1:3 unexpected "profile"; .unresrc.json is JSON (comments and trailing commas allowed): quote keys and strings with "']);
      assert.deepEqual(problemsOf('{ "rules": { "agenda-item": "warning" }'), ['1:40 expected "}" to close the object, found the end of the file']);
      assert.deepEqual(problemsOf('{ "profile": "ga" } }'), ['1:21 unexpected "}" after the settings object; the file holds one object']);
      assert.deepEqual(problemsOf('{ /* open'), ['1:3 a /* comment */ is not closed; add */']);
      assert.deepEqual(problemsOf(''), ['1:1 the file has no settings; write an object such as { "profile": "ga" }, or delete the file']);
      assert.deepEqual(problemsOf('// only a comment\n'), ['1:1 the file has no settings; write an object such as { "profile": "ga" }, or delete the file']);
      assert.deepEqual(problemsOf('["ga"]'), ['1:1 the file must hold one object, e.g. { "profile": "ga", "rules": { "agenda-item": "warning" } }']);
    });

    it('counts a byte-order mark and CRLF line breaks as editors do', () => {
      const parsed = parseConfigText('\ufeff{\r\n  "profile": "xx"\r\n}', '/p/.unresrc.json');
      assert.equal(parsed.problems.length, 1);
      const p = parsed.problems[0];
      assert.deepEqual([p.line, p.column, p.offset, p.length], [2, 14, 17, 4]);
    });

    it('a file with problems yields no settings (the defaults apply), never half of them', () => {
      const parsed = parseConfigText('{ "profile": "sc", "rules": { "syntax": "loud" } }', '/p/.unresrc.json');
      assert.deepEqual(parsed.settings, {});
      assert.equal(parsed.problems.length, 1);
    });

    it('never throws on arbitrary or deeply nested input', () => {
      const samples = ['{'.repeat(50_000), '['.repeat(50_000) + ']'.repeat(50_000), '{"rules":' + '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_001), '\u0000\u0001', '"\\u12"', '{"a":1e999999}', '{"phrases":{"operative":[' + '"x",'.repeat(5000) + '"y"]}}'];
      for (const s of samples) assert.doesNotThrow(() => parseConfigText(s, '/p/.unresrc.json'));
      assert.deepEqual(problemsOf('{"rules":' + '['.repeat(100)), ['1:73 objects and lists are nested more than 64 deep here; the settings need three levels at most']);
    });
  });

  describe('loadConfigFile and extends', () => {
    it('starts from what it extends: its own values win, rules merge by id, phrases add up; origins say which file', () => {
      const host = memoryHost({
        '/repo/.unresrc.json': '{ "extends": ["./base/a.json", "base/b.json"], "profile": "hrc", "rules": { "syntax": "off" }, "phrases": { "operative": ["Urges again", "Urges"] } }',
        '/repo/base/a.json': '{ "extends": "../common.json", "profile": "sc", "rules": { "syntax": "warning", "agenda-item": "info" } }',
        '/repo/base/b.json': '{ "spelling": "american", "rules": { "agenda-item": "hint" } }',
        '/repo/common.json': '{ "footnoteStyle": "current", "phrases": { "operative": ["Urges"], "preambular": ["Noting anew"] } }',
      });
      const c = loadConfigFile('/repo/.unresrc.json', host);
      assert.deepEqual(c.problems, []);
      assert.deepEqual(c.files, ['/repo/.unresrc.json', '/repo/base/a.json', '/repo/common.json', '/repo/base/b.json']);
      assert.deepEqual(c.settings, {
        footnoteStyle: 'current',
        phrases: { operative: ['Urges', 'Urges again'], preambular: ['Noting anew'] },
        profile: 'hrc',
        rules: { syntax: 'off', 'agenda-item': 'hint' },
        spelling: 'american',
      });
      assert.deepEqual(c.origins['rules.agenda-item'], [{ file: '/repo/base/b.json', line: 1 }]);
      assert.deepEqual(c.origins['footnoteStyle'], [{ file: '/repo/common.json', line: 1 }]);
      assert.deepEqual(
        c.origins['phrases.operative'].map((o) => o.file),
        ['/repo/common.json', '/repo/.unresrc.json'],
      );
    });

    it('a missing or broken extended file is a problem at the "extends" entry or in that file', () => {
      const missing = loadConfigFile('/r/.unresrc.json', memoryHost({ '/r/.unresrc.json': '{\n  "extends": "./nope.json"\n}' }));
      assert.deepEqual(
        missing.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`),
        ['/r/.unresrc.json:2:14 cannot find "/r/nope.json"; fix the path in "extends" (it is relative to this file)'],
      );
      assert.deepEqual(missing.settings, {});
      const broken = loadConfigFile('/r/.unresrc.json', memoryHost({ '/r/.unresrc.json': '{ "extends": "b.json", "profile": "sc" }', '/r/b.json': '{ "profile": "gaa" }' }));
      assert.deepEqual(broken.problems.map((p) => `${p.file}:${p.line}:${p.column}`), ['/r/b.json:1:14']);
      assert.deepEqual(broken.settings, {});
      const unreadable = loadConfigFile('/r/.unresrc.json', memoryHost({ '/r/.unresrc.json': '{ "extends": "b.json" }', '/r/b.json': new Error('permission denied; make it readable') }));
      assert.deepEqual(unreadable.problems.map((p) => p.message), ['cannot read "/r/b.json": permission denied; make it readable']);
    });

    it('a cycle of extends is one problem, not a hang', () => {
      const host = memoryHost({ '/r/a.json': '{ "extends": "b.json" }', '/r/b.json': '{ "extends": "./sub/../a.json" }' });
      const c = loadConfigFile('/r/a.json', host);
      assert.deepEqual(c.problems.map((p) => `${p.file}:${p.column} ${p.message}`), ['/r/b.json:14 "extends" makes a cycle (/r/a.json → /r/b.json → /r/a.json); remove one of these "extends"']);
    });

    it('a very long chain stops with a problem', () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 40; i++) files[`/r/${i}.json`] = `{ "extends": "${i + 1}.json" }`;
      files['/r/40.json'] = '{}';
      const c = loadConfigFile('/r/0.json', memoryHost(files));
      assert.equal(c.problems.length, 1);
      assert.match(c.problems[0].message, /chains more than 32 files/);
    });
  });

  describe('discovery', () => {
    const files = {
      '/home/me/.unresrc.json': '{ "profile": "mun" }',
      '/home/me/work/ga/.unresrc.json': '{ "profile": "ga" }',
      '/home/me/work/broken/.unresrc.json': '{ "profile": ',
    };

    it('walks up from the draft to the nearest .unresrc.json (up to the root, or stopAt)', () => {
      const host = memoryHost(files);
      assert.equal(findConfigFile('/home/me/work/ga/deep/x.unres', host), '/home/me/work/ga/.unresrc.json');
      assert.equal(findConfigFile('/home/me/work/sc/x.unres', host), '/home/me/.unresrc.json');
      assert.equal(findConfigFile('/elsewhere/x.unres', host), undefined);
      assert.equal(findConfigFile('/home/me/work/sc/x.unres', host, { stopAt: '/home/me/work' }), undefined);
      assert.equal(discoverConfig('/home/me/work/ga/x.unres', host)?.settings.profile, 'ga');
      assert.equal(discoverConfig('/nowhere/x.unres', host), undefined);
    });

    it('the language server\'s view: a broken file gives its problems and empty settings (defaults apply)', () => {
      const c = discoverConfig('/home/me/work/broken/x.unres', memoryHost(files))!;
      assert.equal(c.file, '/home/me/work/broken/.unresrc.json');
      assert.deepEqual(c.settings, {});
      assert.equal(c.problems.length, 1);
      assert.equal(c.problems[0].message, 'expected a value, found the end of the file; write a string in double quotes, an object or a list');
    });

    it('the resolver reads each folder and each file once, until cleared', () => {
      const host = memoryHost(files);
      const resolver = createConfigResolver(host);
      for (let i = 0; i < 3; i++) {
        assert.equal(resolver.forFile('/home/me/work/ga/a.unres')?.settings.profile, 'ga');
        assert.equal(resolver.forFile('/home/me/work/sc/b.unres')?.settings.profile, 'mun');
        assert.equal(resolver.forFile('/home/me/work/sc/c.unres')?.settings.profile, 'mun');
      }
      assert.equal(host.reads.get('/home/me/work/sc/.unresrc.json'), 1);
      assert.ok(host.reads.get('/home/me/.unresrc.json')! <= 2, 'found, then loaded');
      const before = host.reads.get('/home/me/.unresrc.json')!;
      resolver.clear();
      resolver.forFile('/home/me/work/sc/b.unres');
      assert.ok(host.reads.get('/home/me/.unresrc.json')! > before);
    });
  });
});

describe('settings (core/config/settings, profiles)', () => {
  it('validateSettings keeps well-formed values of an untyped object (an editor\'s configuration)', () => {
    const { settings, problems } = validateSettings({ profile: 'sc', rules: { 'agenda-item': 'off', x: 'loud' }, spelling: 'oxford', phrases: { preambular: ['Noting'] } });
    assert.deepEqual(settings, { profile: 'sc', rules: { 'agenda-item': 'off' }, spelling: 'oxford', phrases: { preambular: ['Noting'] } });
    assert.deepEqual(problems.map((p) => p.path.join('.')), ['rules.x']);
    assert.equal(validateSettings('ga').problems.length, 1);
    assert.equal(validateSettings(null).problems[0].path.length, 0);
  });

  it('mergeSettings: later layers win, rules by id, phrases add up once each', () => {
    const merged = mergeSettings(
      { profile: 'ga', rules: { a: 'off', b: 'error' }, phrases: { operative: ['Urges'] }, footnoteStyle: 'legacy' },
      { profile: 'sc', rules: { b: 'hint' }, phrases: { operative: ['Urges', 'Demands'], preambular: ['Noting'] } },
    );
    assert.deepEqual(merged, { profile: 'sc', rules: { a: 'off', b: 'hint' }, phrases: { operative: ['Urges', 'Demands'], preambular: ['Noting'] }, footnoteStyle: 'legacy' });
    assert.deepEqual(mergeSettings({ spelling: 'american' }, {}), { spelling: 'american' });
  });

  it('resolveSettings gives every new key a default and keeps the footnote style from the session', () => {
    const model = parse('Seventy-third session\n\nThe General Assembly,\n\n_Recalling_ it,\n\n1. _Decides_ so.\n');
    assert.deepEqual(resolveSettings(undefined, model), {
      rules: {},
      footnoteStyle: 'legacy',
      profile: 'ga',
      profileChoice: { profile: 'ga', source: 'organ line', reason: 'The organ line names the General Assembly.' },
      profileStyle: PROFILE_STYLES.ga,
      mun: { openerStyle: 'italic', subparagraphCase: 'capital' },
      spelling: 'oxford',
      phrases: { preambular: [], operative: [] },
    });
    const r = resolveSettings({ profile: 'mun', spelling: 'american', phrases: { operative: ['Urges'] }, footnoteStyle: 'current' }, model);
    assert.deepEqual([r.profile, r.spelling, r.phrases.operative, r.footnoteStyle], ['mun', 'american', ['Urges'], 'current']);
    const bad = resolveSettings({ profile: 'xx', spelling: 'yy' } as never, model);
    assert.deepEqual([bad.profile, bad.spelling], ['ga', 'oxford']);
  });

  it('profiles: ga first (the default), each with a one-line description', () => {
    assert.deepEqual([...PROFILES], ['ga', 'sc', 'ecosoc', 'hrc', 'mun']);
    for (const p of PROFILES) {
      assert.ok(isProfile(p));
      assert.ok(PROFILE_DESCRIPTIONS[p].length > 10 && !PROFILE_DESCRIPTIONS[p].includes('\n'));
    }
    assert.ok(!isProfile('GA') && !isProfile(undefined) && !isProfile('toString'));
  });
});
