/**
 * A .docx that inflates to far more than any resolution (a zip bomb: a few hundred kB that become
 * gigabytes) is refused in one line before mammoth reads it, even when the archive lies about the
 * sizes of its parts; a real Word file passes the check.
 */
import assert from 'node:assert/strict';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { elementsBeyond, importDocx, StartTags, inflatesBeyond, MAX_INFLATED_BYTES, MAX_XML_ELEMENTS } from '../../server/src/import/docx';

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('The General Assembly,')] }), new Paragraph({ children: [new TextRun({ text: 'Recalling', italics: true }), new TextRun(' its resolution 59/50 of 2 December 2004,')] }), new Paragraph('1. Decides to remain seized of the matter.')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The parts of a real .docx, plus one that inflates to `size` bytes of zeros. */
async function bomb(size: number): Promise<Uint8Array> {
  const parts = unzipSync(await realDocx());
  return zipSync({ ...parts, 'word/media/padding.bin': new Uint8Array(size) }, { level: 9 });
}

/** The archive with the declared uncompressed size of every part set to 1 byte (local headers and central directory). */
function lyingSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 30 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 1, true);
    else if (signature === 0x02014b50 && i + 46 <= out.length) view.setUint32(i + 24, 1, true);
  }
  return out;
}

describe('.docx import: a file that inflates beyond any resolution is refused', () => {
  it('a real Word file passes the check and imports', async () => {
    const data = await realDocx();
    assert.equal(inflatesBeyond(data, MAX_INFLATED_BYTES), false);
    const r = await importDocx(data);
    assert.ok(r.ok, r.ok ? '' : r.error);
  });

  it('refuses a zip bomb in one line, without inflating it all', async () => {
    const data = await bomb(MAX_INFLATED_BYTES + 20_000_000);
    assert.ok(data.byteLength < 1_000_000, `the bomb is ${data.byteLength} bytes`);
    const start = performance.now();
    const r = await importDocx(data);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.match(r.error, /inflates to more than 100 MB/);
      assert.ok(!r.error.includes('\n'), 'one line');
    }
    assert.ok(performance.now() - start < 20_000, 'refused quickly');
  });

  it('refuses it when the archive declares its parts 1 byte long', async () => {
    const data = lyingSizes(await bomb(MAX_INFLATED_BYTES + 20_000_000));
    assert.equal(inflatesBeyond(data, MAX_INFLATED_BYTES), true);
    const r = await importDocx(data);
    assert.equal(r.ok, false);
  });

  it('a file the check cannot read is left to mammoth, which reports it in one line', async () => {
    const data = (await realDocx()).slice(0, 200);
    assert.equal(inflatesBeyond(data, MAX_INFLATED_BYTES), false);
    const r = await importDocx(data);
    assert.equal(r.ok, false);
    if (!r.ok) assert.ok(!r.error.includes('\n'));
  });

  it('refuses, in one line, a file of more XML elements than mammoth can read in reasonable time and memory (a hostile file of 150,000 list items took 30 s and 2.7 GB)', async () => {
    const parts = unzipSync(await realDocx());
    // Paragraphs of varied text, which deflate less: the parts inflate in many pieces, and tags
    // open at the ends of some.
    const paragraph = (i: number) => `<w:p><w:r><w:t>${((i * 2654435761) % 2 ** 32).toString(36)};</w:t></w:r></w:p>`;
    const count = (bytes: Uint8Array) => (new TextDecoder().decode(bytes).match(/<[A-Za-z]/g) ?? []).length;
    const withParagraphs = (n: number) => {
      const xml = new TextDecoder().decode(parts['word/document.xml']).replace('<w:body>', `<w:body>${Array.from({ length: n }, (_, i) => paragraph(i)).join('')}`);
      return zipSync({ ...parts, 'word/document.xml': new TextEncoder().encode(xml) });
    };
    // Paragraphs of 3 elements (start tags), one more than the limit takes.
    const hostile = withParagraphs(Math.floor(MAX_XML_ELEMENTS / 3) + 1);
    const r = await importDocx(hostile);
    assert.ok(!r.ok && r.error === "The file holds more than 400,000 XML elements, as a document of some 14,000 paragraphs does; a resolution's .docx has far fewer (save it from Word as Plain Text and import that instead).", r.ok ? 'imported' : r.error);
    // The count is exact, across the chunks the parts inflate in (a tag may open at the end of one).
    const all = unzipSync(hostile);
    const elements = Object.entries(all).reduce((n, [name, bytes]) => n + (/\.(?:xml|rels)$/.test(name) ? count(bytes) : 0), 0);
    assert.equal(elementsBeyond(hostile, elements), false);
    assert.equal(elementsBeyond(hostile, elements - 1), true);
    // A large real draft passes: a thousand paragraphs of the same kind and more.
    assert.equal(elementsBeyond(withParagraphs(1000), MAX_XML_ELEMENTS), false);
  });

  it('counts the start tags of XML read in pieces, a tag opening at the end of one', () => {
    const xml = new TextEncoder().encode('<?xml version="1.0"?><w:document><w:body><w:p/><w:p><w:r><w:t>a < b</w:t></w:r></w:p></w:body></w:document>');
    const whole = new StartTags().count(xml);
    assert.equal(whole, 6);
    for (let cut = 0; cut <= xml.length; cut++) {
      const tags = new StartTags();
      assert.equal(tags.count(xml.subarray(0, cut)) + tags.count(xml.subarray(cut)), whole, `cut at ${cut}`);
    }
  });
});
