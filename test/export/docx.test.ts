/**
 * The Word export: the layout of an official document in the .docx parts, footnotes per style, no
 * drafter comments, and the round trip — export, read back with mammoth, compare paragraphs,
 * italics and footnote texts with the draft; import the exported file and get the draft back.
 */
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { parse } from '../../server/src/core/parser/parse';
import { buildLayout } from '../../server/src/export/layout';
import { toDocx } from '../../server/src/export/docx';
import { importResolution } from '../../server/src/core/import';
import { importDocx, readMammothHtml } from '../../server/src/import/docx';
import { DASHED, QUOTED } from './quoted';
import { readShared, squash } from '../import/helpers';
import { unzip } from './zip';

const example = readShared('examples/A-RES-73-331.unres');

async function parts(text: string, style?: 'legacy' | 'current') {
  const bytes = await toDocx(parse(text), { settings: style ? { footnoteStyle: style } : undefined });
  return { bytes, files: unzip(bytes) };
}

/** The footnotes of footnotes.xml (real ones: id ≥ 1), as plain text. */
function footnoteTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
    .filter((m) => Number(m[1]) >= 1)
    .map((m) => [...m[2].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('Word export', () => {
  it('lays out an official document: A4, Times New Roman, styles for each part', async () => {
    const { files } = await parts(example);
    const document = files.get('word/document.xml')!;
    const styles = files.get('word/styles.xml')!;
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(styles, /w:ascii="Times New Roman"/);
    // Title bold, preamble first-line indent, operative hanging indent with its number and a tab.
    assert.match(styles, /<w:style w:type="paragraph" w:styleId="UNTitle">[\s\S]*?<w:b\/>[\s\S]*?<\/w:style>/);
    assert.match(styles, /<w:style w:type="paragraph" w:styleId="UNPreamble">[\s\S]*?<w:ind w:firstLine="720"\/>[\s\S]*?<\/w:style>/);
    assert.match(styles, /<w:style w:type="paragraph" w:styleId="UNOperative">[\s\S]*?<w:ind w:left="1077" w:hanging="357"\/>[\s\S]*?<\/w:style>/);
    assert.match(document, /<w:pStyle w:val="UNTitle"\/>[\s\S]*?73\/331\. Cooperation between the United Nations/);
    assert.match(document, /<w:pStyle w:val="UNOrgan"\/>[\s\S]*?The General Assembly,/);
    assert.match(document, /<w:pStyle w:val="UNOperative"\/>[\s\S]*?<w:t[^>]*>9\.<\/w:t>[\s\S]*?<w:tab\/>/);
    assert.match(document, /<w:pStyle w:val="UNClosing"\/>[\s\S]*?101st plenary meeting/);
    // The opener is an italic run of its own.
    assert.match(document, /<w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t[^>]*>Noting with satisfaction<\/w:t>/);
  });

  it('numbers footnotes in order of first reference; a legacy re-citation repeats the number', async () => {
    const { files } = await parts(example);
    const notes = footnoteTexts(files.get('word/footnotes.xml')!);
    assert.equal(notes.length, 7);
    assert.equal(notes[0], 'A/73/328–S/2018/592.');
    assert.equal(notes[5], 'See Official Records of the Economic and Social Council, 2009, Supplement No. 8 (E/2009/28), chap. I, sect. C.');
    const document = files.get('word/document.xml')!;
    assert.equal([...document.matchAll(/<w:footnoteReference w:id="\d+"\/>/g)].length, 7);
    // Each footnote: Word's number, then a tab to the hanging indent, then the text (review finding).
    const first = /<w:footnote\b[^>]*w:id="1"[^>]*>([\s\S]*?)<\/w:footnote>/.exec(files.get('word/footnotes.xml')!)![1];
    assert.match(first, /<w:footnoteRef\/>[\s\S]*?<w:tab\/>[\s\S]*?<w:t[^>]*>A\/73\/328/);
    // Operative paragraphs 1 and 5 cite notes 1 and 5 again: superscript numbers, not new notes.
    assert.match(document, /<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t[^>]*>1<\/w:t>[\s\S]*?acknowledges/);
  });

  it('prints a new footnote with the same text for a re-citation in the current style', async () => {
    const { files } = await parts(example, 'current');
    const notes = footnoteTexts(files.get('word/footnotes.xml')!);
    assert.equal(notes.length, 9);
    assert.equal(notes[7], notes[0]);
    assert.equal(notes[8], notes[4]);
  });

  it('breaks the line before each paragraph of a resolution quoted in full, not before a quotation that only wraps onto a line (review finding)', async () => {
    const { files } = await parts(QUOTED);
    const xml = files.get('word/document.xml')!;
    assert.equal((xml.match(/<w:br\/>/g) ?? []).length, 3);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from((await parts(QUOTED)).bytes) })).value;
    assert.match(html, /which reads:<br \/>“The Security Council,<br \/>“1\. <em>Calls for<\/em> strict respect/);
    assert.match(html, /the report entitled “Our common agenda”, and/);
    // And the import reads the quoted paragraphs back as the draft has them, one a line.
    const back = await importDocx((await parts(QUOTED)).bytes);
    assert.ok(back.ok, back.ok ? '' : back.error);
    assert.match(back.text, /^1\. _Reaffirms_ its resolution 425 \(1978\), which reads:\n“The Security Council,\n“1\. _Calls for_ strict respect for the territorial integrity of Lebanon;\[\^1\]\n“2\. _Requests_ the Secretary-General to report\.”;$/m);
    assert.match(back.text, /^2\. _Takes note_ of the report entitled “Our common agenda”, and _decides_ to remain seized of the matter\.$/m);
  });

  it('breaks the line before each item of a dashed list, not before a dash in mid-sentence, and reads the items back in their paragraph (S/RES/757 (1992))', async () => {
    const { files, bytes } = await parts(DASHED);
    assert.equal((files.get('word/document.xml')!.match(/<w:br\/>/g) ?? []).length, 2);
    const back = await importDocx(bytes);
    assert.ok(back.ok, back.ok ? '' : back.error);
    assert.match(back.text, /^_Deploring_ that its demands have not been complied with, including its demands that:\n- All parties stop the fighting immediately, and\n- All forms of interference from outside cease immediately,$/m);
    assert.match(back.text, /^1\. _Requests_ all States to refrain from any relations — diplomatic, consular or otherwise — with the authorities\.$/m);
  });

  it('leaves drafter comments out', async () => {
    const draft = example.replace('The General Assembly,', 'The General Assembly,\n\n<!-- check paragraph 3 with the sponsors -->').replace('the firm intention', 'the firm <!-- inline note --> intention');
    const { files } = await parts(draft);
    const all = [...files.values()].join('\n');
    assert.doesNotMatch(all, /check paragraph 3|inline note|&lt;!--/);
    assert.match(files.get('word/document.xml')!, /the firm\s+intention/);
  });

  it('reads back with mammoth as the draft: paragraphs, italics and footnote texts', async () => {
    const model = parse(example);
    const layout = buildLayout(model);
    const { bytes } = await parts(example);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const read = readMammothHtml(html);
    const markers = (s: string) => s.replace(/\uE000([^\uE001]*)\uE001/g, '[$1]');
    const expected = layout.blocks.map((b) => {
      const text = b.inlines.map((x) => (x.kind === 'ref' ? `[${x.printed}]` : x.italic ? `_${x.text}_` : x.text)).join('');
      return squash(b.marker ? `${b.marker} ${text}` : text);
    });
    assert.deepEqual(read.paragraphs.map((p) => squash(markers(p.text))), expected);
    // Every italic span of the draft's body is italic in Word.
    const italics = (s: string) => [...s.matchAll(/_([^_]+)_/g)].map((m) => m[1]);
    assert.deepEqual(read.paragraphs.flatMap((p) => italics(p.text)), layout.blocks.flatMap((b) => b.inlines.filter((x) => x.kind === 'text' && x.italic).map((x) => (x.kind === 'text' ? x.text : ''))));
    assert.deepEqual(
      [...read.notes.values()],
      layout.footnotes.map((f) => f.inlines.map((x) => (x.kind === 'text' ? (x.italic ? `_${x.text}_` : x.text) : '')).join('')),
    );
  });

  it('imports its own export back line for line: the agenda title stays under its item, a footnote on the title keeps number 1 (review findings)', async () => {
    const draft = 'Seventy-third session\nAgenda item 128 (t)\nCooperation between the United Nations and regional organizations\n\nArmenia and Belarus: draft resolution\n\nCooperation with the Collective Security Treaty Organization[^1]\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,[^2]\n\n1. _Decides_ to continue its work.\n\n[^1]: Title note.\n[^2]: Resolution 59/50.\n';
    const result = await importDocx((await parts(draft)).bytes);
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.equal(result.text, draft);
  });

  it('imports its own export back into the same draft', async () => {
    for (const name of ['examples/A-RES-73-331.unres', 'examples/A-73-L.103.unres']) {
      const draft = readShared(name);
      const result = await importDocx((await parts(draft)).bytes);
      assert.ok(result.ok, result.ok ? '' : result.error);
      // The draft's own comment is not exported, so it is not imported either. Line for line,
      // blank lines included (review finding: the masthead of the draft came back a line a group).
      assert.equal(result.text, draft.replace(/<!--[\s\S]*?-->\n\n/g, ''), name);
    }
  });

  it('imports its own export back with the paragraph numbers and labels as typed, wrong ones too: a Word file is no damaged scan (found by a review: `5.` came back as `4.`, `(ab)` as `(d)`)', async () => {
    const draft = 'The General Assembly,\n\n_Recalling_ things,\n\n1. _Decides_ that:\n\n(a) first;\n\n(c) skipped b;\n\n(ab) odd label;\n\n(iiv) odd roman;\n\n(v) after ab;\n\n3. _Decides_ with a wrong number;\n\n3. _Decides_ again with a duplicate number;\n\n10. _Notes_ the jump.\n';
    const result = await importDocx((await parts(draft)).bytes);
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.equal(result.text, draft);
  });

  it('imports the export of adopted texts back line for line: the agenda title under its item, the date under a Security Council number (review findings)', async () => {
    for (const name of ['corpus/ga-80/A_RES_80_11.md', 'corpus/sc-1946-2002/S_RES_0585_1986_EN_GOLD.txt', 'corpus/pdf-text/A_RES_80_1.txt']) {
      const imported = importResolution(readShared(name));
      assert.ok(imported.ok, name);
      const draft = imported.text;
      assert.ok(/^Agenda item \d+\n\S|^Resolution \d+ \(\d{4}\)\nof \d/m.test(draft), `${name} has the header lines this test is about`);
      const result = await importDocx((await parts(draft)).bytes);
      assert.ok(result.ok, result.ok ? '' : result.error);
      assert.equal(result.text, draft, name);
    }
  });

  it('writes only characters of XML 1.0: U+FFFE, U+FFFF, lone surrogates and C0 controls become U+FFFD (issue 8)', async () => {
    // Lone high and low surrogates, a reversed pair, and a real pair (kept) around U+FFFE and U+FFFF.
    // And C0 controls, which the library dropped, gluing the words on either side (found by a review).
    const bad = '\uFFFEa\uFFFFb\uD800c\uDC00d\uDC00\uD800e\u0001f\u{1D400}';
    const clean = '\uFFFDa\uFFFDb\uFFFDc\uFFFDd\uFFFD\uFFFDe\uFFFDf\u{1D400}';
    const draft = `Draft resolution ${bad}\n\nThe General Assembly,\n\n_Recalling_ ${bad} its resolution,[^a]\n\n1. _Decides_ to act ${bad};\n\n[^a]: A note ${bad}.\n`;
    const bytes = await toDocx(parse(draft), { creator: `Drafter ${bad}` });
    const files = unzip(bytes);
    const notXmlChar = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/u;
    for (const [name, xml] of files) assert.doesNotMatch(xml, notXmlChar, name);
    // Exactly the replacements made, and no more: bytes that are not UTF-8 would decode to extra U+FFFD.
    const replacements = (name: string) => (files.get(name)!.match(/\uFFFD/g) ?? []).length;
    assert.equal(replacements('word/document.xml'), 3 * 7);
    assert.equal(replacements('word/footnotes.xml'), 7);
    assert.equal(replacements('docProps/core.xml'), 2 * 7);
    assert.ok(files.get('docProps/core.xml')!.includes(`<dc:creator>Drafter ${clean}</dc:creator>`));
    // Word's own reader stands in: mammoth reads the file back, with the replaced text.
    const read = readMammothHtml((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value);
    const texts = read.paragraphs.map((p) => p.text);
    assert.ok(texts.some((t) => t.includes(`Draft resolution ${clean}`)), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes(`_Recalling_ ${clean} its resolution`)), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes(`to act ${clean};`)), texts.join('\n'));
    assert.deepEqual([...read.notes.values()], [`A note ${clean}.`]);
  });
});
