/**
 * The importer on the damage of the scanned Security Council texts (corpus/sc-1946-2002/, hand-
 * corrected OCR): what the structure of a text decides is repaired, what it does not decide stays
 * (server/docs/import.md, "Scans of the Security Council texts").
 */
import assert from 'node:assert/strict';
import { detectFormat, importResolution } from '../../server/src/core/import';
import { errors, ok } from './helpers';

/** A Security Council text as the compilations print it: hard-wrapped, paragraphs split by blank lines. */
function sc(year: number, body: string, closing = 'Adopted unanimously at the 2244th meeting.', notes = ''): string {
  return `Resolution 477 (${year})\nof 30 July ${year}\n\nThe Security Council,\n\n${body}\n\n${closing}\n${notes ? `\n\n${notes}\n` : ''}`;
}

const PRE = 'Having examined the report of the Secretary-General\non the situation,';

describe('import: scans of the Security Council texts', () => {
  it('reads a short text with a sentence broken across lines as wrapped text, not as Word paragraphs', () => {
    const text = 'The Security Council\nResolves:\n\nThat the Commission shall proceed to the area not later than 15 January 1947, and shall submit to the\nSecurity Council at the earliest possible date a report.\n\nAdopted unanimously at the 87th meeting.\n';
    assert.equal(detectFormat(text), 'pdf-text');
    assert.match(ok(importResolution(text)), /shall submit to the Security Council at the earliest/);
    // One paragraph a line, each ending like a paragraph: Word's export.
    assert.equal(detectFormat('The Security Council,\n\nHaving examined the application of Zimbabwe for admission to the United Nations,\nRecommends to the General Assembly that Zimbabwe should be admitted.\n'), 'word-text');
  });

  it('keeps the dashed items after a lead-in in its paragraph, colon and all (S/RES/757 (1992): they read as five paragraphs without an opener)', () => {
    const body = [
      'Deploring the fact that the demands in resolution 752 (1992)\nhave not been complied with, including its demands that:',
      '- All parties and others concerned in Bosnia and\nHerzegovina stop the fighting immediately,',
      '- All forms of interference from outside Bosnia and\nHerzegovina cease immediately,',
      PRE,
      '1. Condemns the failure of the authorities;',
      '2. Decides to remain actively seized of the matter.',
    ].join('\n\n');
    const text = ok(importResolution(sc(1992, body)));
    assert.match(text, /^_Deploring_ the fact that the demands in resolution 752 \(1992\) have not been complied with, including its demands that:\n- All parties and others concerned in Bosnia and Herzegovina stop the fighting immediately,\n- All forms of interference from outside Bosnia and Herzegovina cease immediately,\n\n_Having examined_/m);
    assert.deepEqual(errors(text), []);
    // The same after an operative lead-in, with an item that ends `…, and` not joined to the next
    // (S/RES/1445 (2002): five items labelled `(a) —` … `(e) —`, which the source does not have).
    const operative = ok(importResolution(sc(2002, [PRE, '1. Stresses that further efforts will be necessary and, in this regard:', '— Calls for a full cessation of hostilities;', '— Calls also for the surrender of any persons indicted by the Tribunal, and', '— Reiterates its demand for Kisangani to be demilitarized;', '2. Decides to remain actively seized of the matter.'].join('\n\n'))));
    assert.match(operative, /^1\. _Stresses_ that further efforts will be necessary and, in this regard:\n— Calls for a full cessation of hostilities;\n— Calls also for the surrender of any persons indicted by the Tribunal, and\n— Reiterates its demand for Kisangani to be demilitarized;\n\n2\. _Decides_/m);
    assert.deepEqual(errors(operative), []);
    // A dashed line after a paragraph that does not lead into a list stays a paragraph of its own.
    assert.match(ok(importResolution(sc(1992, [PRE, '- All parties stop the fighting,', '1. Condemns the failure;', '2. Decides to remain seized.'].join('\n\n')))), /on the situation,\n\n- All parties stop the fighting,\n\n1\./);
  });

  it('reads paragraph numbers and labels the scan garbled from the sequence', () => {
    const body = [
      PRE,
      '1. Calls upon the parties to act;',
      '2 Requests the Secretary-General to report;',
      '3, Urges all States to help;',
      '4. Invites the parties to meet;',
      'S. Appeals to all concerned;',
      '8. Notes the report;',
      '7. Decides:',
      '(2) To call upon the parties;',
      '(b) To renew the mandate;',
      'c) To request a report;',
      '8. Decides to remain seized of the matter.',
    ].join('\n\n');
    const text = ok(importResolution(sc(1993, body)));
    for (const [n, verb] of [[2, 'Requests'], [3, 'Urges'], [5, 'Appeals'], [6, 'Notes'], [8, 'Decides']] as const) assert.match(text, new RegExp(`^${n}\\. _${verb}_`, 'm'));
    assert.match(text, /^\(a\) To call upon the parties;$/m);
    assert.match(text, /^\(c\) To request a report;$/m);
    assert.deepEqual(errors(text, { profile: 'sc' }).map((d) => d.ruleId), []);
  });

  it('keeps a number that does not continue the sequence as text', () => {
    const text = ok(importResolution(sc(1993, `${PRE}\n\n1. Calls upon the parties to act;\n\n7 Requests the Secretary-General to report.`)));
    assert.doesNotMatch(text, /^7\. /m);
  });

  it('joins, splits and repairs the closing line', () => {
    const body = `${PRE}\n\n1. Calls upon the parties to act;\n\n2. Decides to remain seized of the matter.`;
    assert.match(ok(importResolution(sc(1982, body, 'Adopted unanimously at the\n\n2351st meeting.'))), /^Adopted unanimously at the 2351st meeting\.$/m);
    const glued = ok(importResolution(sc(1993, body.replace('matter.', 'matter. Adopted unanimously at the 3179th meeting.'), '')));
    assert.match(glued, /matter\.\n\nAdopted unanimously at the 3179th meeting\.\n/);
    for (const [damaged, repaired] of [
      ['Adopted at the ]8S6ih meeting by 13 votes to none.', 'Adopted at the 1856th meeting by 13 votes to none.'],
      ['Adapted unanimously at the 2916th meeting.', 'Adopted unanimously at the 2916th meeting.'],
      ['Adopted unanimously at the 2729the meeting', 'Adopted unanimously at the 2729th meeting'],
      ['Adopted unanimously at the 2992th meeting', 'Adopted unanimously at the 2992nd meeting'],
    ]) {
      const result = importResolution(sc(1986, body, damaged));
      assert.match(ok(result), new RegExp(`^${repaired.replace(/[.()]/g, '\\$&')}$`, 'm'));
      assert.ok(result.notes.some((n) => n.message.startsWith('The closing line was damaged')), damaged);
    }
  });

  it('reads the footnotes after the last paragraph of a text without a closing line, and the `1/` footnotes of 1992–1994', () => {
    const plain = `The Security Council,\n\nNoting the reports of the Secretary-General of 2 August, 11 5 August 12 and 10 August 1965, 13\n\n1. Reaffirms its resolution 186 (1964);\n\n2. Calls upon all parties to avoid any action.\n\n\n\n11 Ibid., document S/6586.\n12 Ibid., document S/6569/Add.1.\n13 Ibid., document S/6569/Add.2.\n`;
    const text = ok(importResolution(`207 (1965). Resolution of 10 August 1965\n\n${plain}`));
    assert.match(text, /of 2 August,\[\^1\] 5 August\[\^2\] and 10 August 1965,\[\^3\]$/m);
    assert.match(text, /^\[\^3\]: Ibid\., document S\/6569\/Add\.2\.$/m);
    const slash = `Resolution 781 (1992)\n\nThe Security Council,\n\nRecalling in this context the Joint Declaration 1/ signed at\nGeneva,\n\nNoting the letter of the Secretary-General of 19 March 1978, 2/\napproved by resolution 426 (1978),\n\n1. Decides to remain seized of the matter.\n\n\n1/ S/24476, annex.\n2/ Official Records of the Security Council, Thirty-third Year,\nSupplement for January, February and March 1978, document S/12611.\n`;
    const s781 = ok(importResolution(slash));
    assert.match(s781, /Joint Declaration\[\^1\] signed/);
    assert.match(s781, /1978,\[\^2\] approved/);
    assert.match(s781, /^\[\^2\]: .*document S\/12611\.$/m);
  });

  it('places an indicator after the day of a date and after the closing line\'s meeting (S/RES/855 (1993))', () => {
    const text = ok(importResolution(sc(1993, 'Taking note of the letters of 20 127 and 23 July 128 1993 from the Government,\n\n1. Decides to remain seized of the matter.', 'Adopted at the 3262nd meeting 129', '127 Ibid., document S/26121.\n128 Ibid., document S/26148.\n129 Adopted without vote.')));
    assert.match(text, /of 20\[\^1\] and 23 July\[\^2\] 1993 from/);
    assert.match(text, /^Adopted at the 3262nd meeting\[\^3\]$/m);
  });

  it('restores the marks a scan misread at paragraph ends in a text of 1975 or later, not before', () => {
    const body = `Having examined the report of the Secretary-General.\n\nRecalling its resolutions,\n\n1. Commends the Force for its restraint:\n\n2. Calls upon all parties to comply,\n\n3. Decides:\n\n(a) To call upon the parties;\n\n(b) To renew the mandate,\n\n(c) To request a report;\n\n4. Decides to remain seized of the matter`;
    const modern = importResolution(sc(1980, body));
    const text = ok(modern);
    assert.match(text, /Secretary-General,\n/);
    assert.match(text, /restraint;\n/);
    assert.match(text, /comply;\n/);
    assert.match(text, /mandate;\n/);
    assert.match(text, /matter\.\n/);
    assert.deepEqual(errors(text, { profile: 'sc' }).map((d) => d.ruleId), []);
    assert.ok(modern.ok && modern.notes.some((n) => n.message.includes('misread by the scan')));
    // 1970: the marks of the time stay; only the last paragraph's lost full stop is restored.
    const historic = ok(importResolution(sc(1970, body)));
    assert.match(historic, /restraint:\n/);
    assert.match(historic, /comply,\n/);
    assert.match(historic, /matter\.\n/);
  });

  it('keeps items cut from one sentence by commas (S/RES/883 (1993))', () => {
    const body = 'Recalling its resolutions,\n\n1. Decides that all States shall freeze funds owned by:\n\n(a) The Government of Libya,\n\n(b) Any entity owned by the Government of Libya, or\n\n(c) Any person acting on its behalf;\n\n2. Decides to remain seized of the matter.';
    const text = ok(importResolution(sc(1993, body)));
    assert.match(text, /^\(a\) The Government of Libya,$/m);
    assert.match(text, /^\(b\) Any entity owned by the Government of Libya, or$/m);
  });

  it('gives back the lost full stop of a footnote that ends with a symbol, not of one that was cut', () => {
    const body = `${PRE}\n\nRecalling its resolution 186 (1964), 1\n\nNoting the report, 2\n\n1. Decides to remain seized of the matter.`;
    const text = ok(importResolution(sc(1986, body, 'Adopted unanimously at the 2729th meeting.', '1 Ibid , document S/17965\n2 Official Records of the Security Council, Twenty-second')));
    assert.match(text, /^\[\^1\]: Ibid , document S\/17965\.$/m);
    assert.match(text, /^\[\^2\]: Official Records of the Security Council, Twenty-second$/m);
  });
});
