/**
 * The importer never loses text silently: an annex heading that repeats the title, a date line of
 * the header, a footnote text written `5.` after the closing and a metadata block with lone CR line
 * ends are kept (or read for what they are), and what is left out is said in a note.
 */
import assert from 'node:assert/strict';
import { importResolution } from '../../server/src/core/import';
import { stripFrontMatter } from '../../server/src/core/import/pdfText';
import { blocks, errors, ok, readShared } from './helpers';

const ANNEX_MD = [
  '80/5. Doha Political Declaration',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 79/1,',
  '',
  '1. Adopts the Doha Political Declaration, as contained in the annex to the present resolution.[^1]',
  '',
  '4th plenary meeting',
  '',
  'Annex',
  '',
  'Doha Political Declaration',
  '',
  '1. We, Heads of State and Government, have gathered in Doha.',
  '',
  '[^1]: See A/80/1.',
].join('\n');

describe('import: no text lost silently', () => {
  describe('a paragraph that repeats the title (Markdown)', () => {
    it('keeps an annex heading that repeats the title', () => {
      const result = importResolution(ANNEX_MD);
      const text = ok(result);
      assert.equal(result.ok && result.format, 'markdown');
      const all = blocks(text);
      const annex = all.indexOf('Annex');
      assert.ok(annex > 0, text);
      assert.deepEqual(all.slice(annex, annex + 3), ['Annex', 'Doha Political Declaration', '1. We, Heads of State and Government, have gathered in Doha.']);
      assert.equal(result.notes.some((n) => /running head/.test(n.message)), false);
    });

    it('keeps the title of the annexed declaration of A/RES/80/5', () => {
      const text = ok(importResolution(readShared('corpus/ga-80/A_RES_80_5.md')));
      assert.match(text, /^Annex\n\nDoha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”\n\n1\. We, Heads of State/m);
    });

    it('still drops a running head inside the body, and says so', () => {
      const md = ANNEX_MD.replace('Recalling its resolution 79/1,', 'Recalling its resolution 79/1 on the\n\nDoha Political Declaration\n\nsummit in Doha,');
      const result = importResolution(md);
      const text = ok(result);
      assert.match(text, /^_Recalling_ its resolution 79\/1 on the summit in Doha,$/m);
      assert.match(text, /^Annex\n\nDoha Political Declaration$/m);
      assert.ok(result.notes.some((n) => /1 running head\(s\) repeating the title/.test(n.message)), JSON.stringify(result.notes));
    });
  });

  describe('a date line in the header of an adopted text', () => {
    it('keeps the date under the resolution number of a Security Council text, and the draft lints clean', () => {
      const result = importResolution('Resolution 883 (1993)\n11 November 1993\n\nThe Security Council,\n\nReaffirming its resolutions,\n\nDecides to remain seized of the matter.\n');
      const text = ok(result);
      assert.equal(blocks(text)[0], 'Resolution 883 (1993)\n11 November 1993');
      assert.deepEqual(errors(text).map((d) => d.ruleId), []);
    });

    it('keeps the date of S/RES/883 (1993) and S/RES/891 (1993)', () => {
      assert.match(ok(importResolution(readShared('corpus/sc-1946-2002/S_RES_0883_1993_EN_GOLD.txt'))), /^Resolution 883 \(1993\)\n11 November 1993\n\nThe Security Council,$/m);
      assert.match(ok(importResolution(readShared('corpus/sc-1946-2002/S_RES_0891_1993_EN_GOLD.txt'))), /^Resolution 891 \(1993\)\n20 December 1993\n/m);
    });

    it('joins the date of adoption put on its own line to the adoption line', () => {
      const ga = ok(importResolution('Seventy-third session\nAgenda item 128 (t)\n\nResolution adopted by the General Assembly on\n25 July 2019\n\n73/999. Example\n\nThe General Assembly,\n\nRecalling its resolution 60/288,\n\n1. Decides to remain seized of the matter.\n\n99th plenary meeting\n25 July 2019\n'));
      assert.match(ga, /^Resolution adopted by the General Assembly on 25 July 2019$/m);
      const sc = ok(importResolution(readShared('corpus/sc-1946-2002/S_RES_0827_1993_EN_GOLD.txt')));
      assert.match(sc, /^Adopted by the Security Council at its 3217th meeting, on 25 May 1993$/m);
      assert.deepEqual(errors(sc).map((d) => d.ruleId), []);
    });

    it('still drops the date of distribution of the masthead', () => {
      const text = ok(importResolution('United Nations\nS/RES/1445 (2002)\n\nSecurity Council\nDistr.: General\n4 December 2002\n\nResolution 1445 (2002)\n\nAdopted by the Security Council at its 4653rd meeting, on 4 December 2002\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n'));
      assert.deepEqual(blocks(text).slice(0, 2), ['Resolution 1445 (2002)', 'Adopted by the Security Council at its 4653rd meeting, on 4 December 2002']);
    });
  });

  describe('a footnote text numbered `5.` after the closing (Security Council compilations)', () => {
    it('reads it as the footnote of the indicator without text (S/RES/183 (1963))', () => {
      const result = importResolution(readShared('corpus/sc-1946-2002/S_RES_0183_1963_EN_GOLD.txt'));
      const text = ok(result);
      assert.match(text, /^_Having considered_ the Secretary-General’s report as contained in document S\/5448 and addenda,\[\^1\]$/m);
      assert.match(text, /^\[\^1\]: Ibid\., Supplement for October, November and December 1963, documents S\/5448 and Add\.1-3\.$/m);
      assert.doesNotMatch(text, /is not in the source/);
      assert.equal(result.notes.some((n) => /after the closing lines/.test(n.message)), false, JSON.stringify(result.notes));
      assert.deepEqual(errors(text).map((d) => d.ruleId), []);
    });

    it('leaves a numbered paragraph after the closing alone when no indicator waits for it', () => {
      const source = ['The Security Council,', '', 'Recalling its resolution 180 (1963),', '', '1. Decides to remain seized of the matter.', '', 'Adopted unanimously at the 1083rd meeting.', '', '2. Requests the Secretary-General to report.'].join('\n');
      const result = importResolution(source);
      const text = ok(result);
      assert.doesNotMatch(text, /\[\^/);
      assert.ok(result.notes.some((n) => /1 block\(s\) after the closing lines are not part of the resolution and were kept in a comment after them/.test(n.message)), JSON.stringify(result.notes));
      // Kept, in a comment after the closing line: not part of the resolution, and no rule reads it.
      assert.match(text, /^Adopted unanimously at the 1083rd meeting\.\n\n<!-- unres import: in the source after the closing lines, not part of the resolution:\n\n2\. Requests the Secretary-General to report\.\n-->$/m);
      assert.deepEqual(errors(text).map((d) => d.ruleId), []);
    });
  });

  describe('other blocks after the closing', () => {
    it('keeps an appendix after the closing in a comment, and a `-->` inside it cannot end the comment early', () => {
      const source = [
        'Eightieth session',
        'Agenda item 12',
        '',
        'Resolution adopted by the General Assembly on 1 December 2025',
        '',
        '[without reference to a Main Committee (A/80/L.9)]',
        '',
        '80/99. Terms of reference',
        '',
        'The General Assembly,',
        '',
        'Recalling its resolution 79/1,',
        '',
        '1. Decides to adopt the terms of reference contained in the appendix;',
        '',
        '2. Requests the Secretary-General to report.',
        '',
        '50th plenary meeting',
        '1 December 2025',
        '',
        'Appendix',
        '',
        'Terms of reference --> of the body',
        '',
        '1. The body shall meet annually.',
      ].join('\n');
      const result = importResolution(source);
      const text = ok(result);
      assert.ok(text.endsWith('1 December 2025\n\n<!-- unres import: in the source after the closing lines, not part of the resolution:\n\nAppendix\n\nTerms of reference - -> of the body\n\n1. The body shall meet annually.\n-->\n'), text);
      assert.ok(result.notes.some((n) => n.severity === 'warning' && /^3 block\(s\) after the closing lines .* "Appendix"\. Move what belongs to the text under an "Annex" line\.$/.test(n.message)), JSON.stringify(result.notes));
      // Every word of the source is still in the draft; the comment is not read by the rules.
      for (const word of source.split(/\s+/)) if (word !== '-->') assert.ok(text.includes(word.replace(/^\d+\.$/, '')), word);
      assert.deepEqual(errors(text).map((d) => d.ruleId), []);
    });
  });

  describe('line ends', () => {
    const md = readShared('corpus/ga-80/A_RES_80_5.md').replace(/\r\n|\r/g, '\n');

    it('strips the metadata block whatever the line ends (LF, CRLF, lone CR)', () => {
      for (const eol of ['\n', '\r\n', '\r']) {
        const stripped = stripFrontMatter(md.replace(/\n/g, eol));
        assert.equal(stripped.symbol, 'A/RES/80/5', JSON.stringify(eol));
        assert.match(stripped.text, /^\s*United Nations/, JSON.stringify(eol));
      }
      assert.deepEqual(stripFrontMatter('---\r---\rtext'), { text: 'text', symbol: undefined });
    });

    it('imports a Markdown text with lone CR line ends as with LF', () => {
      const lf = ok(importResolution(md));
      const cr = importResolution(md.replace(/\n/g, '\r'));
      assert.equal(ok(cr), lf);
      assert.doesNotMatch(ok(cr), /record_id|extract_version/);
    });
  });
});
