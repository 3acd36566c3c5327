/**
 * Headings of real texts in the export: the part labels of S/RES/161 (1961) and S/RES/101 (1953)
 * and the section headings of A/RES/80/11, imported from ../shared/corpus, printed by the .docx
 * and HTML exporters as the official layout prints them (a part label centred in bold, followed by
 * the part's own organ line; a section heading in bold at the left), in document order, never as
 * paragraphs.
 */
import assert from 'node:assert/strict';
import { toDocx, toHtml } from '../../server/src/export';
import { buildLayout, type LayoutBlock } from '../../server/src/export/layout';
import { importResolution } from '../../server/src/core/import';
import { parse } from '../../server/src/core/parser/parse';
import { unzip } from '../export/zip';
import { readShared } from './helpers';

function imported(key: string): string {
  const result = importResolution(readShared(`corpus/${key}`));
  if (!result.ok) throw new Error(`${key}: ${result.error}`);
  return result.text;
}

/** The text of a block, for comparisons. */
function textOf(b: LayoutBlock): string {
  return b.inlines.map((x) => (x.kind === 'text' ? x.text : '')).join('');
}

/** `kind:text` of the blocks that are not paragraphs or sub-paragraphs, in order. */
function skeleton(blocks: readonly LayoutBlock[]): string[] {
  return blocks.filter((b) => !['preamble', 'operative', 'subparagraph'].includes(b.kind)).map((b) => `${b.kind}:${textOf(b).slice(0, 40)}`);
}

/** The text of each `<w:p>` of document.xml with its style id. */
function wordParagraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { style, text };
  });
}

describe('headings in the export', () => {
  it('prints the parts of S/RES/161 (1961): `A` over the organ line, then `B` and the organ line again', () => {
    const layout = buildLayout(parse(imported('sc-1946-2002/S_RES_0161_1961_EN_GOLD.txt')));
    assert.deepEqual(skeleton(layout.blocks), [
      'title:161 (1961). Resolution of 21 February 19',
      'heading:A',
      'organ:The Security Council,',
      'heading:B',
      'organ:The Security Council,',
      'closing:Adopted at the 942nd meeting by 9 votes ',
    ]);
    // `B` comes after the last paragraph of part A and before the first of part B.
    const b = layout.blocks.findIndex((x) => x.kind === 'heading' && textOf(x) === 'B');
    assert.match(textOf(layout.blocks[b - 1]), /under these resolutions\.$/);
    assert.equal(layout.blocks[b + 2].kind, 'preamble');
  });

  it('prints the parts A, B, C of the operative part of S/RES/101 (1953) before their paragraphs numbered from 1', () => {
    const layout = buildLayout(parse(imported('sc-1946-2002/S_RES_0101_1953_EN_GOLD.txt')));
    const seq = layout.blocks.filter((b) => b.kind === 'heading' || b.kind === 'operative').map((b) => (b.kind === 'heading' ? textOf(b) : b.marker));
    assert.deepEqual(seq, ['A', '1.', '2.', 'B', '1.', '2.', '3.', 'C', '1.', '2.', '3.', '4.']);
  });

  it('prints the section headings of A/RES/80/11 as section headings, in HTML and in Word', async () => {
    const model = parse(imported('ga-80/A_RES_80_11.md'));
    const layout = buildLayout(model);
    const sections = layout.blocks.filter((b) => b.kind === 'sectionHeading').map(textOf);
    assert.deepEqual(sections, ['Peacebuilding Commission', 'Peacebuilding financing', 'Department of Political and Peacebuilding Affairs/Peacebuilding Support Office']);
    // No heading is printed as a paragraph.
    assert.ok(!layout.blocks.some((b) => (b.kind === 'operative' || b.kind === 'preamble') && sections.includes(textOf(b))));

    const html = toHtml(model);
    assert.match(html, /<p class="sectionHeading">Peacebuilding financing<\/p>\n<p class="operative">/);
    assert.match(html, /\.sectionHeading \{ font-weight: bold; text-align: left;/);

    const xml = unzip(await toDocx(model)).get('word/document.xml')!;
    const paras = wordParagraphs(xml);
    const i = paras.findIndex((p) => p.text === 'Peacebuilding financing');
    assert.ok(i > 0, 'the section heading is a paragraph of its own');
    assert.equal(paras[i].style, 'UNSectionHeading');
    assert.equal(paras[i + 1].style, 'UNOperative');
    const styles = unzip(await toDocx(model)).get('word/styles.xml')!;
    assert.match(styles, /w:styleId="UNSectionHeading"[\s\S]*?<w:b\/>/);
  });

  it('centres the part labels in bold, in HTML and in Word (S/RES/161 (1961))', async () => {
    const model = parse(imported('sc-1946-2002/S_RES_0161_1961_EN_GOLD.txt'));
    const html = toHtml(model);
    assert.match(html, /<p class="heading">B<\/p>\n<p class="organ">The Security Council,<\/p>/);
    assert.match(html, /\.heading \{ font-weight: bold; text-align: center;/);
    const files = unzip(await toDocx(model));
    const paras = wordParagraphs(files.get('word/document.xml')!);
    assert.deepEqual(paras.filter((p) => p.style === 'UNPartHeading').map((p) => p.text), ['A', 'B']);
    const b = paras.findIndex((p) => p.text === 'B');
    assert.equal(paras[b + 1].style, 'UNOrgan');
    assert.match(files.get('word/styles.xml')!, /w:styleId="UNPartHeading"[\s\S]*?<w:jc w:val="center"\/>[\s\S]*?<w:b\/>/);
  });
});
