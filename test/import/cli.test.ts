/**
 * `unres import` and `unres export` (server/src/cli/importExport.ts) in a temporary folder: what they
 * write, that they never overwrite without --force and write only the file named, one-line errors
 * and exit codes 0/2.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { runExport, runImport, type ImportExportIo } from '../../server/src/cli/importExport';
import { readShared, squash } from './helpers';
import { unzip } from '../export/zip';

interface Captured extends ImportExportIo {
  out: string;
  err: string;
  bytes: Uint8Array[];
}

function io(cwd: string): Captured {
  const c: Captured = {
    cwd,
    out: '',
    err: '',
    bytes: [],
    stdout: (t) => void (c.out += t),
    stderr: (t) => void (c.err += t),
    stdoutBytes: (b) => void c.bytes.push(b),
  };
  return c;
}

/** The characters of Windows-1252 at 0x80–0x9F, by their byte. */
const WINDOWS_1252 = new Map([...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((ch, i) => [ch, 0x80 + i]));

describe('unres import / unres export', () => {
  let dir: string;
  const example = readShared('examples/A-RES-73-331.unres');

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'unres-cli-'));
    writeFileSync(path.join(dir, 'A_RES_73_331.txt'), readShared('corpus/pdf-text/A_RES_73_331.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports beside the source and refuses to overwrite without --force', async () => {
    const first = io(dir);
    assert.equal(await runImport(['A_RES_73_331.txt'], first), 0);
    assert.equal(first.out, `${path.join('A_RES_73_331.unres')}\n`);
    const written = path.join(dir, 'A_RES_73_331.unres');
    assert.equal(squash(readFileSync(written, 'utf8')), squash(example));

    writeFileSync(written, 'my edits');
    const second = io(dir);
    assert.equal(await runImport(['A_RES_73_331.txt'], second), 2);
    assert.equal(second.err, 'unres: A_RES_73_331.unres: the file exists; use --force to overwrite it\n');
    assert.equal(readFileSync(written, 'utf8'), 'my edits');

    assert.equal(await runImport(['A_RES_73_331.txt', '--force'], io(dir)), 0);
    assert.equal(squash(readFileSync(written, 'utf8')), squash(example));
  });

  it('writes to standard output with -o - and to a named file with -o', async () => {
    const c = io(dir);
    assert.equal(await runImport(['A_RES_73_331.txt', '-o', '-'], c), 0);
    assert.equal(squash(c.out), squash(example));
    assert.deepEqual(readdirSync(dir), ['A_RES_73_331.txt']);
    assert.equal(await runImport(['--output=draft.unres', 'A_RES_73_331.txt'], io(dir)), 0);
    assert.deepEqual(readdirSync(dir).sort(), ['A_RES_73_331.txt', 'draft.unres']);
  });

  it('says in one line, and writes nothing, when the input is not a resolution or cannot be read', async () => {
    writeFileSync(path.join(dir, 'letter.txt'), 'Dear colleague,\n\nThank you for your letter.\n');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    // Cyrillic in a legacy code page: not UTF-8, and too many bytes above 127 for Windows-1252.
    writeFileSync(path.join(dir, 'cyrillic.txt'), Buffer.from([0x54, 0xc3, 0xe5, 0xed, 0x0a]));
    writeFileSync(path.join(dir, 'bom-only.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x0a, 0x20, 0x0a]));
    // A plain-text export renamed .docx, and a zip given as text.
    writeFileSync(path.join(dir, 'renamed.docx'), 'The General Assembly,\n\n1. Decides to act.\n');
    writeFileSync(path.join(dir, 'zip.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    for (const [args, pattern] of [
      [['letter.txt'], /^unres: letter\.txt: This text does not look like a resolution/],
      [['binary.txt'], /NUL bytes/],
      [['cyrillic.txt'], /^unres: cyrillic\.txt: the file is not valid UTF-8 \(line 1\) and not plain text in Windows-1252 either; save it as UTF-8$/m],
      [['missing.txt'], /^unres: missing\.txt: no such file; check the path$/m],
      [['bom-only.txt'], /^unres: bom-only\.txt: the file is empty \(nothing but white space\); pass the file with the text$/m],
      [['renamed.docx'], /^unres: renamed\.docx: This is not a \.docx file \(a \.docx file is a zip archive\)\. If it is a text file, import it as text: --from word-text \(or pdf-text, markdown\)\.$/m],
      [['zip.txt', '--from', 'word-text'], /^unres: zip\.txt: the file is a zip archive, not text: if it is a Word document, import it as one \(--from docx\)$/m],
      [['--bogus', 'A_RES_73_331.txt'], /^unres: unknown option --bogus; `unres import --help` lists the options$/m],
      [['A_RES_73_331.txt', '-o', 'A_RES_73_331.txt'], /is the input file/],
      [['A_RES_73_331.txt', '--bogus'], /unknown option --bogus/],
      [['A_RES_73_331.txt', '--from', 'pdf'], /--from must be one of/],
      [[], /import needs a FILE/],
      // An option where a value belongs is a missing value, not a file named `-h` (found by a review).
      [['A_RES_73_331.txt', '-o', '-h'], /^unres: -o needs a file name; `unres import --help` lists the options$/m],
      [['A_RES_73_331.txt', '-o', '--force'], /^unres: -o needs a file name;/m],
      [['A_RES_73_331.txt', '--output', '--'], /^unres: --output needs a file name;/m],
      [['A_RES_73_331.txt', '--from', '-v'], /^unres: --from needs a value;/m],
      [['A_RES_73_331.txt', '-o', ''], /^unres: -o was given an empty value \(an empty variable in a script\?\); it needs a file name;/m],
      [['A_RES_73_331.txt', '--output='], /^unres: --output was given an empty value/m],
    ] as const) {
      const before = readdirSync(dir).sort();
      const c = io(dir);
      assert.equal(await runImport([...args], c), 2, args.join(' '));
      assert.match(c.err, pattern);
      assert.equal(c.err.split('\n').filter((l) => l.startsWith('unres:')).length, 1, c.err);
      assert.deepEqual(readdirSync(dir).sort(), before, `${args.join(' ')} wrote nothing`);
    }
  });

  it('imports UTF-16 text (what Word saves as "Unicode" plain text), either byte order, as it imports UTF-8', async () => {
    const text = readFileSync(path.join(dir, 'A_RES_73_331.txt'), 'utf8');
    const utf8 = io(dir);
    assert.equal(await runImport(['A_RES_73_331.txt', '-o', '-'], utf8), 0, utf8.err);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(path.join(dir, 'unicode-le.txt'), le);
    writeFileSync(path.join(dir, 'unicode-be.txt'), be);
    // Without a byte-order mark: the side of the zero bytes says the order.
    writeFileSync(path.join(dir, 'unicode-nobom.txt'), Buffer.from(text, 'utf16le'));
    for (const name of ['unicode-le.txt', 'unicode-be.txt', 'unicode-nobom.txt']) {
      const c = io(dir);
      assert.equal(await runImport([name, '-o', '-'], c), 0, `${name}: ${c.err}`);
      assert.equal(c.out, utf8.out, `${name} imports as the UTF-8 text does`);
    }
  });

  it('imports Windows-1252 text (Word\'s "ANSI" plain text) with a warning, and refuses other legacy text naming the line (it was refused as "not valid UTF-8" with no fallback)', async () => {
    const utf8 = io(dir);
    assert.equal(await runImport(['A_RES_73_331.txt', '-o', '-'], utf8), 0, utf8.err);
    const text = readFileSync(path.join(dir, 'A_RES_73_331.txt'), 'utf8');
    // Every character of the seed is in Windows-1252 (its curly quotes and dashes at 0x80–0x9F).
    writeFileSync(path.join(dir, 'ansi.txt'), new Uint8Array([...text].map((ch) => WINDOWS_1252.get(ch) ?? ch.charCodeAt(0))));
    assert.ok([...text].some((ch) => WINDOWS_1252.has(ch)), 'the seed has curly quotes or dashes');
    const ansi = io(dir);
    assert.equal(await runImport(['ansi.txt', '-o', '-'], ansi), 0, ansi.err);
    assert.equal(ansi.out, utf8.out, 'the ANSI text imports as the UTF-8 text does');
    assert.match(ansi.err, /^unres: ansi\.txt: warning: The file is not UTF-8: it was read as Windows-1252/m);
    // Text in a legacy Cyrillic code page (most bytes above 127) and UTF-8 with one stray byte: refused.
    writeFileSync(path.join(dir, 'cp1251.txt'), Buffer.concat([Buffer.from('The General Assembly,\n\n'), Buffer.from([0xc3, 0xe5, 0xed, 0xe5, 0xf0, 0xe0, 0xeb, 0xfc, 0xed, 0xe0, 0xff, 0x20, 0xc0, 0xf1, 0xf1, 0xe0, 0xec, 0xe1, 0xeb, 0xe5, 0xff])]));
    writeFileSync(path.join(dir, 'stray.txt'), Buffer.concat([Buffer.from('The General Assembly,\n\n_Noting_ the “report”,\n\n1. _Decides_ '), Buffer.from([0xe9]), Buffer.from(' to act.\n')]));
    for (const [name, line] of [['cp1251.txt', 3], ['stray.txt', 5]] as const) {
      const c = io(dir);
      assert.equal(await runImport([name, '-o', '-'], c), 2);
      assert.equal(c.err, `unres: ${name}: the file is not valid UTF-8 (line ${line}) and not plain text in Windows-1252 either; save it as UTF-8\n`);
    }
  });

  it('refuses a UTF-16 draft to export with the advice to save it as UTF-8, and an output named for the other format', async () => {
    writeFileSync(path.join(dir, 'draft16.unres'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example, 'utf16le')]));
    writeFileSync(path.join(dir, 'draft.unres'), example);
    writeFileSync(path.join(dir, 'doc.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    // A named pipe with no writer (none on Windows): refused from its kind, never opened (which would wait).
    const pipes = process.platform !== 'win32';
    if (pipes) assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.unres')]).status, 0, 'mkfifo');
    for (const [args, pattern] of [
      [['--to', 'html', 'draft16.unres'], /^unres: draft16\.unres: the file is UTF-16; save it as UTF-8$/m],
      [['--to', 'docx', '-o', 'out.html', 'draft.unres'], /^unres: --to docx writes a Word document, but the output out\.html is named \.html; name it \.docx or leave --to out; `unres export --help` lists the options$/m],
      [['--to', 'html', '-o', 'out.docx', 'draft.unres'], /^unres: --to html writes HTML, but the output out\.docx is named \.docx; name it \.html or leave --to out/m],
      [['--to', 'pdf', 'draft.unres'], /^unres: --to must be docx or html, not pdf; `unres export --help` lists the options$/m],
      [['--to', 'html', 'draft.unres', '-o', 'no/such/folder/x.html'], /^unres: no\/such\/folder\/x\.html: the folder does not exist; create it first, or choose another output with -o$/m],
      ...(pipes ? [[['--to', 'html', 'pipe.unres'], /^unres: pipe\.unres is not a file in a folder \(a pipe or a device\), so nothing can be written beside it; name the output with -o$/m] as const] : []),
      [['--to', 'html', '/dev/stdin'], /^unres: \/dev\/stdin is not a file in a folder \(a pipe or a device\), so nothing can be written beside it; name the output with -o$/m],
      [['--to', 'docx', '-o', 'page.htm', 'draft.unres'], /^unres: --to docx writes a Word document, but the output page\.htm is named \.htm; name it \.docx or leave --to out/m],
      // A folder as input is said to be one, with or without -o (not "nothing can be written beside it").
      [['--to', 'html', '.'], /^unres: \.: is a directory; pass a file$/m],
      // A Word document is imported first, not exported.
      [['--to', 'html', 'doc.docx', '-o', 'x.html'], /^unres: doc\.docx: the file is a zip archive \(a Word document\?\), not a draft: import it first with `unres import doc\.docx`, then export the \.unres draft$/m],
      [['--to', 'html', '.', '-o', 'x.html'], /^unres: \.: is a directory; pass a file$/m],
      ...(process.platform === 'linux'
        ? ([
            // A folder that exists but takes no new file is not "a folder that does not exist".
            [['--to', 'html', 'draft.unres', '-o', '/proc/unres-x.html'], /^unres: \/proc\/unres-x\.html: no file can be created there \(ENOENT\); choose another output with -o$/m],
            [['--to', 'html', 'draft.unres', '-o', '/dev/full', '--force'], /^unres: \/dev\/full: cannot write \(ENOSPC\); choose another output with -o$/m],
          ] as const)
        : []),
    ] as const) {
      const before = readdirSync(dir).sort();
      const c = io(dir);
      assert.equal(await runExport([...args], c), 2, args.join(' '));
      assert.match(c.err, pattern);
      assert.deepEqual(readdirSync(dir).sort(), before, `${args.join(' ')} wrote nothing`);
    }
    const folder = io(dir);
    assert.equal(await runImport(['.'], folder), 2, 'import of a folder');
    assert.match(folder.err, /^unres: \.: is a directory; pass a file$/m);
    // The two agree: written.
    assert.equal(await runExport(['--to', 'html', '-o', 'out.htm', 'draft.unres'], io(dir)), 0);
    for (const [run, name] of [[runImport, 'import'], [runExport, 'export']] as const) {
      const c = io(dir);
      assert.equal(await run(['--version'], c), 0, name);
      assert.match(c.out, /^\d+\.\d+\.\d+/);
    }
  });

  it('imports a .docx file', async () => {
    const doc = new Document({
      sections: [{ children: ['The General Assembly,', 'Recalling its resolution 60/288,', '1. Decides to remain seized of the matter.'].map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
    });
    writeFileSync(path.join(dir, 'draft.docx'), await Packer.toBuffer(doc));
    const c = io(dir);
    assert.equal(await runImport(['draft.docx'], c), 0, c.err);
    assert.match(readFileSync(path.join(dir, 'draft.unres'), 'utf8'), /^1\. _Decides_ to remain seized of the matter\.$/m);
  });

  it('exports Word and HTML, writing only the file named and never over an existing one without --force', async () => {
    writeFileSync(path.join(dir, 'draft.unres'), example);
    const c = io(dir);
    assert.equal(await runExport(['--to', 'docx', 'draft.unres'], c), 0, c.err);
    assert.equal(c.out, 'draft.docx\n');
    assert.match(unzip(readFileSync(path.join(dir, 'draft.docx'))).get('word/document.xml')!, /Takes note with appreciation/);
    assert.deepEqual(readdirSync(dir).sort(), ['A_RES_73_331.txt', 'draft.docx', 'draft.unres']);

    const again = io(dir);
    const mtime = statSync(path.join(dir, 'draft.docx')).mtimeMs;
    assert.equal(await runExport(['--to', 'docx', 'draft.unres'], again), 2);
    assert.match(again.err, /^unres: draft\.docx: the file exists; use --force to overwrite it$/m);
    assert.equal(statSync(path.join(dir, 'draft.docx')).mtimeMs, mtime);
    assert.equal(await runExport(['--to', 'docx', 'draft.unres', '--force'], io(dir)), 0);

    // The format follows the output's extension when --to is absent.
    assert.equal(await runExport(['draft.unres', '-o', 'page.html'], io(dir)), 0);
    assert.match(readFileSync(path.join(dir, 'page.html'), 'utf8'), /^<!DOCTYPE html>/);
    const stdout = io(dir);
    assert.equal(await runExport(['--to=html', 'draft.unres', '-o', '-'], stdout), 0);
    assert.match(stdout.out, /<h1 class="title">73\/331\./);
    const bytes = io(dir);
    assert.equal(await runExport(['--to', 'docx', 'draft.unres', '-o', '-'], bytes), 0);
    assert.equal(bytes.bytes.length, 1);
    assert.deepEqual(readdirSync(dir).sort(), ['A_RES_73_331.txt', 'draft.docx', 'draft.unres', 'page.html']);
  });

  it('exports with the footnote style asked for, and reports usage errors in one line', async () => {
    writeFileSync(path.join(dir, 'draft.unres'), example);
    assert.equal(await runExport(['--to', 'docx', '--footnote-style', 'current', 'draft.unres'], io(dir)), 0);
    const notes = unzip(readFileSync(path.join(dir, 'draft.docx'))).get('word/footnotes.xml')!;
    assert.equal([...notes.matchAll(/<w:footnote w:id="[1-9]\d*"/g)].length, 9);
    writeFileSync(path.join(dir, 'empty.unres'), '');
    writeFileSync(path.join(dir, 'letter.unres'), 'Dear colleague,\n');
    linkSync(path.join(dir, 'draft.unres'), path.join(dir, 'hard-link.html'));
    for (const [args, pattern] of [
      [['draft.unres'], /export needs --to docx or --to html/],
      [['--to', 'pdf', 'draft.unres'], /--to must be docx or html, not pdf/],
      [['--to', 'html', 'draft.unres', '--footnote-style', 'odd'], /--footnote-style must be/],
      [['--to', 'html', 'empty.unres'], /the file is empty/],
      [['--to', 'html', 'letter.unres'], /not a resolution draft/],
      [['--to', 'html', 'nowhere/draft.unres'], /no such file/],
      [['--to', 'html', 'draft.unres', '-o', 'no/such/folder/x.html'], /the folder does not exist/],
      [['--to', 'html', 'draft.unres', '-o', 'draft.unres'], /is the input file/],
      // A hard link to the input: --force would empty the draft before reading it.
      [['--to', 'html', 'draft.unres', '-o', 'hard-link.html', '--force'], /is the input file/],
      // An option where a value belongs (found by a review: `-o -v` wrote a file named `-v`).
      [['--to', 'html', 'draft.unres', '-o', '-v'], /^unres: -o needs a file name; `unres export --help` lists the options$/m],
      [['--to', 'html', 'draft.unres', '--config', '-h'], /^unres: --config needs a file name;/m],
      [['--to', 'html', 'draft.unres', '-o', ''], /^unres: -o was given an empty value/m],
    ] as const) {
      const c = io(dir);
      assert.equal(await runExport([...args], c), 2, args.join(' '));
      assert.match(c.err, pattern);
    }
    assert.equal(readFileSync(path.join(dir, 'draft.unres'), 'utf8'), example, 'the draft is intact');
    const help = io(dir);
    assert.equal(await runExport(['--help'], help), 0);
    assert.match(help.out, /^Usage: unres export --to docx\|html FILE/);
  });

  it('exports in the footnote style of the .unresrc.json that applies (as unres lint finds it), the flag winning', async () => {
    const drafts = path.join(dir, 'drafts');
    mkdirSync(drafts);
    writeFileSync(path.join(drafts, 'draft.unres'), example);
    /** The footnotes part of the .docx written for `args`, with the exit code. */
    const notesOf = async (...args: string[]) => {
      const c = io(dir);
      const code = await runExport(['--to', 'docx', 'drafts/draft.unres', '-o', '-', ...args], c);
      return { code, err: c.err, notes: code === 0 ? unzip(c.bytes[0]).get('word/footnotes.xml')! : '' };
    };
    const legacy = (await notesOf('--footnote-style', 'legacy')).notes;
    const current = (await notesOf('--footnote-style', 'current')).notes;
    assert.notEqual(legacy, current, 'the two styles print differently on the example');
    const auto = (await notesOf()).notes;

    writeFileSync(path.join(dir, '.unresrc.json'), JSON.stringify({ footnoteStyle: auto === current ? 'legacy' : 'current' }));
    const configured = auto === current ? legacy : current;
    assert.equal((await notesOf()).notes, configured, 'the nearest .unresrc.json (a folder up) sets the style');
    assert.equal((await notesOf('--no-config')).notes, auto, '--no-config: the default');
    assert.equal((await notesOf('--footnote-style', 'auto')).notes, auto, 'the flag wins over the file');
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ footnoteStyle: auto === current ? 'current' : 'legacy' }));
    assert.equal((await notesOf('--config', 'other.json')).notes, auto === current ? current : legacy, '--config FILE');
    assert.equal((await notesOf('-c', 'other.json')).notes, auto === current ? current : legacy, '-c FILE');

    writeFileSync(path.join(dir, '.unresrc.json'), '{ "footnoteStyle": "modern" }');
    const broken = await notesOf();
    assert.equal(broken.code, 2);
    assert.match(broken.err, /^unres: \.unresrc\.json:1:\d+: "modern" is not a footnote style; write one of .* \(or pass --footnote-style or --no-config\)\n$/);
    assert.equal(broken.err.split('\n').length, 2, 'one line');
    assert.equal((await notesOf('--footnote-style', 'legacy')).notes, legacy, 'a style given as a flag needs no configuration');
    const both = await notesOf('--config', 'other.json', '--no-config');
    assert.equal(both.code, 2);
    assert.match(both.err, /--config and --no-config cannot be used together/);
    // As unres lint: a --config that is missing or broken stops the export even with the style
    // given; the message is one line, with what the file holds escaped (review findings).
    const missing = await notesOf('--config', 'nowhere.json', '--footnote-style', 'legacy');
    assert.equal(missing.code, 2);
    assert.equal(missing.err, 'unres: nowhere.json: the file does not exist; check the path\n');
    writeFileSync(path.join(dir, '.unresrc.json'), '{ "footnoteStyle": "\\u001b[31mred\\nline" }');
    const escaped = await notesOf();
    assert.equal(escaped.code, 2);
    assert.equal(escaped.err.split('\n').length, 2, `one line: ${JSON.stringify(escaped.err)}`);
    assert.ok(!escaped.err.includes('\u001b'), `no escape character reaches the terminal: ${JSON.stringify(escaped.err)}`);
    const gone = io(dir);
    assert.equal(await runExport(['--to', 'html', 'drafts/none.unres'], gone), 2);
    assert.match(gone.err, /no such file/, 'a missing draft is named before a broken configuration');
  });
});
