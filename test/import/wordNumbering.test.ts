/**
 * Word's list numbers read from the XML of a .docx (`wordListItems`): start values, restarts,
 * instances that count on together, levels, bullets, and what is not followed.
 */
import assert from 'node:assert/strict';
import { readMammothHtml } from '../../server/src/import/docx';
import { wordListItems } from '../../server/src/import/wordNumbering';

/** A body of paragraphs: `[numId, ilvl]`, a style name, or undefined for a plain paragraph. */
function documentXml(paragraphs: readonly ([string, number] | string | undefined)[]): string {
  const body = paragraphs
    .map((p) => {
      if (p === undefined) return '<w:p><w:r><w:t>text</w:t></w:r></w:p>';
      if (typeof p === 'string') return `<w:p><w:pPr><w:pStyle w:val="${p}"/></w:pPr><w:r><w:t>text</w:t></w:r></w:p>`;
      return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${p[1]}"/><w:numId w:val="${p[0]}"/></w:numPr></w:pPr><w:r><w:t>text</w:t></w:r></w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
}

/** An abstract definition: levels as `[format, start]` (start undefined: no `w:start`). */
function abstractNum(id: string, levels: readonly [string, number | undefined][], extra = ''): string {
  const lvls = levels
    .map(([format, start], i) => `<w:lvl w:ilvl="${i}">${start === undefined ? '' : `<w:start w:val="${start}"/>`}<w:numFmt w:val="${format}"/><w:lvlText w:val="%${i + 1}."/></w:lvl>`)
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${extra}${lvls}</w:abstractNum>`;
}

function num(id: string, abstractId: string, overrides: Record<number, number> = {}): string {
  const o = Object.entries(overrides)
    .map(([level, start]) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
    .join('');
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${o}</w:num>`;
}

const numbering = (...parts: string[]) => `<w:numbering xmlns:w="w">${parts.join('')}</w:numbering>`;
const values = (items: ReturnType<typeof wordListItems>) => items?.map((i) => `${i.level}:${i.ordered ? i.value : '•'}`);

describe("Word's list numbers (wordListItems)", () => {
  it('counts each level, resetting the levels below an item', () => {
    const xml = numbering(abstractNum('0', [['decimal', 1], ['lowerLetter', 1]]), num('1', '0'));
    assert.deepEqual(values(wordListItems(documentXml([['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1]]), xml)), ['0:1', '1:1', '1:2', '0:2', '1:1']);
  });

  it('starts where the definition says, and at 1 when it says nothing', () => {
    const xml = numbering(abstractNum('0', [['decimal', 7]]), abstractNum('1', [['decimal', undefined]]), num('1', '0'), num('2', '1'));
    assert.deepEqual(values(wordListItems(documentXml([['1', 0], ['1', 0], undefined, ['2', 0], ['2', 0]]), xml)), ['0:7', '0:8', '0:1', '0:2']);
  });

  it('counts on across a plain paragraph and across instances of one definition; an override restarts at its first paragraph only', () => {
    const xml = numbering(abstractNum('0', [['decimal', 1]]), num('1', '0'), num('2', '0'), num('3', '0', { 0: 1 }));
    const doc = documentXml([['1', 0], ['1', 0], undefined, ['2', 0], ['3', 0], ['3', 0], ['1', 0]]);
    assert.deepEqual(values(wordListItems(doc, xml)), ['0:1', '0:2', '0:3', '0:1', '0:2', '0:3']);
  });

  it('marks bullets, and leaves out paragraphs whose numbering is switched off or names nothing', () => {
    const xml = numbering(abstractNum('0', [['bullet', 1], ['none', 1]]), abstractNum('1', [['decimal', 1]]), num('1', '0'), num('2', '1'));
    const doc = documentXml([['1', 0], ['0', 0], ['9', 0], ['2', 0], ['1', 1], ['2', 3]]);
    assert.deepEqual(values(wordListItems(doc, xml)), ['0:•', '0:1', '1:•']);
  });

  it("reads a paragraph style's numbering, and not the old numbering of a tracked change", () => {
    const xml = numbering(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:pStyle w:val="OpPara"/></w:lvl></w:abstractNum>`, num('1', '0'));
    const changed = '<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:p>';
    const doc = documentXml(['OpPara', 'OpPara', undefined]).replace('</w:body>', `${changed}</w:body>`);
    assert.deepEqual(values(wordListItems(doc, xml)), ['0:3', '0:4']);
  });

  it('gives up where it cannot follow Word: a numbering style link, numbered paragraphs without numbering.xml', () => {
    const linked = numbering(abstractNum('0', [], '<w:numStyleLink w:val="Legal"/>'), num('1', '0'));
    assert.equal(wordListItems(documentXml([['1', 0]]), linked), undefined);
    assert.equal(wordListItems(documentXml([['1', 0]]), undefined), undefined);
    assert.deepEqual(wordListItems(documentXml([undefined, undefined]), undefined), []);
  });

  it('gives up on a start no resolution has (0, negative, a hostile 999999999 that made a label of millions of letters)', () => {
    for (const start of [0, -30, 999_999_999]) {
      const xml = numbering(abstractNum('0', [['decimal', 1], ['lowerLetter', start]]), num('1', '0'));
      assert.equal(wordListItems(documentXml([['1', 0], ['1', 1]]), xml), undefined, `start ${start}`);
    }
  });

  it("follows w:lvlRestart (0: the level below never restarts) and an override's whole level (its start restarts the level)", () => {
    const never = numbering(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlRestart w:val="0"/></w:lvl></w:abstractNum>`, num('1', '0'));
    assert.deepEqual(values(wordListItems(documentXml([['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1]]), never)), ['0:1', '1:1', '1:2', '0:2', '1:3']);
    const whole = numbering(abstractNum('0', [['decimal', 1]]), '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/></w:lvl></w:lvlOverride></w:num>');
    assert.deepEqual(values(wordListItems(documentXml([['1', 0], ['1', 0], ['2', 0], ['2', 0]]), whole)), ['0:1', '0:2', '0:5', '0:6']);
  });

  it("leaves out what mammoth leaves out: a paragraph whose mark is a tracked deletion (joined to the next), a drawing's first alternative", () => {
    const xml = numbering(abstractNum('0', [['decimal', 1]]), num('1', '0'));
    const deleted = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="7" w:author="A"/></w:rPr></w:pPr><w:del w:id="8" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>';
    const choice = '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    const doc = documentXml([['1', 0]]).replace('</w:body>', `${deleted}${choice}</w:body>`);
    assert.deepEqual(values(wordListItems(doc, xml)), ['0:1', '0:2']);
    // The source of a tracked move: mammoth's (empty) item, neither printed nor counted by Word.
    const moved = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:moveFrom w:id="1" w:author="A"/></w:rPr></w:pPr><w:moveFrom w:id="2" w:author="A"><w:r><w:t>Moved</w:t></w:r></w:moveFrom></w:p>';
    const withMove = documentXml([['1', 0]]).replace('</w:body>', `${moved}${documentXml([['1', 0]]).match(/<w:p>.*<\/w:p>/)![0]}</w:body>`);
    assert.deepEqual(wordListItems(withMove, xml)?.map((i) => (i.printed ? i.value : '-')), [1, '-', 2]);
  });

  it("marks an item of a numbered style whose paragraph switches numbering off (mammoth's item, Word's unnumbered paragraph)", () => {
    const xml = numbering(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="OpPara"/></w:lvl></w:abstractNum>`, num('1', '0'));
    const off = '<w:p><w:pPr><w:pStyle w:val="OpPara"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:p>';
    const doc = documentXml(['OpPara']).replace('</w:body>', `${off}${documentXml(['OpPara']).match(/<w:p>.*<\/w:p>/)![0]}</w:body>`);
    assert.deepEqual(wordListItems(doc, xml)?.map((i) => (i.printed ? i.value : '-')), [1, '-', 2]);
    const html = '<ol><li>First</li><li>Not numbered</li><li>Second</li></ol>';
    assert.deepEqual(readMammothHtml(html, wordListItems(doc, xml)).paragraphs.map((p) => p.text), ['1. First', 'Not numbered', '2. Second']);
  });

  // Its patterns are checked for linear time by the ReDoS suite (test/redos).
  it('takes broken or hostile XML without throwing', () => {
    const xml = numbering(abstractNum('0', [['decimal', 1]]), num('1', '0'));
    for (const doc of ['', '<', '<w:p', '<w:p><w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/>', documentXml([['1', 0]]).slice(0, 120)]) {
      assert.doesNotThrow(() => wordListItems(doc, xml));
      assert.doesNotThrow(() => wordListItems(xml, doc));
    }
    assert.deepEqual(wordListItems('<w:p '.repeat(20_000) + '<'.repeat(20_000), '<w:lvl w:ilvl="0"'.repeat(10_000)), []);
  });

  it("numbers mammoth's list items with Word's numbers only when they line up one for one", () => {
    const html = '<ol><li>First</li><li>Second<ol><li>Inner</li></ol></li></ol><ul><li>Bullet</li></ul>';
    const item = (level: number, value: number, ordered = true) => ({ level, value, ordered, printed: true });
    const lined = readMammothHtml(html, [item(0, 5), item(0, 6), item(1, 3), item(0, 1, false)]);
    assert.ok(lined.wordNumbers);
    assert.deepEqual(lined.paragraphs.map((p) => p.text), ['5. First', '6. Second', '(c) Inner', 'Bullet']);
    // One item short, or a bullet where mammoth has a number: not lined up (the importer then counts).
    assert.ok(!readMammothHtml(html, [item(0, 5), item(0, 6), item(1, 3)]).wordNumbers);
    assert.ok(!readMammothHtml(html, [item(0, 5), item(0, 6, false), item(1, 3), item(0, 1, false)]).wordNumbers);
    assert.deepEqual(readMammothHtml(html).paragraphs.map((p) => p.text), ['1. First', '2. Second', '(a) Inner', 'Bullet']);
  });

  it('writes no label past 9999 when it counts (second review: 150,000 sub-items of a 57 kB file made labels of thousands of letters)', () => {
    const html = `<ol><li>Decides:<ol>${'<li>x;</li>'.repeat(10_001)}</ol></li></ol>`;
    const texts = readMammothHtml(html).paragraphs.map((p) => p.text);
    assert.equal(texts.length, 10_002);
    assert.match(texts[9999], /^\([a-z]+\) x;$/);
    assert.equal(texts[10_001], 'x;');
  });
});
