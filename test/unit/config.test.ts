/** Profiles applied at run time: choice, severities (user > profile > default), house style, Model UN options. */
import assert from 'node:assert/strict';
import { DECISION_SUSPENDS, PROFILES, PROFILE_RULES, PROFILE_STYLES, chooseProfile, profileSeverity } from '../../server/src/core/config/profiles';
import { mergeSettings, resolveSettings, validateSettings, closest, type UnresSettings } from '../../server/src/core/config/settings';
import { parseConfigText } from '../../server/src/core/config/configFile';
import { lintModel } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { rules } from '../../server/src/core/rules';

const body = '\n\n_Recalling_ the report of the Secretary-General (S/2002/1005),\n\n1. _Takes note_ of the report;\n\n2. _Decides_ to remain seized of the matter.\n';
const doc = (organ: string, header = '') => parse(`${header}${organ}${body}`);
const ids = (text: string, settings?: UnresSettings) => lintModel(parse(text), { settings })!.map((d) => `${d.ruleId} ${d.severity}`);

describe('profiles (core/data/profiles.json)', () => {
  it('name only registered rules and valid severities, and suspend only registered rules for decisions', () => {
    const known = new Set(rules.map((r) => r.meta.id));
    for (const [id, entry] of Object.entries(PROFILE_RULES)) {
      assert.ok(known.has(id), `profiles.json names unknown rule ${id}`);
      for (const [key, value] of Object.entries(entry)) {
        if (key === 'notes') continue;
        assert.ok(PROFILES.includes(key as never), `${id}: ${key} is not a profile`);
        assert.ok(['off', 'hint', 'info', 'warning', 'error'].includes(value as string), `${id}.${key}`);
      }
    }
    for (const id of DECISION_SUSPENDS) assert.ok(known.has(id), `decisionSuspends names unknown rule ${id}`);
  });

  it('keep [I] conventions below error in every profile: a profile never raises a rule above error or makes a hint rule an error', () => {
    for (const r of rules) {
      if (r.meta.defaultSeverity !== 'hint') continue;
      for (const p of PROFILES) assert.notEqual(profileSeverity(p, r.meta.id), 'error', `${r.meta.id} under ${p}`);
    }
  });

  it('carry the house style: SC closing paragraph and in-text citations, Model UN options', () => {
    assert.equal(PROFILE_STYLES.sc.closingParagraph, 'Decides to remain seized of the matter.');
    assert.equal(PROFILE_STYLES.sc.citations, 'in-text');
    assert.equal(PROFILE_STYLES.ga.citations, 'footnotes');
    assert.equal(PROFILE_STYLES.sc.acronyms, 'after-first-use');
    assert.equal(PROFILE_STYLES.mun.openerStyle, 'either');
    assert.equal(PROFILE_STYLES.ga.openerStyle, 'italic');
  });
});

