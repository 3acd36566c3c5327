/**
 * The shared machinery of the text-level rules (server/src/core/rules/kinds/): the substitution
 * kind, the tokenizer and zones, the year of a document, and a linear-time check of every
 * text-level rule on adversarial input.
 */
import assert from 'node:assert/strict';
import { lintModel } from '../../../server/src/core/lint';
import { parse } from '../../../server/src/core/parser/parse';
import { rules } from '../../../server/src/core/rules';
import { substitutionRule, keepCase } from '../../../server/src/core/rules/kinds/substitution';
import { documentYear, otherBodyFollows, tokenize, zones } from '../../../server/src/core/rules/kinds/text';
import { lintWith } from '../ruleTester';
import acronyms from '../../../server/src/core/data/acronyms.json';
import capitalizationData from '../../../server/src/core/data/capitalization.json';
import countryNames from '../../../server/src/core/data/countryNames.json';
import expressions from '../../../server/src/core/data/expressions.json';
import presentResolution from '../../../server/src/core/data/presentResolution.json';
import secretaryGeneral from '../../../server/src/core/data/secretaryGeneral.json';
import symbolSeries from '../../../server/src/core/data/symbolSeries.json';
import unAbbreviations from '../../../server/src/core/data/unAbbreviations.json';
import unSpellingList from '../../../server/src/core/data/unSpellingList.json';

const TEXT_RULES = new Set([
  'symbol-format', 'joint-symbol', 'resolution-reference', 'resolution-year', 'entitled-quotes', 'serial-comma',
  'date-format', 'date-range', 'en-dash', 'time-format', 'number-words', 'per-cent', 'number-format', 'ordinal-number',
  'ordinal-spelling', 'currency', 'spelling', 'un-spelling', 'capitalization', 'secretary-general', 'un-abbreviation',
  'acronym', 'present-resolution', 'country-name', 'expression', 'quotation-marks', 'dash', 'emphasis',
  'paragraph-reference', 'paragraph-reference-format', 'annex-reference', 'mun-vocabulary',
]);

const kind = substitutionRule({
  meta: {
    id: 'test-substitution',
    description: 'A substitution rule built in a test from inline data.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['LANG-09'],
    messages: { replace: 'Write "{{replacement}}", not "{{found}}"{{note}}.', avoid: 'Avoid "{{found}}"{{note}}.' },
  },
  entries: () => [
    { find: 'colour', replace: 'color' },
    { find: 'the UN', replace: 'the United Nations', caseSensitive: true },
    { find: 'UN', replace: 'United Nations', caseSensitive: true },
    { find: 'U.N.', replace: 'United Nations', caseSensitive: true },
    { find: 'Turkey', replace: 'Türkiye', caseSensitive: true, since: 2022 },
    { find: 'Iran', replace: 'the Islamic Republic of Iran', caseSensitive: true, notFollowedBy: ['(Islamic Republic of)'] },
    { find: 'well being', replace: 'well-being', notPrecededBy: ['as'] },
    { find: 'etc.', note: 'end the list' },
    { find: 'program', replace: 'programme', fix: false },
  ],
  names: ['Colour Council of the World'],
  skip: { quotes: true },
  parts: true,
});

const wrap = (text: string, header = '') => `${header}The General Assembly,\n\n_Recalling_ ${text},\n\n1. _Decides_ to continue.\n`;
const found = (text: string, header = '') => lintWith(kind, wrap(text, header)).map((d) => d.message);

