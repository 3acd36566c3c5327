/**
 * `--print-config --format json` (cli/info.ts `printConfig`): the settings nest as in
 * `.unresrc.json` — `settings.mun.openerStyle`, `settings.rules.<id>`, `settings.phrases.<kind>` —
 * so that the object can be read (or saved) as a configuration file; `sources` keeps the dotted
 * keys of the text table.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printConfig } from '../../server/src/cli/info';
import { parseConfigText } from '../../server/src/core/config/configFile';
import { unresInProcess } from './helpers';

const SC = 'The Security Council,\n\n_Recalling_ its resolution 1631 (2005) of 17 October 2005,\n\n1. _Decides_ to remain seized of the matter.\n';
const CONFIG = '{\n  "rules": { "in-text-symbol": "warning" },\n  "mun": { "openerStyle": "underline" }\n}\n';

describe('--print-config --format json', () => {
  it('nests mun.* under settings.mun, with no flat "mun.…" keys left', () => {
    const values = [
      { key: 'profile', value: 'mun', source: 'organ line' },
      { key: 'mun.openerStyle', value: 'underline', source: 'a/.unresrc.json:3' },
      { key: 'mun.subparagraphCase', value: 'either', source: 'profile mun' },
      { key: 'phrases.operative', value: ['Strongly urges'], source: 'default' },
      { key: 'rules.closing-date', value: 'off', source: 'profile mun' },
    ];
    const json = JSON.parse(printConfig('a/draft.unres', undefined, values, (f) => f, 'json', undefined));
    assert.deepEqual(json.settings, {
      profile: 'mun',
      mun: { openerStyle: 'underline', subparagraphCase: 'either' },
      phrases: { operative: ['Strongly urges'] },
      rules: { 'closing-date': 'off' },
    });
    assert.equal(json.sources['mun.openerStyle'], 'a/.unresrc.json:3');
    assert.equal(json.sources['mun.subparagraphCase'], 'profile mun');
  });

  it('prints settings that a configuration file accepts as they are (the CLI, end to end)', () => {
    const root = mkdtempSync(join(tmpdir(), 'unres-infojson-'));
    mkdirSync(join(root, 'conf'));
    writeFileSync(join(root, 'conf/draft.unres'), SC);
    writeFileSync(join(root, 'conf/.unresrc.json'), CONFIG);
    const r = unresInProcess(['--print-config', 'conf/draft.unres', '--format', 'json'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.settings.mun.openerStyle, 'underline');
    assert.equal(json.settings.mun.subparagraphCase, 'capital');
    assert.equal(json.sources['mun.openerStyle'], 'conf/.unresrc.json:3');
    assert.deepEqual(
      Object.keys(json.settings).filter((k) => k.includes('.')),
      [],
    );
    assert.equal(json.settings.rules['in-text-symbol'], 'warning');
    // The settings object is a valid .unresrc.json.
    const parsed = parseConfigText(JSON.stringify(json.settings), 'printed.json');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.settings.mun?.openerStyle, 'underline');
  });
});
