/**
 * `unres lint --print-config FILE` (cli/config.ts `describe`): each rule's effective severity with
 * its source (`--rule`, the configuration file and line, `profile <name>` when the profile sets it,
 * or `default`), the profile chosen from the draft's organ line when none is set, and the Model UN
 * house-style options `mun.openerStyle` and `mun.subparagraphCase` with theirs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DECISION_SUSPENDS, PROFILE_STYLES, profileSeverity } from '../../server/src/core/config/profiles';
import { resolveSettings } from '../../server/src/core/config/settings';
import { createLanguageService } from '../../server/src/core/languageService';
import { parse } from '../../server/src/core/parser/parse';
import { CLI, tree, unresInProcess } from './helpers';

const SC = 'The Security Council,\n\n_Recalling_ its resolution 1631 (2005) of 17 October 2005,\n\n1. _Decides_ to remain seized of the matter.\n';
const MUN = 'FORUM: Disarmament and International Security Committee\n\nThe Disarmament and International Security Committee,\n\n_Recalling_ the Charter,\n\n1. __Urges__ all States to act.\n';
const GA = 'The General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n';
const DECISION = 'Seventy-third session\nAgenda item 128\n\nAustria: draft decision\n\nThe General Assembly,\n\n1. _Decides_ to continue.\n';
const CONFIG = '{\n  // a house rule\n  "rules": {\n    "in-text-symbol": "warning"\n  },\n  "mun": { "openerStyle": "underline" }\n}\n';

/** The `key value from` row of the text output, split on the column gaps. */
function rowOf(stdout: string, key: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`${key} `));
  assert.ok(line, `no row ${key} in:\n${stdout}`);
  return line.split(/ {2,}/);
}