describe('substitution kind', () => {
  it('matches whole words and keeps the case of the text', () => {
    assert.deepEqual(found('the colour, Colour, COLOUR and colours'), ['Write "color", not "colour".', 'Write "Color", not "Colour".', 'Write "COLOR", not "COLOUR".']);
    assert.equal(keepCase('Organisation', 'organization'), 'Organization');
  });
  it('prefers the longest phrase, matches case-sensitive entries only in their case, and a final full stop', () => {
    assert.deepEqual(found('the UN, UNAIDS, un and the U.N.'), ['Write "the United Nations", not "the UN".', 'Write "United Nations", not "U.N.".']);
  });
  it('looks inside hyphenated words when asked', () => {
    assert.deepEqual(found('colour-blind policies'), ['Write "color", not "colour".']);
  });
  it('honours context, dates, names, quotations, and entries without a replacement or a fix', () => {
    assert.deepEqual(found('Iran (Islamic Republic of), as well being, the Colour Council of the World and “colour”'), []);
    assert.deepEqual(found('Turkey', 'Resolution 1 (1946)\n\n'), []);
    assert.deepEqual(found('Turkey and well being'), ['Write "Türkiye", not "Turkey".', 'Write "well-being", not "well being".']);
    const d = lintWith(kind, wrap('goods etc. and the program'));
    assert.deepEqual(d.map((x) => [x.message, !!x.fix]), [['Avoid "etc." (end the list).', false], ['Write "programme", not "program".', false]]);
  });
  it('does not match across a blank line or punctuation', () => {
    assert.deepEqual(found('as well, being'), []);
    for (const eol of ['\n', '\r', '\r\n']) assert.deepEqual(found(`good well${eol}${eol}being`), [], JSON.stringify(eol));
    // One line end, of any kind, is inside a phrase.
    for (const eol of ['\n', '\r', '\r\n']) assert.deepEqual(found(`good well${eol}being`), [`Write "well-being", not "well${eol}being".`], JSON.stringify(eol));
  });
  it('finds every match when most words can open one (the list of such words grows past its first guess)', () => {
    // Every word here opens an entry or is hyphenated: several times the quarter of the words the
    // list of candidates starts with.
    const text = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'colour' : i % 3 === 1 ? 'colour-blind' : 'Colour')).join(' ');
    const messages = found(text);
    assert.equal(messages.length, 3000);
    assert.equal(messages.filter((m) => m === 'Write "Color", not "Colour".').length, 1000);
  });
});

describe('data files of the text-level rules', () => {
  const lists: Record<string, { source: string; entries: readonly { find: string; replace?: string }[] }> = { acronyms, capitalization: capitalizationData, countryNames, expressions, presentResolution, secretaryGeneral, unAbbreviations, unSpellingList };
  for (const [name, data] of Object.entries(lists)) {
    it(`${name}.json names its source, is sorted and has each entry once`, () => {
      assert.ok(data.source.length > 40, 'source');
      const keys = data.entries.map((e) => e.find);
      // Sorted by the lower-case form, then as written (code-point order, as the generator wrote them).
      const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const sorted = [...keys].sort((a, b) => cmp(a.toLowerCase(), b.toLowerCase()) || cmp(a, b));
      assert.deepEqual(keys, sorted);
      assert.equal(new Set(keys).size, keys.length);
      // An entry may repeat its own form only to say what to write before another organization (`otherBody`).
      for (const e of data.entries) if (!('otherBody' in e)) assert.notEqual(e.find, e.replace, e.find);
    });
  }
  it('symbolSeries.json is sorted and explains its components', () => {
    const prefixes = symbolSeries.series.map((s) => s.prefix);
    assert.deepEqual(prefixes, [...prefixes].sort());
    assert.ok(symbolSeries.components.every((c) => c.meaning.length > 3));
  });
});

