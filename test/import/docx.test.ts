/**
 * The .docx importer (mammoth) on Word files made in the test with the `docx` package: italics kept,
 * real footnotes as `[^n]` with their texts, a superscript number that repeats a footnote, and the
 * one-line errors for files that are not Word documents or not resolutions.
 */
import assert from 'node:assert/strict';
import { AlignmentType, Document, EndnoteReferenceRun, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { parse } from '../../server/src/core/parser/parse';
import { importDocx } from '../../server/src/import/docx';
import { errors, lint } from './helpers';

/** A paragraph from runs written as `‹italic›`, `{n}` (a footnote reference) and `^n` (a superscript) inside plain text. */
function para(source: string): Paragraph {
  const children: (TextRun | FootnoteReferenceRun)[] = [];
  const re = /‹([^›]+)›|\{(\d+)\}|\^(-?\d+)|([^‹{^]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    if (m[1] !== undefined) children.push(new TextRun({ text: m[1], italics: true }));
    else if (m[2] !== undefined) children.push(new FootnoteReferenceRun(Number(m[2])));
    else if (m[3] !== undefined) children.push(new TextRun({ text: m[3], superScript: true }));
    else children.push(new TextRun(m[4]));
  }
  return new Paragraph({ children });
}

async function docxOf(paragraphs: string[], footnotes: Record<number, string> = {}): Promise<Uint8Array> {
  const notes: Record<string, { children: Paragraph[] }> = {};
  for (const [id, text] of Object.entries(footnotes)) notes[id] = { children: [para(text)] };
  const doc = new Document({ footnotes: notes, sections: [{ children: paragraphs.map(para) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('import of .docx files', () => {
  it('keeps italics, real footnotes and a superscript re-citation', async () => {
    const bytes = await docxOf(
      [
        'Seventy-third session',
        'Agenda item 128 (t)',
        'Resolution adopted by the General Assembly on 25 July 2019',
        '[without reference to a Main Committee (A/73/L.103)]',
        '73/331. Cooperation between the United Nations and the Collective Security Treaty Organization',
        'The General Assembly,',
        '‹Having considered ›the report of the Secretary-General on cooperation,{1}',
        '‹Stressing› the importance of the United Nations Global Counter-Terrorism Strategy{2} and relevant resolutions,',
        '1.\t‹Takes note with appreciation› of the report,^1 and ‹acknowledges› in particular the interaction;',
        '2.\t‹Decides› to include in the provisional agenda of its seventy-fifth session the sub-item entitled “Cooperation”.',
        '101st plenary meeting',
        '25 July 2019',
      ],
      { 1: 'A/73/328–S/2018/592.', 2: 'See ‹Official Records of the General Assembly›, resolution 60/288.' },
    );
    const result = await importDocx(bytes);
    assert.ok(result.ok, result.ok ? '' : result.error);
    const text = result.text;
    // The space that Word had inside the italics goes outside them.
    assert.match(text, /^_Having considered_ the report of the Secretary-General on cooperation,\[\^1\]$/m);
    assert.match(text, /Counter-Terrorism Strategy\[\^2\] and relevant resolutions,$/m);
    // Italics come from the document as they are (secondary verb included): none added, none lost.
    assert.match(text, /^1\. _Takes note with appreciation_ of the report,\[\^1\] and _acknowledges_ in particular the interaction;$/m);
    assert.match(text, /^\[\^1\]: A\/73\/328–S\/2018\/592\.$/m);
    assert.match(text, /^\[\^2\]: See _Official Records of the General Assembly_, resolution 60\/288\.$/m);
    assert.match(text, /^101st plenary meeting\n25 July 2019$/m);
    assert.deepEqual(errors(text).map((d) => `${d.ruleId}: ${d.message}`), []);
  });

  it('keeps a superscript number that names no footnote as a superscript digit, and makes footnote texts typed by hand footnotes (review finding: `km²` became `km[^2]`)', async () => {
    const bytes = await docxOf([
      'The General Assembly,',
      '‹Recalling› the Strategy,^1',
      '1.\t‹Decides› to protect 300 km^2 of forest and 10^12 trees;',
      '2.\t‹Requests› a report.^1',
      '^1 Resolution 60/288.',
    ]);
    const result = await importDocx(bytes);
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /^_Recalling_ the Strategy,\[\^1\]$/m);
    assert.match(result.text, /^1\. _Decides_ to protect 300 km² of forest and 10¹² trees;$/m);
    assert.match(result.text, /^2\. _Requests_ a report\.\[\^1\]$/m);
    assert.match(result.text, /^\[\^1\]: Resolution 60\/288\.$/m);
    assert.deepEqual(result.notes.map((n) => n.message).filter((m) => /superscript/.test(m)), [
      '1 footnote text(s) typed as paragraphs (opening with a superscript number that the text cites) became footnotes.',
      '2 superscript number(s) that name no footnote were kept as superscript digits (such as km²); make any that should cite a footnote a [^n] reference.',
    ]);
    // A paragraph that opens with a superscript number nothing cited before stays a paragraph.
    const uncited = await importDocx(await docxOf(['The General Assembly,', '1.\t‹Decides› to act.', '^3 A note nothing cites.']));
    assert.ok(uncited.ok && /^³ A note nothing cites\.$/m.test(uncited.text) && !/\[\^3\]/.test(uncited.text), uncited.ok ? uncited.text : uncited.error);
  });

  it("reads a superscript number as a re-citation only of a footnote already printed with that number (review findings: `km²` cited a footnote, Word's note ids were taken for printed numbers)", async () => {
    const bytes = await docxOf(
      [
        'The General Assembly,',
        '‹Recalling› its resolution 60/1,{5}',
        '1.\t‹Decides› to protect 3.6 million km^2 of ocean, as in resolution 60/1,^1 and resolution 61/2;{7}',
        '2.\t‹Requests› a report, as in resolution 61/2^2 and in 10^-3 of cases^12345.',
        '3.\t‹Notes› the 120 km^2 and 5,000 m^3 of water, 3km^2 of land at 2 kg/m^3, the programme^2 and the programme of work,^2 a form^2, the draft^2, an item^2 and a room^3;',
      ],
      { 5: 'Resolution 60/1.', 7: 'Resolution 61/2, with 100 m^2 of land.' },
    );
    const result = await importDocx(bytes);
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /^_Recalling_ its resolution 60\/1,\[\^1\]$/m);
    assert.match(result.text, /^1\. _Decides_ to protect 3\.6 million km² of ocean, as in resolution 60\/1,\[\^1\] and resolution 61\/2;\[\^2\]$/m);
    assert.match(result.text, /^2\. _Requests_ a report, as in resolution 61\/2\[\^2\] and in 10⁻³ of cases¹²³⁴⁵\.$/m);
    // After footnote 2 is printed, a square or cube of a unit of length is still a power (issue 5
    // note: `km²` after footnote 2 cited it); a word that merely ends in `m` is not a unit.
    assert.match(result.text, /^3\. _Notes_ the 120 km² and 5,000 m³ of water, 3km² of land at 2 kg\/m³, the programme\[\^2\] and the programme of work,\[\^2\] a form\[\^2\], the draft\[\^2\], an item\[\^2\] and a room³;$/m);
    assert.match(result.text, /^\[\^1\]: Resolution 60\/1\.$/m);
    // Inside a footnote a superscript number is always a superscript.
    assert.match(result.text, /^\[\^2\]: Resolution 61\/2, with 100 m² of land\.$/m);
  });

  it('keeps an empty footnote its number, and a list inside a footnote in the footnote (second review: another reference took its number; the list items after the first became body paragraphs)', async () => {
    const listed = new Document({
      numbering: { config: [{ reference: 'points', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', start: 1, alignment: AlignmentType.START }] }] },
      footnotes: {
        1: { children: [new Paragraph('')] },
        2: { children: [new Paragraph('Note Y.')] },
        3: { children: [new Paragraph('Intro of the note:'), new Paragraph({ numbering: { reference: 'points', level: 0 }, children: [new TextRun('first point;')] }), new Paragraph({ numbering: { reference: 'points', level: 0 }, children: [new TextRun('second point.')] }), new Paragraph('Tail of the note.')] },
      },
      sections: [{ children: [para('The General Assembly,'), para('‹Recalling› X{1} and Y{2},'), para('1.\t‹Decides› to act,{3}'), para('2.\t‹Requests› a report.')] }],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(listed)));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /^_Recalling_ X\[\^1\] and Y\[\^2\],$/m);
    assert.match(result.text, /^\[\^2\]: Note Y\.$/m);
    assert.match(result.text, /^\[\^3\]: Intro of the note: \(a\) first point; \(b\) second point\. Tail of the note\.$/m);
    assert.match(result.text, /^2\. _Requests_ a report\.$/m);
    assert.doesNotMatch(result.text, /^\(b\)|^Tail/m);
  });

  it('reads footnotes typed by hand that an annex numbers from 1 again, and one in italics (second review findings)', async () => {
    const sup = (n: string, italics = false) => new TextRun({ text: n, superScript: true, italics });
    const doc = new Document({
      sections: [
        {
          children: [
            para('The General Assembly,'),
            new Paragraph({ children: [new TextRun({ text: 'Recalling', italics: true }), new TextRun(' resolution 60/1'), sup('1'), new TextRun(',')] }),
            para('1.\t‹Decides› to act.'),
            new Paragraph({ children: [sup('1'), new TextRun(' Resolution 60/1.')] }),
            para('Annex'),
            new Paragraph({ children: [new TextRun('Recalling resolution 61/5'), sup('1'), new TextRun(' and resolution 62/7'), sup('2'), new TextRun(',')] }),
            new Paragraph({ children: [sup('1'), new TextRun(' Resolution 61/5.')] }),
            new Paragraph({ children: [sup('2', true), new TextRun({ text: ' Resolution 62/7.', italics: true })] }),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /^_Recalling_ resolution 60\/1\[\^1\],$/m);
    assert.match(result.text, /^Recalling resolution 61\/5\[\^2\] and resolution 62\/7\[\^3\],$/m);
    assert.match(result.text, /^\[\^1\]: Resolution 60\/1\.\n\[\^2\]: Resolution 61\/5\.\n\[\^3\]: _Resolution 62\/7\._$/m);
  });

  it('reads a number in the text of a Word file as text, never as a footnote indicator (a quoted `" 2. Calls upon` became `"[^2]. Calls upon` on a round trip of S/RES/501)', async () => {
    const bytes = await docxOf(['Resolution 501 (1982)', 'of 25 February 1982', 'The Security Council,', '‹Recalling› its resolution 425 (1978),{1} and the report,{2}', '1.\t‹Decides› to recall its decision:', '" 2. Calls upon Israel to withdraw;"', '2.\t‹Requests› a report, 2 and more.'], { 1: 'Resolution 425 (1978).', 2: 'Document S/14875.' });
    const result = await importDocx(bytes);
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /^" 2\. Calls upon Israel to withdraw;"$/m);
    assert.match(result.text, /^2\. _Requests_ a report, 2 and more\.$/m);
    assert.equal((result.text.match(/\[\^2\]/g) ?? []).length, 2, result.text);
  });

  it('adds opener italics to a Word document that has none', async () => {
    const bytes = await docxOf(['The General Assembly,', 'Recalling its resolution 60/288,', '1. Decides to remain seized of the matter.']);
    const result = await importDocx(bytes);
    assert.ok(result.ok);
    assert.match(result.text, /^_Recalling_ its resolution 60\/288,$/m);
    assert.match(result.text, /^1\. _Decides_ to remain seized of the matter\.$/m);
  });

  it('drops the underscores and stars a Word text could mean as italics marks, and keeps the others as text', async () => {
    const bytes = await docxOf(['The General Assembly,', 'Recalling its resolution 60/288 and document S/2002/914*, the file *name_x_y*, the variable MAX_LEN, a weight of 2 * 3 and the Department of Safety_and_Security, _noted_ by Austria,* Chile,']);
    const result = await importDocx(bytes);
    assert.ok(result.ok);
    // By the flanking rules (format.md, 11): a `_` that could open or close italics goes, one that
    // can do neither is text (review finding: `MAX_LEN` became `MAX LEN`); a `*` stays after a word
    // (the reissue star of a symbol) and between spaces (`2 * 3`), and goes elsewhere (`,*`).
    assert.match(result.text, /S\/2002\/914\*, the file name_x_y\*, the variable MAX_LEN, a weight of 2 \* 3 and the Department of Safety_and_Security, noted by Austria, Chile,$/m);
    assert.deepEqual(errors(result.text).filter((d) => d.ruleId === 'syntax'), []);
  });

  it('makes Word endnotes footnotes, numbered with them by their references (review finding: an endnote became `[4]`, an empty paragraph and a heading)', async () => {
    const runs = (...children: (TextRun | FootnoteReferenceRun | EndnoteReferenceRun)[]) => new Paragraph({ children });
    const doc = new Document({
      footnotes: { 1: { children: [para('See resolution 73/331.')] } },
      endnotes: { 1: { children: [para('An endnote text.')] } },
      sections: [
        {
          children: [
            para('The General Assembly,'),
            runs(new TextRun({ text: 'Recalling', italics: true }), new TextRun(' its resolution 73/331,'), new FootnoteReferenceRun(1)),
            runs(new TextRun({ text: 'Noting', italics: true }), new TextRun(' the report of the Secretary-General,'), new EndnoteReferenceRun(1)),
            para('1. ‹Decides› to remain seized of the matter.'),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /^_Recalling_ its resolution 73\/331,\[\^1\]$/m);
    assert.match(result.text, /^_Noting_ the report of the Secretary-General,\[\^2\]$/m);
    assert.match(result.text, /^1\. _Decides_ to remain seized of the matter\.$/m);
    assert.match(result.text, /^\[\^1\]: See resolution 73\/331\.\n\[\^2\]: An endnote text\.$/m);
    assert.doesNotMatch(result.text, /↑|\[\d\]/);
    assert.ok(result.notes.some((n) => n.severity === 'info' && /^1 Word endnote\(s\) became footnotes/.test(n.message)), JSON.stringify(result.notes));
    assert.deepEqual(errors(result.text).filter((d) => d.ruleId.startsWith('footnote') || d.ruleId === 'syntax'), []);
  });

  it('reads a line break before a dashed item after a colon or another item as a line of the list, and one before a dash in mid-sentence as a space (S/RES/757 (1992), S/RES/283 (1970))', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            para('The Security Council,'),
            new Paragraph({ children: [new TextRun({ text: 'Deploring', italics: true }), new TextRun({ text: ' that its demands have not been complied with, including its demands that:' }), new TextRun({ text: '- All parties stop the fighting immediately, and', break: 1 }), new TextRun({ text: '- All forms of interference cease immediately,', break: 1 })] }),
            new Paragraph({ children: [new TextRun('1. '), new TextRun({ text: 'Requests', italics: true }), new TextRun(' all States to refrain from any relations'), new TextRun({ text: '— diplomatic, consular or otherwise — with the authorities;', break: 1 })] }),
            new Paragraph({ children: [new TextRun('2. '), new TextRun({ text: 'Decides', italics: true }), new TextRun(' to remain seized of the matter.')] }),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /^_Deploring_ that its demands have not been complied with, including its demands that:\n- All parties stop the fighting immediately, and\n- All forms of interference cease immediately,$/m);
    assert.match(result.text, /^1\. _Requests_ all States to refrain from any relations — diplomatic, consular or otherwise — with the authorities;$/m);
    assert.deepEqual(lint(result.text).map((d) => d.ruleId), []);
  });

  it('keeps a star or an underscore that cannot mark italics, and a blank to fill in (review finding: `2*3=6` became `23=6`)', async () => {
    const bytes = await docxOf(['The General Assembly,', 'Noting that 2*3=6, that a*b*c holds, the date of ____ July 2026, the session on __ July and the words and ___,']);
    const result = await importDocx(bytes);
    assert.ok(result.ok);
    assert.match(result.text, /^_Noting_ that 2\*3=6, that a\*b\*c holds, the date of ____ July 2026, the session on __ July and the words and ___,$/m);
    assert.deepEqual(errors(result.text).filter((d) => d.ruleId === 'syntax'), []);
    // The parser reads them as text too: no italics or underline in the draft but the opener's.
    const model = parse(result.text);
    assert.deepEqual(model.emphases.map((e) => result.text.slice(e.span.start, e.span.end)), ['_Noting_']);
  });

  it('keeps the numbers of Word\'s automatic numbering: 1. for paragraphs, (a) (i) a. below, on across an interrupted list (review finding: they were lost)', async () => {
    const level = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level, format, text, alignment: AlignmentType.START });
    const numbered = (depth: number, ...runs: TextRun[]) => new Paragraph({ numbering: { reference: 'op', level: depth }, children: runs });
    const doc = new Document({
      numbering: { config: [{ reference: 'op', levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '(%2)'), level(2, LevelFormat.LOWER_ROMAN, '(%3)'), level(3, LevelFormat.LOWER_LETTER, '%4.')] }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('The General Assembly,')] }),
            new Paragraph({ children: [new TextRun({ text: 'Recalling', italics: true }), new TextRun(' its resolution 59/50,')] }),
            numbered(0, new TextRun({ text: 'Decides', italics: true }), new TextRun(' that:')),
            numbered(1, new TextRun('The programme shall include:')),
            numbered(2, new TextRun('Training, in particular:')),
            numbered(3, new TextRun('Courses for judges;')),
            numbered(2, new TextRun('Research;')),
            numbered(1, new TextRun('The report shall be submitted;')),
            new Paragraph({ children: [new TextRun('A heading between paragraphs')] }),
            numbered(0, new TextRun({ text: 'Requests', italics: true }), new TextRun(' the Secretary-General to report.')),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /\n1\. _Decides_ that:\n\n\(a\) The programme shall include:\n\n\(i\) Training, in particular:\n\na\. Courses for judges;\n\n\(ii\) Research;\n\n\(b\) The report shall be submitted;\n/);
    assert.match(result.text, /\n2\. _Requests_ the Secretary-General to report\.\n/);
  });

  it("reads Word's start values: a list that starts at 7, and one restarted at 1 in an annex (they were numbered on: 1, 2, … across the annex)", async () => {
    const level = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) => ({ level, format, text, start, alignment: AlignmentType.START });
    const numbered = (reference: string, instance: number, depth: number, ...runs: TextRun[]) => new Paragraph({ numbering: { reference, level: depth, instance }, children: runs });
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'op', levels: [level(0, LevelFormat.DECIMAL, '%1.', 7), level(1, LevelFormat.LOWER_LETTER, '(%2)')] },
          { reference: 'annex', levels: [level(0, LevelFormat.DECIMAL, '%1.')] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('The General Assembly,')] }),
            new Paragraph({ children: [new TextRun({ text: 'Recalling', italics: true }), new TextRun(' its resolution 59/50,')] }),
            numbered('op', 1, 0, new TextRun({ text: 'Decides', italics: true }), new TextRun(' that:')),
            numbered('op', 1, 1, new TextRun('The programme shall include training;')),
            numbered('op', 1, 1, new TextRun('The report shall be submitted;')),
            numbered('op', 1, 0, new TextRun({ text: 'Requests', italics: true }), new TextRun(' the Secretary-General to report.')),
            new Paragraph({ children: [new TextRun('Annex')] }),
            new Paragraph({ children: [new TextRun('Declaration on the matter')] }),
            numbered('annex', 1, 0, new TextRun('We, the Heads of State, meet here.')),
            numbered('annex', 1, 0, new TextRun('We reaffirm our commitment.')),
            // Restarted (a new instance of the same list, with Word's start override: the list's start, 1).
            numbered('annex', 2, 0, new TextRun('An item restarted.')),
            // A new instance of the list that starts at 7 starts again at 7.
            numbered('op', 2, 0, new TextRun('Another item restarted.')),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /\n7\. _Decides_ that:\n\n\(a\) The programme shall include training;\n\n\(b\) The report shall be submitted;\n\n8\. _Requests_ the Secretary-General to report\.\n/);
    assert.match(result.text, /\n1\. We, the Heads of State, meet here\.\n\n2\. We reaffirm our commitment\.\n\n1\. An item restarted\.\n\n7\. Another item restarted\.\n/);
    assert.ok(!result.notes.some((n) => /list numbers could not be read/.test(n.message)));
  });

  it("lines Word's items up with mammoth's across an empty numbered paragraph and a sub-list after a plain paragraph (review finding: both fell back to counting)", async () => {
    const levels = [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.START },
      { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', start: 1, alignment: AlignmentType.START },
    ];
    const numbered = (depth: number, ...runs: TextRun[]) => new Paragraph({ numbering: { reference: 'op', level: depth }, children: runs });
    const doc = new Document({
      numbering: { config: [{ reference: 'op', levels }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('The General Assembly,')] }),
            numbered(0, new TextRun({ text: 'Decides', italics: true }), new TextRun(' one;')),
            // Word prints "2." on an empty line: the number is used, the draft gets no paragraph.
            numbered(0),
            numbered(0, new TextRun({ text: 'Decides', italics: true }), new TextRun(' three, as follows:')),
            new Paragraph({ children: [new TextRun('to be read as follows:')] }),
            numbered(1, new TextRun('The first point;')),
            numbered(1, new TextRun('The second point;')),
            numbered(0, new TextRun({ text: 'Requests', italics: true }), new TextRun(' a report.')),
            // An empty numbered paragraph right before a sub-item (mammoth: `<ol><li><ol>`, second review).
            numbered(0),
            numbered(1, new TextRun('A point under an empty paragraph;')),
            numbered(0, new TextRun({ text: 'Takes note', italics: true }), new TextRun(' of the report.')),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /\n1\. _Decides_ one;\n\n3\. _Decides_ three, as follows:/);
    assert.match(result.text, /\n\(a\) The first point;\n\n\(b\) The second point;\n\n4\. _Requests_ a report\.\n/);
    assert.match(result.text, /\n\(a\) A point under an empty paragraph;\n\n6\. _Takes note_ of the report\.\n/);
    assert.doesNotMatch(result.text, /^2\.\s*$/m);
    assert.ok(!result.notes.some((n) => /list numbers could not be read/.test(n.message)), JSON.stringify(result.notes));
  });

  it("counts the list items, and says so, where Word's numbers cannot be read from the file", async () => {
    const numberedDoc = new Document({
      numbering: { config: [{ reference: 'op', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 4, alignment: AlignmentType.START }] }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('The General Assembly,')] }),
            new Paragraph({ numbering: { reference: 'op', level: 0 }, children: [new TextRun({ text: 'Decides', italics: true }), new TextRun(' to act.')] }),
            new Paragraph({ numbering: { reference: 'op', level: 0 }, children: [new TextRun({ text: 'Requests', italics: true }), new TextRun(' a report.')] }),
          ],
        },
      ],
    });
    // The main part under another name (the package's relationships say where it is): mammoth
    // follows them, the reading of Word's numbers looks for word/document.xml only.
    const parts = unzipSync(new Uint8Array(await Packer.toBuffer(numberedDoc)));
    const moved: Record<string, Uint8Array> = {};
    const text = (b: Uint8Array) => new TextDecoder().decode(b);
    for (const [name, data] of Object.entries(parts)) {
      if (name === 'word/document.xml') moved['word/main.xml'] = data;
      else if (name === '_rels/.rels' || name === '[Content_Types].xml') moved[name] = new TextEncoder().encode(text(data).replace('word/document.xml', 'word/main.xml'));
      else if (name === 'word/_rels/document.xml.rels') moved['word/_rels/main.xml.rels'] = data;
      else moved[name] = data;
    }
    const result = await importDocx(zipSync(moved));
    assert.ok(result.ok, result.ok ? '' : result.error);
    assert.match(result.text, /\n1\. _Decides_ to act\.\n\n2\. _Requests_ a report\.\n/);
    assert.ok(result.notes.some((n) => n.severity === 'info' && /list numbers could not be read/.test(n.message)));
    // A start no resolution has (review finding: 999999999 made a label of millions of letters, or ran out of memory): counted, with the note.
    const hostile = new Document({
      numbering: { config: [{ reference: 'op', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.START }, { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', start: 999_999_999, alignment: AlignmentType.START }] }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('The General Assembly,')] }),
            new Paragraph({ numbering: { reference: 'op', level: 0 }, children: [new TextRun({ text: 'Decides', italics: true }), new TextRun(' that:')] }),
            new Paragraph({ numbering: { reference: 'op', level: 1 }, children: [new TextRun('The first point;')] }),
            new Paragraph({ numbering: { reference: 'op', level: 0 }, children: [new TextRun({ text: 'Requests', italics: true }), new TextRun(' a report.')] }),
          ],
        },
      ],
    });
    const counted = await importDocx(new Uint8Array(await Packer.toBuffer(hostile)));
    assert.ok(counted.ok && /\n1\. _Decides_ that:\n\n\(a\) The first point;\n\n2\. _Requests_ a report\.\n/.test(counted.text), counted.ok ? counted.text : counted.error);
    assert.ok(counted.notes.some((n) => /list numbers could not be read/.test(n.message)));
    // As built, the same file keeps Word's numbers (the list starts at 4), with no such note.
    const direct = await importDocx(new Uint8Array(await Packer.toBuffer(numberedDoc)));
    assert.ok(direct.ok && /\n4\. _Decides_ to act\.\n\n5\. _Requests_ a report\.\n/.test(direct.text) && !direct.notes.some((n) => /list numbers/.test(n.message)));
  });

  it('refuses, in one line, what is not a Word file or not a resolution', async () => {
    for (const [bytes, pattern] of [
      [new Uint8Array(0), /empty/],
      [new TextEncoder().encode('The General Assembly,\n'), /not a \.docx file/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), /could not be read/],
    ] as const) {
      const result = await importDocx(bytes);
      assert.ok(!result.ok);
      if (!result.ok) {
        assert.match(result.error, pattern);
        assert.doesNotMatch(result.error, /\n/);
      }
    }
    const letter = await importDocx(await docxOf(['Dear colleague,', 'Thank you for your letter.']));
    assert.ok(!letter.ok && /does not look like a resolution/.test(letter.error));
  });
});