describe('choosing the profile', () => {
  it('follows the organ line of the four organs', () => {
    assert.equal(chooseProfile(undefined, doc('The Security Council,')).profile, 'sc');
    assert.equal(chooseProfile(undefined, doc('The Economic and Social Council,')).profile, 'ecosoc');
    assert.equal(chooseProfile(undefined, doc('The Human Rights Council,')).profile, 'hrc');
    const ga = chooseProfile(undefined, doc('The General Assembly,'));
    assert.deepEqual([ga.profile, ga.source], ['ga', 'organ line']);
  });

  it('selects mun for a Model UN committee, an organ line in capitals or a Model UN header label', () => {
    for (const organ of ['The Disarmament and International Security Committee,', 'The Third Committee,', 'The Special Political and Decolonization Committee,']) {
      const c = chooseProfile(undefined, doc(organ));
      assert.deepEqual([c.profile, c.source], ['mun', 'organ line'], organ);
      assert.match(c.reason, /Model UN committee/);
    }
    assert.equal(chooseProfile(undefined, doc('THE GENERAL ASSEMBLY,')).profile, 'mun');
    // A Model UN header decides before the organ line: such drafts write `The General Assembly,`
    // too (found by a review: `Committee:` / `Topic:` / `Sponsors:` got the General Assembly's rules).
    const header = chooseProfile(undefined, doc('The General Assembly,', 'FORUM: General Assembly\nQUESTION OF: Water security\n\n'));
    assert.deepEqual([header.profile, header.source], ['mun', 'header']);
    const unaUsa = chooseProfile(undefined, doc('The General Assembly,', 'Committee: Third Committee\nTopic: Refugee education\nSponsors: Canada, Jordan\nSignatories: Brazil, Egypt\n\n'));
    assert.deepEqual([unaUsa.profile, unaUsa.source], ['mun', 'header']);
    assert.match(unaUsa.reason, /Model UN label "Committee:"/);
    const labelled = chooseProfile(undefined, doc('The Committee on Water,', 'Topic: Water security\nSponsors: France\n\n'));
    assert.deepEqual([labelled.profile, labelled.source], ['mun', 'header']);
  });

  it('reads a text with no organ line by its first header lines: who adopted it, and a Security Council number or symbol', () => {
    const noOrgan = (header: string) => chooseProfile(undefined, parse(`${header}\n\n_Reaffirming_ its resolution 713 (1991),\n\n1. _Decides_ to remain seized of the matter.\n`));
    // S/RES/781 (1992) as scanned: the organ line was lost.
    const adopted = noOrgan('RESOLUTION 781 (1992)\n\nAdopted by the Security Council at its 3122nd meeting, on 9 October 1992');
    assert.deepEqual([adopted.profile, adopted.source], ['sc', 'header']);
    // S/RES/17 (1947) and S/RES/1 (1946): `Whereas …` / `By Article 47 …`, no organ line at all.
    for (const header of ['17 (1947). Resolution of 10 February 1947', '1 (1946) Resolution of 25 January 1946', 'MILITARY STAFF COMMITTEE\n\n1 (1946) Resolution of 25 January 1946', 'S/RES/2118 (2013)']) {
      const c = noOrgan(header);
      assert.deepEqual([c.profile, c.source], ['sc', 'header'], header);
      assert.match(c.reason, /no organ line/);
    }
    assert.deepEqual([noOrgan('Resolution adopted by the Economic and Social Council on 2 June 2020').profile], ['ecosoc']);
    // The General Assembly's early numbers are by session, not year; other numbers and organs do not decide.
    for (const header of ['260 (III). Genocide', 'Resolution adopted by the Commission on Narcotic Drugs', 'Item 12 (2019)', 'A/RES/73/331']) {
      const c = noOrgan(header);
      assert.deepEqual([c.profile, c.source], ['ga', 'default'], header);
    }
    // An organ line decides before the header.
    assert.equal(chooseProfile(undefined, doc('The General Assembly,', 'RESOLUTION 781 (1992)\n\n')).profile, 'ga');
  });

  it('is overridden by the setting, and falls back to ga', () => {
    const c = chooseProfile('ecosoc', doc('The Security Council,'));
    assert.deepEqual([c.profile, c.source], ['ecosoc', 'setting']);
    const d = chooseProfile(undefined, doc('The Commission on Narcotic Drugs,'));
    assert.deepEqual([d.profile, d.source], ['ga', 'default']);
    assert.equal(chooseProfile('nonsense', doc('The Security Council,')).profile, 'sc');
  });
});