describe('text views', () => {
  it('tokenizes words with inner apostrophes, hyphens (also U+2011) and U.N.-style dots', () => {
    assert.deepEqual(tokenize('Côte d’Ivoire, pre‑recorded U.N. e.g. States’ 2030').map((t) => t.key), ['côte', "d'ivoire", 'pre-recorded', 'u.n', 'e.g', 'states', '2030']);
  });
  it('finds quotations, also unclosed ones that stop at the end of their block', () => {
    const m = parse('A “b” c "d" e “f\ng\n\nh "i');
    assert.deepEqual(zones(m).quotes.all.map((s) => m.text.slice(s.start, s.end)), ['“b”', '"d"', '“f\ng']);
    // The same with CR and CRLF line ends: a CR-only draft has no line feed (found by a review).
    for (const eol of ['\r', '\r\n']) {
      const other = parse('A “b” c "d" e “f\ng\n\nh "i'.replace(/\n/g, eol));
      assert.deepEqual(zones(other).quotes.all.map((s) => other.text.slice(s.start, s.end)), ['“b”', '"d"', `“f${eol}g`], JSON.stringify(eol));
    }
  });
  it('reads the year of a document from its adoption line, closing, SC number or session', () => {
    assert.equal(documentYear(parse('Resolution adopted by the General Assembly on 25 July 2019\n\nThe General Assembly,\n')), 2019);
    assert.equal(documentYear(parse('Resolution 1631 (2005)\n\nThe Security Council,\n')), 2005);
    assert.equal(documentYear(parse('73/331. Cooperation\n\nThe General Assembly,\n')), 2018);
    assert.equal(documentYear(parse('The General Assembly,\n\n1. _Decides_ to continue.\n')), undefined);
  });
  it('tells other organizations from the United Nations after "of"', () => {
    const t = (s: string) => otherBodyFollows(s, 0);
    assert.deepEqual([t(' of the Collective Security Treaty Organization'), t(' of NATO'), t(' of the United Nations'), t(' of the Organization,'), t(' of the region'), t(' of UN')], [true, true, false, false, false, false]);
  });
});

describe('text-level rules on adversarial input', function () {
  this.timeout(120_000);
  const textRules = rules.filter((r) => TEXT_RULES.has(r.meta.id));
  it('every text-level rule is registered', () => {
    assert.deepEqual(textRules.map((r) => r.meta.id).sort(), [...TEXT_RULES].sort());
  });
  const patterns: Record<string, (n: number) => string> = {
    spaces: (n) => `1${' '.repeat(n)}x ${'\u00a0'.repeat(n)}– the${' '.repeat(n)}y`,
    digits: (n) => `${'1'.repeat(n)} ${'1 '.repeat(n / 2)}${'1,'.repeat(n / 2)}${'1.000'.repeat(n / 5)}`,
    groups: (n) => `${'111 '.repeat(n / 4)}x ${'1-1-'.repeat(n / 4)} ${'1.111'.repeat(n / 5)}.5`,
    symbols: (n) => `${'A/'.repeat(n / 2)} ${'S/RES/1(2'.repeat(n / 9)} ${'A/C3/L. 1 '.repeat(n / 10)}`,
    citations: (n) => `resolutions ${'1 (2000), '.repeat(n / 10)}x resolution ${'59/50 of 2 December 2004, and '.repeat(n / 30)}`,
    references: (n) => `paragraphs ${'1 (a) and '.repeat(n / 10)} paragraph ${'1, '.repeat(n / 3)}above`,
    quotes: (n) => `${'entitled “'.repeat(n / 10)} ${'"'.repeat(n)} ${'“a'.repeat(n / 2)}`,
    capitals: (n) => `${'AA '.repeat(n / 3)}b ${'UN '.repeat(n / 3)}`,
    dashes: (n) => `${'—'.repeat(n)} ${'a–'.repeat(n / 2)} ${'from 1–'.repeat(n / 7)}`,
    phrases: (n) => `${'this resolution '.repeat(n / 16)} resolution 1 ${'member states of the '.repeat(n / 21)}`,
    dates: (n) => `${'1 May, '.repeat(n / 7)} ${'25/07/'.repeat(n / 6)} ${'July 25 '.repeat(n / 8)}`,
  };
  const time = (text: string) => {
    const model = parse(text);
    const t0 = performance.now();
    lintModel(model, { rules: textRules });
    return performance.now() - t0;
  };
  for (const [name, make] of Object.entries(patterns)) {
    it(`${name}: four times the text takes about four times as long, not sixteen`, () => {
      const body = (n: number) => wrap(make(n));
      time(body(2_000));
      const small = Math.min(time(body(10_000)), time(body(10_000)));
      const large = Math.min(time(body(40_000)), time(body(40_000)));
      if (process.env.SHOW_TIMES) console.log(`      ${name}: ${small.toFixed(1)} ms, ${large.toFixed(1)} ms`);
      assert.ok(large < small * 8 + 100, `${small.toFixed(1)} ms for 1×, ${large.toFixed(1)} ms for 4×`);
    });
  }
});
