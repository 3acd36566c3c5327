/**
 * The fix engine never deletes a comment (issue 8: "a fix never deletes a comment"). Regression of
 * the fuzz finding seed 20260806, document 75: a capitalization fix rewrote
 * `member <!-- note to self --> States` as `Member States`, and the note was gone.
 */
import assert from 'node:assert/strict';
import { applyFixes, deletesComment } from '../../server/src/core/fixes/applyFixes';
import { createLanguageService } from '../../server/src/core/languageService';

const fix = (title: string, ...edits: [number, number, string][]) => ({ title, edits: edits.map(([start, end, newText]) => ({ span: { start, end }, newText })) });

describe('applyFixes keeps comments', () => {
  const text = 'the member <!-- note to self --> States of the Organization';
  const phrase = { start: text.indexOf('member'), end: text.indexOf('States') + 'States'.length };

  it('skips a fix whose edit would delete a comment between the words it rewrites', () => {
    const f = fix('Write "Member States"', [phrase.start, phrase.end, 'Member States']);
    assert.equal(deletesComment(text, f), true);
    const r = applyFixes(text, [f]);
    assert.equal(r.text, text);
    assert.equal(r.applied, 0);
    assert.equal(r.skipped, 1);
  });

  it('applies a fix that gives the comment back unchanged, and one inside a comment', () => {
    const keeps = fix('keep', [phrase.start, phrase.end, 'Member <!-- note to self --> States']);
    assert.equal(deletesComment(text, keeps), false);
    assert.equal(applyFixes(text, [keeps]).text, 'the Member <!-- note to self --> States of the Organization');
    const inside = fix('inside', [text.indexOf('note'), text.indexOf('note') + 4, 'Note']);
    assert.equal(applyFixes(text, [inside]).text, 'the member <!-- Note to self --> States of the Organization');
  });

  it('skips a fix that cuts a comment at one end', () => {
    const cut = fix('cut', [text.indexOf('self'), text.indexOf('States'), '']);
    assert.equal(deletesComment(text, cut), true);
    assert.equal(applyFixes(text, [cut]).text, text);
  });

  it('fixAll of a draft keeps a comment inside a phrase it would rewrite, and converges', () => {
    const draft = 'A/RES/73/331\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Calls upon_ the Member <!-- note to self --> States to continue;\n\n2. _Decides_ to continue.\n';
    const service = createLanguageService();
    const doc = { uri: 'file:///c.unres', version: 1, getText: () => draft };
    // The rule still reports the phrase, but the runner withholds a fix across the comment (quick
    // fixes in an editor apply edits as they are, so the engine's guard alone would not do).
    const found = service.lint(doc) ?? [];
    assert.ok(found.some((d) => draft.slice(d.span.start, d.span.end).includes('<!--')), 'the phrase across the comment is reported');
    assert.deepEqual(found.filter((d) => d.fix && deletesComment(draft, d.fix)), [], 'no fix across the comment is offered');
    const once = service.fixAll(doc);
    assert.ok(once.text.includes('<!-- note to self -->'));
    assert.equal(once.converged, true);
  });
});
