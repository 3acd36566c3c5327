/**
 * The fix engine never deletes a comment (issue 8: "a fix never deletes a comment"). Regression of
 * the fuzz finding seed 20260806, document 75: a capitalization fix rewrote
 * `member <!-- note to self --> States` as `Member States`, and the note was gone.
 */
import assert from 'node:assert/strict';
import { applyFixes, deletesComment, deletesHiddenText } from '../../server/src/core/fixes/applyFixes';
import { createLanguageService } from '../../server/src/core/languageService';
import type { Rule } from '../../server/src/core/rules/types';

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

  describe('nor Word-export footnotes and bookmark marks (fuzz seeds 704265011:442, 704265018:601, 704265030:600, 704265035:1849)', () => {
    // The parser blanks `[1: …]` and `[bookmark: …]` in the masked text the rules read, so a phrase
    // rule matched `General [1: x]Assembly` as `General Assembly` and its fix deleted the footnote.
    const lintAndFix = (draft: string) => {
      const service = createLanguageService();
      const doc = { uri: 'file:///w.unres', version: 1, getText: () => draft };
      return { found: service.lint(doc) ?? [], fixed: service.fixAll(doc) };
    };

    it('skips a fix whose edit holds a Word-export footnote or a bookmark it does not give back', () => {
      const text = 'by the General [1: x]Assembly on';
      const span: [number, number] = [text.indexOf('General'), text.indexOf('Assembly') + 'Assembly'.length];
      const f = fix('Write "General Assembly"', [...span, 'General Assembly']);
      assert.equal(deletesHiddenText(text, f), true);
      assert.equal(deletesComment(text, f), true, 'the runner\'s guard (deletesComment) covers footnotes too');
      assert.equal(applyFixes(text, [f]).text, text);
      const bookmark = 'the General [bookmark: _Hlk123] assembly';
      assert.equal(applyFixes(bookmark, [fix('cap', [4, bookmark.length, 'General Assembly'])]).text, bookmark);
      // An unclosed footnote (a mangled Word export) runs to the end of the replaced text.
      assert.equal(deletesHiddenText('a [1: b c', fix('x', [0, 9, 'a'])), true);
    });

    it('applies fixes that keep the footnote: inside its text, on its label, or giving it back moved', () => {
      const text = 'General [1: see resolution 1/1] Assembly [bookmark: b] here';
      const inside = text.indexOf('see');
      assert.equal(applyFixes(text, [fix('cap', [inside, inside + 1, 'S'])]).text, 'General [1: See resolution 1/1] Assembly [bookmark: b] here');
      assert.equal(applyFixes(text, [fix('label', [9, 10, '2'])]).text, 'General [2: see resolution 1/1] Assembly [bookmark: b] here');
      const moved = fix('move', [0, text.length, '[bookmark: b] General Assembly [1: see resolution 1/1] here']);
      assert.equal(deletesHiddenText(text, moved), false);
      assert.equal(deletesHiddenText('[^1] and [a] [12] text', fix('x', [0, 21, 'other'])), false, 'footnote references and plain brackets are not hidden text');
    });

    it('fixAll keeps a footnote inside a header phrase and inside a committee line document symbol', () => {
      // The body cites `[footnoteRef:1]`, so that `[1: x]` is a Word-export footnote (FORMAT.md).
      const body = '\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,[footnoteRef:1]\n\n1. _Decides_ to continue.\n';
      for (const header of [
        'A/73/L.103\nGeneral[1: x] Assembly',
        'Resolution adopted by the General [1: x]Assembly on 25 July 2019',
        '[without reference to a Main Committee (A/73/L.103 and A/73/L.103[1: x]/Add.1)]',
      ]) {
        const { found, fixed } = lintAndFix(header + body);
        assert.ok(found.some((d) => (header + body).slice(d.span.start, d.span.end).includes('[1: x]')), `the phrase across the footnote is still reported: ${header}`);
        assert.deepEqual(found.filter((d) => d.fix && deletesHiddenText(header + body, d.fix)), [], 'no fix across the footnote is offered');
        assert.ok(fixed.text.includes('[1: x]'), `fixAll kept the footnote: ${JSON.stringify(fixed.text.slice(0, 120))}`);
        assert.equal(fixed.converged, true);
      }
    });

    it('offers no fix that cuts into a Word-export footnote or a comment from outside (fuzz 12000000069:1209)', () => {
      // The dash rule read the blanked footnote as the white space before `--` and replaced the end
      // of its text with `– `: the replaced text held no `[N:` opener, so only the model tells.
      for (const draft of [
        'The General Assembly,\n\n1. _Decides_ to act,[footnoteRef:1] [1: See the\nreport of the Council]-->to act.\n',
        'The General Assembly,\n\n1. _Decides_ to act, <!-- a note\nof the drafter -->-->to act.\n',
      ]) {
        const { found, fixed } = lintAndFix(draft);
        assert.ok(found.some((d) => d.ruleId === 'dash'), 'the dash is still reported');
        assert.deepEqual(found.filter((d) => d.fix && d.fix.edits.some((e) => e.span.start < draft.indexOf('-->to') && e.span.end > draft.indexOf('-->to') - 10)), [], 'no fix runs back into the hidden text');
        for (const kept of ['report of the Council]', 'of the drafter -->']) if (draft.includes(kept)) assert.ok(fixed.text.includes(kept), fixed.text);
      }
    });
  });
});

describe('fixAll keeps the profile the draft was linted under', () => {
  // Found by a review: `THE GENERAL ASSEMBLY,` makes a draft a Model UN one; a fix that wrote the
  // organ line in ordinary case made the next passes General Assembly ones, whose fixes then
  // rewrote what the lint had not reported (`__Calls upon__`, `Further recalling`).
  const meta = (id: string) => ({ id, description: id, category: 'header' as const, defaultSeverity: 'warning' as const, fixable: true, conventions: [], messages: { m: id } });
  const caseOrgan: Rule = {
    meta: meta('test-organ-case'),
    check({ model, report }) {
      const organ = model.organ;
      if (organ && model.text.startsWith('THE GENERAL ASSEMBLY')) report({ span: organ.span, messageId: 'm', fix: { title: 'case', edits: [{ span: { start: 0, end: 20 }, newText: 'The General Assembly' }] } });
    },
  };
  const gaOnly: Rule = {
    meta: meta('test-ga-only'),
    check({ model, settings, report }) {
      if (settings.profile === 'ga') report({ span: { start: model.text.length, end: model.text.length }, messageId: 'm', fix: { title: 'mark', edits: [{ span: { start: model.text.length, end: model.text.length }, newText: '\n<!-- ga -->\n' }] } });
    },
  };
  const text = 'THE GENERAL ASSEMBLY,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n';

  it('runs every pass under the profile of the draft as given, not the one a fix made it choose', () => {
    const service = createLanguageService({ rules: [caseOrgan, gaOnly] });
    const fixed = service.fixAll({ uri: 'memory://pin.unres', version: 1, getText: () => text });
    assert.equal(fixed.text, text.replace('THE GENERAL ASSEMBLY', 'The General Assembly'));
    assert.equal(fixed.applied, 1);
    // A profile in the settings is kept as it is.
    const asGa = service.fixAll({ uri: 'memory://pin-ga.unres', version: 1, getText: () => text }, { profile: 'ga' });
    assert.match(asGa.text, /^The General Assembly,[\s\S]*<!-- ga -->/);
  });
});
