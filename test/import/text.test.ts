/** Line joining, hyphens (PARSE-02), white space and header lines of the importer. */
import assert from 'node:assert/strict';
import { buildHeader, classifyHeaderLine, organLineOf, splitMergedHeaderLine } from '../../server/src/core/import/header';
import { cleanLine, closeSpacedHyphens, endsParagraph, gatherSpelling, joinLines, keepsHyphen, refMarker } from '../../server/src/core/import/text';
import compounds from '../../server/src/core/data/compounds.json';
import publications from '../../server/src/core/data/publications.json';

describe('importer text helpers', () => {
  it('cleans white space and extraction artefacts but keeps typography and markers', () => {
    assert.equal(cleanLine('\t\t13\u00a0December\u00a0 2010 '), '13 December 2010');
    assert.equal(cleanLine('co\u00adoperation \ufb01nancing'), 'cooperation financing');
    assert.equal(cleanLine('2009–2019 “Kanal” pre\u2011recorded'), '2009–2019 “Kanal” pre\u2011recorded');
    assert.equal(cleanLine(`Strategy${refMarker('5')}`), `Strategy${refMarker('5')}`);
  });

  it('keeps the hyphen of a real compound at a line end and joins a broken word (PARSE-02)', () => {
    // `human-made` is listed; `counter-terrorism` too; UN PDFs do not break words at line ends.
    assert.equal(joinLines(['to recover from natural and human-', 'made disasters']), 'to recover from natural and human-made disasters');
    assert.equal(joinLines(['in the area of counter-', 'terrorism,']), 'in the area of counter-terrorism,');
    // An unknown compound keeps its hyphen too (precision: a wrong join would change a word).
    assert.equal(joinLines(['a whole-', 'society approach']), 'a whole-society approach');
    // A suffix alone on the next line was a broken word (OCR of old texts).
    assert.equal(joinLines(['at the 1710th meet-', 'ing.']), 'at the 1710th meeting.');
    // The document's own spelling decides: `peacekeeping` elsewhere joins `peace-` / `keeping`.
    const evidence = gatherSpelling(['United Nations peacekeeping operations', 'of peace-']);
    assert.equal(keepsHyphen('peace', 'keeping', evidence), false);
    assert.equal(keepsHyphen('peace', 'keeping', gatherSpelling(['the peace-keeping force'])), true);
    // A date range broken after its dash joins without a space; a spaced dash keeps its space.
    assert.equal(joinLines(['1 August 2009–', '31 July 2010']), '1 August 2009–31 July 2010');
    assert.equal(joinLines(['sustainable development –', 'that is']), 'sustainable development – that is');
  });

  it('closes the spaced hyphens an extractor left, but not suspended ones', () => {
    assert.equal(closeSpacedHyphens('country- specific and Secretary- General, 2024– 2034'), 'country-specific and Secretary-General, 2024–2034');
    assert.equal(closeSpacedHyphens('age- and gender-sensitive'), 'age- and gender-sensitive');
  });

  it('knows when a paragraph is finished, footnote markers and quotes aside', () => {
    assert.equal(endsParagraph(`organizations,${refMarker('1')}  `), true);
    assert.equal(endsParagraph('the sub-item entitled “Cooperation”.'), true);
    assert.equal(endsParagraph('during the general debate of the'), false);
  });

  it('recognises the organ line', () => {
    assert.equal(organLineOf('The General Assembly, '), 'The General Assembly,');
    assert.equal(organLineOf('The Security Council'), 'The Security Council');
    assert.equal(organLineOf('“The Security Council,'), undefined);
    assert.equal(organLineOf('The report of the Secretary-General'), undefined);
  });

  it('splits header lines an extractor merged and drops the masthead of an adopted text', () => {
    assert.deepEqual(splitMergedHeaderLine('Eightieth session Agenda item 62 Peacebuilding and sustaining peace'), ['Eightieth session', 'Agenda item 62', 'Peacebuilding and sustaining peace']);
    assert.deepEqual(splitMergedHeaderLine('Seventy-third session Agenda item 128 (t)'), ['Seventy-third session', 'Agenda item 128 (t)']);
    assert.deepEqual(splitMergedHeaderLine('Agenda items 19 (a) and 20 Questions'), ['Agenda items 19 (a) and 20', 'Questions']);
    for (const line of ['United Nations', 'A/RES/73/331', 'General Assembly Distr.: General 1 December 2025', '19-12817 (E)    020819'.replace(/ +/g, ' '), '*1912817*', '2/3', '31 July 2019']) {
      assert.equal(classifyHeaderLine(line), 'masthead', line);
    }
    const header = buildHeader([
      ['United Nations', 'A/RES/80/1'],
      ['General Assembly', 'Distr.: General', '19 September 2025'],
      ['Eightieth session', 'Agenda item 7', 'Organization of work, adoption of the agenda and', 'allocation of items'],
      [' Resolution adopted by the General Assembly', 'on 19 September 2025'],
      ['[without reference to a Main Committee (A/80/L.2/Rev.1)]'],
      ['80/1. Participation by the State of Palestine during the', 'eightieth session'],
    ]);
    assert.deepEqual(header.groups, [
      ['Eightieth session', 'Agenda item 7', 'Organization of work, adoption of the agenda and allocation of items'],
      ['Resolution adopted by the General Assembly on 19 September 2025'],
      ['[without reference to a Main Committee (A/80/L.2/Rev.1)]'],
      ['80/1. Participation by the State of Palestine during the eightieth session'],
    ]);
    assert.equal(header.session, 80);
    assert.equal(header.title, 'Participation by the State of Palestine during the eightieth session');
  });

  it('keeps the masthead of a draft (it has a sponsors line)', () => {
    const header = buildHeader([['A/73/L.103', 'General Assembly', 'Distr.: Limited'], ['Armenia, Belarus and Tajikistan: draft resolution'], ['Cooperation between the United Nations and the Collective Security Treaty Organization']]);
    assert.equal(header.draft, true);
    assert.deepEqual(header.groups[0], ['A/73/L.103', 'General Assembly', 'Distr.: Limited']);
  });

  it('keeps the masthead of a draft without a sponsors line when its symbol is a draft\'s (`L.`; found by a review: a round trip lost `A/C.1/80/L.5`), and drops an adopted text\'s', () => {
    for (const symbol of ['A/C.1/80/L.5', 'A/73/L.103/Add.1', 'A/HRC/59/L.10/Rev.1']) {
      const header = buildHeader([[symbol, 'Eightieth session', 'Agenda item 99'], ['Nuclear disarmament verification']]);
      assert.equal(header.draft, true, symbol);
      assert.equal(header.groups[0][0], symbol);
    }
    for (const symbol of ['A/RES/80/5', 'S/RES/2532 (2020)', 'A/80/L']) {
      const header = buildHeader([[symbol, 'Eightieth session', 'Agenda item 99'], ['Nuclear disarmament verification']]);
      assert.equal(header.draft, false, symbol);
      assert.ok(!header.groups.flat().includes(symbol), symbol);
    }
  });

  it('ships its data sorted and sourced', () => {
    assert.match(compounds.source, /\S/);
    const list = compounds.compounds;
    assert.deepEqual(list, [...list].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    assert.ok(list.every((c) => /^[\p{L}]+(?:-[\p{L}]+)+$/u.test(c)), 'hyphenated words only');
    assert.match(publications.source, /\S/);
    for (const t of publications.titles) assert.doesNotThrow(() => new RegExp(t.pattern), t.name);
  });
});
