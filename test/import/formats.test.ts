/**
 * The importer on small texts in each source format: what it recognises, what it repairs, what it
 * refuses, and that it never throws.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { detectFormat, importResolution } from '../../server/src/core/import';
import { blocks, errors, ok, readShared } from './helpers';

const WORD = [
  '\tSeventieth session',
  'Agenda item 12',
  '',
  '\t\tResolution adopted by the General Assembly on\u00a01\u00a0June\u00a02016',
  '',
  '\t\t[without reference to a Main Committee (A/70/L.99)]',
  '',
  '\t70/999. Example',
  '',
  '\tThe General Assembly,',
  '[bookmark: _Ref1]\tRecalling its resolution 60/288,[footnoteRef:1] [1: \t \tSee resolution 60/288 [annex].] ',
  '\tDeeply concerned by the situation,',
  '\t1.\tDecides to remain seized of the matter;',
  '\t2.\tRequests the Secretary-General to report on the Strategy,1 and encourages Member States to act.',
  '',
  '99th plenary meeting',
  '1 June 2016',
].join('\n');

describe('import formats', () => {
  it('detects the source format', () => {
    assert.equal(detectFormat(readShared('seed/A-RES-73-331.txt')), 'word-text');
    assert.equal(detectFormat(readShared('corpus/pdf-text/A_RES_80_1.txt')), 'pdf-text');
    assert.equal(detectFormat(readShared('corpus/ga-80/A_RES_80_1.md')), 'markdown');
    assert.equal(detectFormat(readShared('corpus/ga-80/A_RES_80_29.md')), 'markdown', 'a Markdown text without footnotes');
    assert.equal(detectFormat(readShared('corpus/sc-1946-2002/S_RES_1445_2002_EN_GOLD.txt')), 'pdf-text');
  });

  it('reads a Word export of a draft with no footnotes as Word text, not as wrapped PDF text (its header lines run on)', () => {
    // Found by review: the agenda item's title, then `…: draft resolution`, then the title are long
    // lines that run into the next; they must not make the draft look hard-wrapped.
    const seed = readShared('seed/A-RES-73-331.txt').replace(/\[bookmark: [^\]]*\]/g, '').replace(/\[footnoteRef:\d+\]/g, '');
    const closing = seed.indexOf('\n101st plenary meeting');
    const plain = seed.slice(0, seed.indexOf('\n', seed.indexOf('25 July 2019', closing)) + 1);
    const draft = plain.replace(
      /^[\s\S]*?\t73\/331\.\t/,
      'A/73/L.103\nGeneral Assembly\nDistr.: Limited\n18 July 2019\nOriginal: English\nSeventy-third session\nAgenda item 128 (t)\nCooperation between the United Nations and regional and other organizations\nArmenia, Belarus, Kazakhstan, Kyrgyzstan, Russian Federation and Tajikistan: draft resolution\n',
    );
    assert.equal(detectFormat(draft), 'word-text');
    const text = ok(importResolution(draft));
    assert.match(text, /^A\/73\/L\.103$/m);
    // Each preambular paragraph of the seed stays a paragraph of its own.
    const preamble = (t: string) => t.split(/\r?\n/).filter((l) => /^\t?(?:_)?(?:Recalling|Noting|Welcoming|Recognizing|Reaffirming|Acknowledging|Emphasizing|Stressing|Taking|Underlining|Bearing|Convinced|Expressing)/.test(l)).length;
    assert.equal(preamble(text), preamble(draft));
  });

  it('reads the Word export: tabs, no-break spaces, bookmarks, inline footnotes with brackets, re-citations', () => {
    const text = ok(importResolution(WORD));
    assert.deepEqual(blocks(text), [
      'Seventieth session\nAgenda item 12',
      'Resolution adopted by the General Assembly on 1 June 2016',
      '[without reference to a Main Committee (A/70/L.99)]',
      '70/999. Example',
      'The General Assembly,',
      '_Recalling_ its resolution 60/288,[^1]',
      '_Deeply concerned_ by the situation,',
      '1. _Decides_ to remain seized of the matter;',
      // Legacy (seventieth session): `Strategy,1` repeats note 1; `encourages` is a secondary verb (OP-03).
      '2. _Requests_ the Secretary-General to report on the Strategy,[^1] and _encourages_ Member States to act.',
      '99th plenary meeting\n1 June 2016',
      '[^1]: See resolution 60/288 [annex].',
    ]);
    assert.deepEqual(errors(text).map((d) => d.ruleId), []);
  });

  it('keeps `Annex I` after the closing one heading (found by a review: it became `Annex` and a block `I`), and still splits a heading merged with its title', () => {
    for (const [heading, expected] of [
      ['Annex I', ['Annex I', '', 'Declaration on the matter']],
      ['Annex II', ['Annex II', '', 'Declaration on the matter']],
      ['Annex I Political declaration', ['Annex I', '', 'Political declaration', '', 'Declaration on the matter']],
    ] as const) {
      const text = ok(importResolution(`${WORD}\n\n${heading}\n\nDeclaration on the matter\n`));
      // The annex, without the footnote texts after it.
      const annex = text.slice(text.indexOf('\nAnnex') + 1);
      const lines = annex.slice(0, annex.indexOf('\n[^1]:')).trimEnd().split('\n');
      assert.deepEqual(lines, expected, heading);
    }
  });

  it('ends an unclosed Word footnote at its line and goes on', () => {
    const text = ok(importResolution(WORD.replace('[annex].] ', '[annex].')));
    assert.match(text, /^\[\^1\]: See resolution 60\/288 \[annex\]\.$/m);
    assert.match(text, /^_Deeply concerned_ by the situation,$/m);
  });

  it('restores operative numbers and sub-paragraph labels the Markdown extraction lost', () => {
    const md = [
      '---',
      'symbol: A/RES/80/999',
      '---',
      '',
      'Eightieth session Agenda item 1 Example item',
      '',
      'Resolution adopted by the General Assembly on 19 September 2025',
      '',
      '[without reference to a Main Committee (A/80/L.99)]',
      '',
      '80/999. Example title',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 79/1,',
      '',
      '1. Reaffirms its resolutions, and strengthens its work by:',
      '',
      'Requesting the Commission to report;',
      '',
      'Requesting the Commission, in line with its mandate, to act by:',
      '',
      'Assisting Member States;',
      '',
      '(ii) Inviting international financial institutions to engage;',
      '',
      'Taking note of the decision of the Council;',
      '',
      'Requesting the Commission to continue;',
      '',
      '(e) Requesting the Commission to review its methods;',
      '',
      'Example title',
      '',
      'Expresses its gratitude to the host country.',
      '',
      '3rd plenary meeting 19 September 2025',
    ].join('\n');
    const text = ok(importResolution(md));
    assert.deepEqual(blocks(text).slice(5), [
      '_Recalling_ its resolution 79/1,',
      '1. _Reaffirms_ its resolutions, and strengthens its work by:',
      '(a) Requesting the Commission to report;',
      '(b) Requesting the Commission, in line with its mandate, to act by:',
      '(i) Assisting Member States;',
      '(ii) Inviting international financial institutions to engage;',
      // The written `(e)` leaves room for exactly two letters: the two items before it are (c) and (d).
      '(c) Taking note of the decision of the Council;',
      '(d) Requesting the Commission to continue;',
      '(e) Requesting the Commission to review its methods;',
      // The running head ("Example title") is dropped; the paragraph after it lost its number 2.
      '2. _Expresses its gratitude_ to the host country.',
      '3rd plenary meeting\n19 September 2025',
    ]);
    assert.deepEqual(errors(text).map((d) => d.ruleId), []);
  });

  it('ends a preambular list of sub-paragraphs at the next preambular phrase (S/RES/277 (1970))', () => {
    const source = [
      'The General Assembly,',
      '',
      'Recalling its resolution 1/1,',
      '',
      'Bearing in mind the following principles:',
      '',
      '(a) Sovereign equality;',
      '',
      '(b) Non-intervention,',
      '',
      'Noting that the Committee continued its work,',
      '',
      'Recognizing the importance of cooperation,',
      '',
      '1. Requests the Chair to continue consultations;',
      '',
      '2. Decides to remain seized.',
    ].join('\n');
    const text = ok(importResolution(source));
    assert.deepEqual(blocks(text), [
      'The General Assembly,',
      '_Recalling_ its resolution 1/1,',
      '_Bearing in mind_ the following principles:',
      '(a) Sovereign equality;',
      '(b) Non-intervention,',
      // Before: `(c) Noting …` and `(d) Recognizing …`, labels the source never had.
      '_Noting_ that the Committee continued its work,',
      '_Recognizing_ the importance of cooperation,',
      '1. _Requests_ the Chair to continue consultations;',
      '2. _Decides_ to remain seized.',
    ]);
    assert.deepEqual(errors(text).map((d) => d.ruleId), []);
    // Sub-paragraphs that themselves open with preambular phrases keep the list going.
    const nested = ok(importResolution(source.replace('(a) Sovereign equality;', '(a) Noting the report;').replace('(b) Non-intervention,', '(b) Welcoming the plan,')));
    assert.deepEqual(blocks(nested).slice(3, 7), ['(a) Noting the report;', '(b) Welcoming the plan,', '(c) Noting that the Committee continued its work,', '(d) Recognizing the importance of cooperation,']);
    // The Security Council text the defect was found in.
    const sc = ok(importResolution(readShared('corpus/sc-1946-2002/S_RES_0277_1970_EN_GOLD.txt')));
    assert.match(sc, /^_Recognizing_ the legitimacy of the struggle/m);
    assert.match(sc, /^_Acting_ wider Chapter VII of the Charter,$/m);
    assert.doesNotMatch(sc, /^\([e-g]\) /m);
  });

  it('takes body text back out of the footnotes where the Markdown extraction filed it', () => {
    const text = ok(importResolution(readShared('corpus/ga-80/A_RES_80_57.md')));
    assert.match(text, /^\[\^3\]: A\/79\/88\.$/m);
    assert.match(text, /^4\. _Decides_ to include in the provisional agenda of its eighty-first session the item entitled “Lethal autonomous weapons systems”\.$/m);
    assert.match(text, /^52nd plenary meeting\n1 December 2025$/m);
    const sixtyNine = ok(importResolution(readShared('corpus/ga-80/A_RES_80_59.md')));
    // `[^1653]: (XVI) of …` was `resolutions 1653 (XVI) of …`, and the operative part followed it.
    assert.match(sixtyNine, /as declared in its resolutions 1653 \(XVI\) of 24 November 1961,/);
    assert.match(sixtyNine, /^1\. _Reiterates_ its request/m);
    assert.doesNotMatch(sixtyNine, /\[\^1653\]/);
  });

  it('joins a paragraph cut by a page break and drops the running head (PDF text)', () => {
    const text = ok(importResolution(readShared('corpus/pdf-text/A_RES_80_1.txt')));
    assert.match(text, /during the general debate of the Assembly at its eightieth session after introduction/);
    assert.doesNotMatch(text, /^A\/RES\/80\/1$|^2\/2$|^25-15106/m);
    assert.match(text, /^\[\^1\]: See resolution 169 \(II\)\.$/m);
  });

  it('reads Security Council compilations: notes after the closing, renumbered from 1, a quoted resolution kept in its paragraph', () => {
    const text = ok(importResolution(readShared('corpus/sc-1946-2002/S_RES_0243_1967_EN_GOLD.txt')));
    assert.match(text, /admission to the United Nations,\[\^1\]$/m);
    assert.match(text, /^Adopted unanimously at the 1384th meeting\.$/m);
    // The compilation's footnote 32 (its text is cut short in the source) is footnote 1 of the draft.
    assert.match(text, /^\[\^1\]: Official Records of the Security Council, Twenty-second$/m);
    const quoted = ok(importResolution(readShared('corpus/sc-1946-2002/S_RES_0501_1982_EN_GOLD.txt')));
    assert.match(quoted, /^1\. _Reaffirms_ its resolution 425 \(1978\) which reads:\n"The Security Council,\n/m);
  });

  it('keeps an indicator whose footnote text is missing as a comment, so the paragraph still ends with its comma', () => {
    const text = ok(importResolution(readShared('corpus/sc-1946-2002/S_RES_0737_1992_EN_GOLD.txt')));
    assert.match(text, /for admission to the United Nations, <!-- footnote 377: its text is not in the source -->$/m);
    assert.deepEqual(errors(text).map((d) => d.ruleId), []);
  });

  it('says in one line when the text is not a resolution, and never throws', () => {
    for (const input of ['', '   \n\n', 'Hello world.\nThis is a letter.', 'Minutes of the meeting\n\n1 2 3 4']) {
      const result = importResolution(input);
      assert.equal(result.ok, false, JSON.stringify(input));
      if (!result.ok) assert.doesNotMatch(result.error, /\n/);
    }
    const binary = importResolution(`PK\u0003\u0004${'\u0000'.repeat(20)}`);
    assert.ok(!binary.ok && /binary/.test(binary.error));
  });

  it('never throws on any cut of any corpus text, and stays fast', function () {
    this.timeout(120_000);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (const folder of ['pdf-text', 'ga-80', 'sc-1946-2002']) {
      const files = readdirSync(new URL(`../../../shared/corpus/${folder}/`, import.meta.url)).sort();
      for (const f of files.filter((_, i) => folder !== 'sc-1946-2002' || i % 9 === 0)) {
        const text = readShared(`corpus/${folder}/${f}`);
        for (let k = 0; k < 3; k++) {
          const a = Math.floor(random() * text.length);
          const b = a + Math.floor(random() * (text.length - a));
          for (const cut of [text.slice(0, a), text.slice(a, b), text.slice(a) + text.slice(0, a)]) {
            const result = importResolution(cut);
            // The facade catches exceptions; none may reach it.
            if (!result.ok) assert.doesNotMatch(result.error, /import failed/, `${folder}/${f}`);
          }
        }
      }
    }
    // Random text made of the characters the importers treat specially.
    const alphabet = ['\n', '\n\n', ' ', '\t', '1.', '(a)', '(i)', '[^1]:', '[^2]', '[1:', ']', '[footnoteRef:1]', '_', '*', ',1', '20103', '—', '-\n', 'The General Assembly,', 'Recalling', 'Decides', 'Annex', '101st plenary meeting', '---', '____', '2/3', 'A/RES/73/331', '\uE000', '\uE001', '<!--', '-->'];
    for (let k = 0; k < 300; k++) {
      let text = '';
      const n = Math.floor(random() * 200);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const result = importResolution(text);
      if (!result.ok) assert.doesNotMatch(result.error, /import failed/, JSON.stringify(text));
    }
    // A pathological input (one huge line of digits, hyphens and brackets) is linear.
    const big = '1-\n[^1]: ,1 20101 [1: x'.repeat(50_000);
    const started = Date.now();
    const result = importResolution(`The General Assembly,\n\n${big}`);
    if (!result.ok) assert.doesNotMatch(result.error, /import failed/);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  });
});