describe('resolveSettings: user rules > profile severity > rule default', () => {
  it('fills rules from the profile', () => {
    const s = resolveSettings({ profile: 'sc' }, doc('The General Assembly,'));
    assert.equal(s.profile, 'sc');
    assert.equal(s.rules['in-text-symbol'], 'off');
    assert.equal(s.rules['title-line'], 'off');
    assert.equal(s.rules['opener-italics'], undefined, 'a rule at its default is left to the runner');
  });

  it('lets the user rules win over the profile', () => {
    const s = resolveSettings({ profile: 'sc', rules: { 'in-text-symbol': 'hint' } }, doc('The General Assembly,'));
    assert.equal(s.rules['in-text-symbol'], 'hint');
  });

  it('is what the runner applies: in-text symbols are reported under ga, not under sc (FN-09)', () => {
    const text = `The General Assembly,${body}`;
    assert.ok(ids(text).includes('in-text-symbol warning'));
    assert.ok(!ids(text, { profile: 'sc' }).some((x) => x.startsWith('in-text-symbol')));
    assert.ok(ids(text, { profile: 'sc', rules: { 'in-text-symbol': 'error' } }).includes('in-text-symbol error'));
    // Chosen by the organ line alone.
    assert.ok(!ids(`The Security Council,${body}`).some((x) => x.startsWith('in-text-symbol')));
  });

  it('switches off the paragraph rules for a decision (SKEL-14), unless the user names them', () => {
    const decision = parse('Armenia and Belarus: draft decision\n\nThe General Assembly,\n\n(a) takes note of the report;\n');
    const s = resolveSettings(undefined, decision);
    for (const id of DECISION_SUSPENDS) assert.equal(s.rules[id], 'off', id);
    assert.equal(resolveSettings({ rules: { 'operative-opener': 'warning' } }, decision).rules['operative-opener'], 'warning');
    assert.equal(resolveSettings(undefined, doc('The General Assembly,')).rules['operative-opener'], undefined);
  });

  it('gives each draft its own severities when one settings object serves drafts of other profiles and kinds, in any order', () => {
    // The severities are made once per user rules object, profile and kind of draft, and shared.
    const settings: UnresSettings = { rules: { 'in-text-symbol': 'hint', 'operative-opener': 'error' } };
    const decision = parse('Armenia and Belarus: draft decision\n\nThe General Assembly,\n\n(a) takes note of the report;\n');
    const drafts = { ga: doc('The General Assembly,'), sc: doc('The Security Council,'), decision };
    // Each resolved with a copy of the settings of its own, which no other draft shares.
    const expected = (name: keyof typeof drafts) => ({ ...resolveSettings(structuredClone(settings), drafts[name]).rules });
    const want = { ga: expected('ga'), sc: expected('sc'), decision: expected('decision') };
    assert.equal(want.sc['title-line'], 'off');
    assert.equal(want.ga['title-line'], undefined);
    assert.equal(want.decision['operative-numbering'], 'off');
    assert.equal(want.ga['operative-numbering'], undefined);
    for (const name of ['sc', 'ga', 'decision', 'ga', 'sc', 'decision', 'decision', 'ga'] as const) {
      const got = resolveSettings(settings, drafts[name]).rules;
      assert.deepEqual({ ...got }, want[name], name);
      assert.equal(got['in-text-symbol'], 'hint');
      assert.equal(got['operative-opener'], 'error');
      assert.ok(Object.isFrozen(got), 'shared between lints, so frozen');
    }
    // Other settings objects, or none, are not served the first one's severities.
    assert.equal(resolveSettings({ rules: { 'in-text-symbol': 'error' } }, drafts.ga).rules['in-text-symbol'], 'error');
    assert.equal(resolveSettings(undefined, drafts.ga).rules['in-text-symbol'], undefined);
    assert.equal(resolveSettings(undefined, decision).rules['operative-opener'], 'off');
    // And the runner lints each with them: under sc no in-text-symbol, under ga a hint.
    const text = `The General Assembly,${body}`;
    assert.ok(ids(text, settings).includes('in-text-symbol hint'));
    assert.ok(!ids(`The Security Council,${body}`, settings).some((x) => x.startsWith('in-text-symbol')));
    assert.ok(ids(text, settings).includes('in-text-symbol hint'));
  });

  it('takes the Model UN options from the profile unless set', () => {
    const ga = resolveSettings(undefined, doc('The General Assembly,'));
    assert.deepEqual(ga.mun, { openerStyle: 'italic', subparagraphCase: 'capital' });
    const mun = resolveSettings({ profile: 'mun' }, doc('The General Assembly,'));
    assert.deepEqual(mun.mun, { openerStyle: 'either', subparagraphCase: 'either' });
    const set = resolveSettings({ profile: 'mun', mun: { openerStyle: 'underline', subparagraphCase: 'capital' } }, doc('The General Assembly,'));
    assert.deepEqual(set.mun, { openerStyle: 'underline', subparagraphCase: 'capital' });
    assert.equal(set.profileChoice.source, 'setting');
    assert.equal(set.profileStyle.name, 'MUN');
  });
});

describe('the mun settings', () => {
  it('are validated with messages that say what to write', () => {
    const { settings, problems } = validateSettings({ mun: { openerStyle: 'underlined', subparagraphcase: 'either' } });
    assert.deepEqual(settings, { mun: {} });
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /"underlined" is not an opener style \(did you mean "underline"\?\); write one of "italic", "underline", "either"/);
    assert.deepEqual(problems[1].path, ['mun', 'subparagraphcase']);
    assert.match(problems[1].message, /did you mean "subparagraphCase"/);
    assert.match(validateSettings({ mun: 'underline' }).problems[0].message, /"mun" must be an object/);
  });

  it('merge key by key, and a configuration file records where each was written', () => {
    assert.deepEqual(mergeSettings({ mun: { openerStyle: 'underline' } }, { mun: { subparagraphCase: 'either' } }).mun, { openerStyle: 'underline', subparagraphCase: 'either' });
    const parsed = parseConfigText('{\n  "profile": "mun",\n  "mun": {\n    "openerStyle": "underline"\n  }\n}\n', '/p/.unresrc.json');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.settings.mun, { openerStyle: 'underline' });
    assert.deepEqual(parsed.origins['mun.openerStyle'], [{ file: '/p/.unresrc.json', line: 4 }]);
  });
});

describe('closest', () => {
  it('finds the registered id within two edits, or nothing', () => {
    const known = ['opener-italics', 'operative-opener', 'spelling'];
    assert.equal(closest('opener-italic', known, 2), 'opener-italics');
    assert.equal(closest('Spelling', known, 2), 'spelling');
    assert.equal(closest('italics', known, 2), undefined);
  });
});