describe('unres lint --print-config', () => {
  const root = tree({ 'sc/draft.unres': SC, 'mun/draft.unres': MUN, 'ga/draft.unres': GA, 'conf/draft.unres': SC, 'conf/.unresrc.json': CONFIG, 'conf/mun.unres': MUN, 'dec/draft.unres': DECISION, 'decconf/draft.unres': DECISION, 'decconf/.unresrc.json': '{ "rules": { "opener-italics": "warning" } }\n' });
  const rules = createLanguageService().rules;
  const offUnderSc = rules.map((r) => r.meta.id).filter((id) => profileSeverity('sc', id) === 'off');

  it('takes the profile from the organ line and shows the severities the profile sets as `profile sc`', () => {
    assert.ok(offUnderSc.includes('in-text-symbol'), 'the sc profile turns in-text-symbol off (core/data/profiles.json)');
    const r = unresInProcess(['--print-config', 'sc/draft.unres', '--no-config'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rowOf(r.stdout, 'profile'), ['profile', 'sc', 'organ line']);
    for (const id of offUnderSc) assert.deepEqual(rowOf(r.stdout, `rules.${id}`), [`rules.${id}`, 'off', 'profile sc']);
    assert.deepEqual(rowOf(r.stdout, 'rules.single-sentence'), ['rules.single-sentence', 'hint', 'profile sc']);
    assert.deepEqual(rowOf(r.stdout, 'rules.syntax'), ['rules.syntax', 'error', 'default']);
    assert.deepEqual(rowOf(r.stdout, 'mun.openerStyle'), ['mun.openerStyle', PROFILE_STYLES.sc.openerStyle, 'profile sc']);
    assert.deepEqual(rowOf(r.stdout, 'mun.subparagraphCase'), ['mun.subparagraphCase', PROFILE_STYLES.sc.subparagraphCase, 'profile sc']);
  });

  it('lists every rule once, with the severity the linter applies', () => {
    const r = unresInProcess(['--print-config', 'ga/draft.unres', '--no-config'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rowOf(r.stdout, 'profile'), ['profile', 'ga', 'organ line']);
    const listed = r.stdout.split('\n').filter((l) => l.startsWith('rules.')).map((l) => l.split(/ {2,}/));
    assert.deepEqual(listed.map((x) => x[0]), rules.map((x) => `rules.${x.meta.id}`));
    for (const [key, value, source] of listed) {
      const id = key.slice(6);
      const fromProfile = profileSeverity('ga', id);
      assert.deepEqual([value, source], fromProfile ? [fromProfile, 'profile ga'] : [rules.find((x) => x.meta.id === id)!.meta.defaultSeverity, 'default'], key);
    }
    assert.deepEqual(rowOf(r.stdout, 'mun.openerStyle'), ['mun.openerStyle', 'italic', 'profile ga']);
  });

  it('the configuration file wins over the profile, and --rule over both', () => {
    const r = unresInProcess(['--print-config', 'conf/draft.unres', '--rule', 'title-case=error'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rowOf(r.stdout, 'rules.in-text-symbol'), ['rules.in-text-symbol', 'warning', 'conf/.unresrc.json:4']);
    assert.deepEqual(rowOf(r.stdout, 'rules.title-case'), ['rules.title-case', 'error', '--rule']);
    assert.deepEqual(rowOf(r.stdout, 'rules.closing-date'), ['rules.closing-date', 'off', 'profile sc']);
    assert.deepEqual(rowOf(r.stdout, 'mun.openerStyle'), ['mun.openerStyle', 'underline', 'conf/.unresrc.json:6']);
    assert.deepEqual(rowOf(r.stdout, 'mun.subparagraphCase'), ['mun.subparagraphCase', 'capital', 'profile sc']);
  });

  it('--profile wins over the organ line; a Model UN draft gets the mun house style', () => {
    const forced = unresInProcess(['--print-config', 'sc/draft.unres', '--no-config', '--profile', 'ga'], { cwd: root });
    assert.deepEqual(rowOf(forced.stdout, 'profile'), ['profile', 'ga', '--profile']);
    assert.deepEqual(rowOf(forced.stdout, 'rules.in-text-symbol')[2], profileSeverity('ga', 'in-text-symbol') ? 'profile ga' : 'default');
    const mun = unresInProcess(['--print-config', 'mun/draft.unres', '--no-config'], { cwd: root });
    assert.equal(mun.code, 0, mun.stderr);
    assert.equal(rowOf(mun.stdout, 'profile')[1], 'mun');
    assert.deepEqual(rowOf(mun.stdout, 'mun.openerStyle'), ['mun.openerStyle', PROFILE_STYLES.mun.openerStyle, 'profile mun']);
    assert.deepEqual(rowOf(mun.stdout, 'mun.subparagraphCase'), ['mun.subparagraphCase', PROFILE_STYLES.mun.subparagraphCase, 'profile mun']);
  });

  it('--format json gives the same values and sources', () => {
    const r = unresInProcess(['--print-config', 'conf/draft.unres', '--format', 'json'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.settings.profile, 'sc');
    assert.equal(json.sources.profile, 'organ line');
    assert.equal(json.settings.rules['closing-date'], 'off');
    assert.equal(json.sources['rules.closing-date'], 'profile sc');
    assert.equal(json.settings.rules['in-text-symbol'], 'warning');
    assert.equal(json.sources['rules.in-text-symbol'], 'conf/.unresrc.json:4');
    assert.equal(json.settings.mun.openerStyle, 'underline');
    assert.equal(json.sources['mun.subparagraphCase'], 'profile sc');
  });

  it('a draft decision: the rules the linter turns off for it are shown off, with the reason (found by a review)', () => {
    const r = unresInProcess(['--print-config', 'dec/draft.unres', '--no-config', '--rule', 'operative-numbering=warning'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    // What the linter applies (resolveSettings), rule by rule, with the flag on top.
    const applied = resolveSettings({ rules: { 'operative-numbering': 'warning' } }, parse(DECISION)).rules;
    assert.ok(DECISION_SUSPENDS.includes('opener-italics') && DECISION_SUSPENDS.includes('operative-numbering'));
    for (const rule of rules) {
      const id = rule.meta.id;
      assert.equal(rowOf(r.stdout, `rules.${id}`)[1], applied[id] ?? rule.meta.defaultSeverity, id);
    }
    assert.deepEqual(rowOf(r.stdout, 'rules.opener-italics'), ['rules.opener-italics', 'off', 'draft decision (the sponsor line says "draft decision")']);
    assert.deepEqual(rowOf(r.stdout, 'rules.operative-numbering'), ['rules.operative-numbering', 'warning', '--rule']);
    // A configuration file wins over the decision, as in resolveSettings.
    const c = unresInProcess(['--print-config', 'decconf/draft.unres'], { cwd: root });
    assert.deepEqual(rowOf(c.stdout, 'rules.opener-italics'), ['rules.opener-italics', 'warning', 'decconf/.unresrc.json:1']);
  });

  it('a named pipe is not read, so nothing blocks (found by a review: it waited for a writer)', function () {
    const fifo = join(tree({}), 'pipe.unres');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    const r = spawnSync(process.execPath, [CLI, '--print-config', fifo, '--no-config'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.error, undefined, `--print-config on a pipe did not return: ${r.error}`);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(rowOf(r.stdout, 'profile'), ['profile', 'ga', 'default']);
  });

  it('a draft that does not exist yet follows the default profile', () => {
    const r = unresInProcess(['--print-config', 'sc/new.unres', '--no-config'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rowOf(r.stdout, 'profile'), ['profile', 'ga', 'default']);
  });
});
