/**
 * What the importer takes for a resolution (issue 6: "When the input is not a resolution, say so in
 * one line and write nothing"), and the Security Council closing forms it reads as closings. The
 * minimum evidence rule is documented in server/docs/import.md and `resolutionEvidence` of
 * server/src/core/import/compose.ts: an organ line, or two points from paragraphs that open with
 * a listed phrase and kinds of lines that only resolutions carry.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runImport, type ImportExportIo } from '../../server/src/cli/importExport';
import { importResolution } from '../../server/src/core/import';
import { errors, readShared } from './helpers';

/** Texts that are not resolutions; each has one thing a resolution could have (a `Recalling`, a numbered list). */
const NOT_RESOLUTIONS: Readonly<Record<string, string>> = {
  'a shopping list': 'Shopping list\n\nEggs, milk and bread.\n',
  'a numbered shopping list': 'Shopping list\n\n1. Eggs\n2. Milk\n3. Bread, wholemeal\n\nNotes: buy on Saturday.\n',
  'a letter with a `Recalling`': 'Dear Ms. Smith,\n\nThank you for your letter of 3 March. I am writing to confirm our meeting next week.\n\nRecalling our last conversation, I would like to propose a new date.\n\nYours sincerely,\n\nJohn Brown\n',
  'a README with numbered steps and a `Noting`': '# unres\n\nLanguage support for drafting United Nations resolutions.\n\n## Install\n\n1. Run `npm install`.\n2. Open the folder in VS Code.\n\nNoting that the extension is in preview, please report bugs.\n',
  'a poem with a `Welcoming`': 'The Road Not Taken\n\nTwo roads diverged in a yellow wood,\nAnd sorry I could not travel both\nAnd be one traveler, long I stood\nAnd looked down one as far as I could\n\nWelcoming the morning light,\nThe birds began to sing.\n',
  'minutes with an agenda item and a session': 'Minutes of the board\n\nSummer session\n\nAgenda item 3\n\nThe board discussed the budget and agreed to meet again in May.\n',
  'a hard-wrapped memo (PDF-like) with one `Decides`': 'MEMO\n\nTo all staff of the\ndepartment, regarding the\nnew office hours that\nstart on Monday next\nweek and run until the\nend of the year.\n\nDecides nothing, but the\nmanagement asks you to\nread it carefully and to\nreply by Friday please.\n',
};

describe('import: what is a resolution', () => {
  for (const [name, text] of Object.entries(NOT_RESOLUTIONS)) {
    it(`refuses ${name} in one line`, () => {
      const result = importResolution(text);
      assert.equal(result.ok, false, result.ok ? result.text : '');
      if (!result.ok) {
        assert.match(result.error, /^This text does not look like a resolution/);
        assert.doesNotMatch(result.error, /\n/);
      }
    });
  }

  it('unres import writes nothing for them and exits 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unres-precision-'));
    try {
      for (const [i, text] of Object.values(NOT_RESOLUTIONS).entries()) {
        writeFileSync(path.join(dir, `input-${i}.txt`), text);
        const before = readdirSync(dir).sort();
        let err = '';
        const io: ImportExportIo = { cwd: dir, stdout: () => undefined, stderr: (t) => void (err += t), stdoutBytes: () => undefined };
        assert.equal(await runImport([`input-${i}.txt`], io), 2);
        assert.equal(err.split('\n').filter(Boolean).length, 1, err);
        assert.match(err, /does not look like a resolution/);
        assert.deepEqual(readdirSync(dir).sort(), before);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports a text whose only evidence is an organ line, or two listed openers, or a resolution number and a closing', () => {
    for (const text of [
      'The Security Council,\n\nShopping for peace.\n',
      'Recalling its resolution 60/288,\n\n1. Decides to remain seized of the matter.\n',
      '1 (1946) Resolution of 25 January 1946\n\nBy Article 47 of the Charter, the Council shall meet.\n\nAdopted at the 2nd meeting.\n',
    ]) {
      const result = importResolution(text);
      assert.ok(result.ok, `${JSON.stringify(text)}: ${result.ok ? '' : result.error}`);
    }
  });

  it('still imports the seed and the examples (the corpus: corpus.test.ts)', () => {
    for (const key of ['seed/A-RES-73-331.txt', 'corpus/pdf-text/A_RES_73_331.txt']) {
      const result = importResolution(readShared(key));
      assert.ok(result.ok, key);
    }
  });
});

describe('import: the closing line of the Security Council compilations in the forms the parser reads', () => {
  const body = 'The Security Council,\n\nRecalling its resolution 186 (1964),\n\n1. Extends the stationing of the Force;\n\n2. Decides to remain seized of the matter.\n\n';
  for (const [closing, note] of [
    ['Adopted unanimously at the I364th meeting.', 'a scanned `I` for `1`'],
    ['Adopted unanimously at the 27491h meeting.', '`th` scanned as `1h`'],
    ['Approved unanimously at the 2936th meeting.', '`Approved` (an admission)'],
    ['Adopted at its 3033rd meeting.', '`at its`'],
    ['Adopted at the resumed 2396th meeting.', 'a resumed meeting'],
    ['Adopted at the 2714th (closed) meeting.', 'a closed meeting'],
    ['Adopted at the 1686th meetings.', '`meetings`'],
    ['Adopted at the 283 3rd meeting.', 'a digit split off by the scan'],
  ] as const) {
    it(`${note}: \`${closing}\` closes the text, and the footnote after it is a footnote`, () => {
      const result = importResolution(`${body}${closing}\n\n1 Ibid., document S/10005.\n`);
      assert.ok(result.ok);
      if (!result.ok) return;
      assert.match(result.text, new RegExp(`^${closing.replace(/[.()]/g, '\\$&')}$`, 'm'));
      assert.match(result.text, /^\[\^1\]: Ibid\., document S\/10005\.$/m);
      assert.deepEqual(errors(result.text, { profile: 'sc' }).filter((d) => d.ruleId === 'syntax' || d.ruleId === 'closing-block').map((d) => d.message), []);
    });
  }
});
