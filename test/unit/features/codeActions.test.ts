import assert from 'node:assert/strict';
import type { ActionDiagnostic, CodeActionResult } from '../../../server/src/core/languageService';
import { kindWanted } from '../../../server/src/core/features/codeActions';
import { parse } from '../../../server/src/core/parser/parse';
import { rangeOf } from '../../../server/src/core/model/text';
import { applyEdits, doc, example, faulty, service } from './cursor';

const ls = service();

/** The document's diagnostics as the editor sends them back, with the fix in `data` (or without, `bare`). */
function diagnosticsOf(text: string, bare = false): ActionDiagnostic[] {
  const model = parse(text);
  return (ls.lint(doc(text)) ?? []).map((d) => ({
    ruleId: d.ruleId,
    range: d.range,
    fix: d.fix && !bare ? { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: rangeOf(model, e.span), newText: e.newText })) } : undefined,
  }));
}

/** The code actions for the diagnostics of one rule. */
function actionsFor(text: string, ruleId: string, bare = false): CodeActionResult[] {
  const diagnostics = diagnosticsOf(text, bare).filter((d) => d.ruleId === ruleId).slice(0, 1);
  assert.equal(diagnostics.length, 1, `a ${ruleId} diagnostic`);
  return ls.codeActions(doc(text), { range: diagnostics[0].range, diagnostics });
}

function rulesOn(text: string): string[] {
  return (ls.lint(doc(text)) ?? []).map((d) => `${d.range.start.line + 1}:${d.ruleId}`);
}

describe('code actions: quick fixes', () => {
  it('applies the fix carried in diagnostic.data, marked preferred', () => {
    const actions = actionsFor(faulty, 'opener-italics');
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.kind, 'quickfix');
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
    const after = applyEdits(faulty, fix.edits!);
    assert.match(after, /^_Recalling_ its resolution 59\/50/m);
    assert.ok(!rulesOn(after).some((r) => r.endsWith('opener-italics')));
  });

  it('finds the fix by linting when the editor did not send data back', () => {
    const fix = actionsFor(faulty, 'opener-italics', true).find((a) => a.isPreferred)!;
    assert.match(applyEdits(faulty, fix.edits!), /^_Recalling_ its resolution 59\/50/m);
  });

  it('fixes all problems of one rule in the document', () => {
    const text = 'The General Assembly,\n\nRecalling a,\n\nNoting b,\n\n_Welcoming_ c,\n\n1. _Decides_ d.\n';
    const all = actionsFor(text, 'opener-italics').find((a) => a.title === 'Fix all opener-italics problems in this document')!;
    assert.ok(all);
    assert.equal(all.diagnostics.length, 1);
    assert.equal(applyEdits(text, all.edits!), 'The General Assembly,\n\n_Recalling_ a,\n\n_Noting_ b,\n\n_Welcoming_ c,\n\n1. _Decides_ d.\n');
  });

  it('offers no "fix all" for a rule with a single problem', () => {
    assert.ok(!actionsFor(faulty, 'opener-italics').some((a) => a.title.startsWith('Fix all')));
  });

  it('offers the rule documentation as a command', () => {
    const docs = actionsFor(faulty, 'agenda-item').find((a) => a.command)!;
    assert.equal(docs.title, 'Show documentation for agenda-item');
    assert.deepEqual(docs.command, { title: 'Show documentation for agenda-item', command: 'unres.openRuleDocs', arguments: ['agenda-item'] });
  });
});

describe('code actions: disable for this line', () => {
  const disable = (text: string, ruleId: string) => {
    const action = actionsFor(text, ruleId).find((a) => a.title === `Disable ${ruleId} for this line`)!;
    assert.ok(action, `disable ${ruleId}`);
    return applyEdits(text, action.edits!);
  };

  it('inserts the directive on its own line above, with the line\'s indentation and the file\'s line end', () => {
    const text = 'The General Assembly,\r\n\r\n  Recalling a,\r\n\r\n1. _Decides_ b.\r\n';
    const after = disable(text, 'opener-italics');
    assert.equal(after, 'The General Assembly,\r\n\r\n  <!-- unres-disable-next-line opener-italics -->\r\n  Recalling a,\r\n\r\n1. _Decides_ b.\r\n');
    assert.ok(!rulesOn(after).some((r) => r.endsWith('opener-italics')));
  });

  it('puts the directive at the end of the line above where a line of its own would split a block', () => {
    // Line 8 continues OP2 (the missing full stop is reported there): a comment-only line between
    // lines 7 and 8 would end the paragraph at line 7.
    const text = 'The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n2. _Requests_ c\nand d\n';
    assert.ok(rulesOn(text).includes('8:operative-punctuation'), rulesOn(text).join());
    const after = disable(text, 'operative-punctuation');
    assert.equal(after, 'The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n2. _Requests_ c <!-- unres-disable-next-line operative-punctuation -->\nand d\n');
    assert.equal(parse(after).operative.length, 2);
    assert.ok(!rulesOn(after).some((r) => r.endsWith('operative-punctuation')));
  });

  it('keeps a Word-export footnote whole, and offers no directive whose `-->` would close a comment of the drafter (found by a review)', () => {
    const word = 'The General Assembly,\n\n1. _Decides_ a[footnoteRef:1] and b.\n\n[1: See the report\nA/73/L.5 of 2 December 2004]\n';
    assert.ok(rulesOn(word).includes('6:footnote-full-stop'), rulesOn(word).join());
    const after = disable(word, 'footnote-full-stop');
    assert.equal(parse(after).footnoteDefinitions.length, 1);
    assert.deepEqual(rulesOn(after).filter((r) => !rulesOn(word).includes(r)), []);
    assert.ok(!rulesOn(after).includes('6:footnote-full-stop'));
    const titles = (text: string, ruleId: string) => actionsFor(text, ruleId).map((a) => a.title);
    // Inside a comment over two lines, and after an unclosed `<!--`.
    const open = 'The General Assembly,\n\n1. _Decides_ a <!-- note\n--> b,\n\n2. _Decides_ c.\n';
    assert.ok(rulesOn(open).includes('4:operative-punctuation'), rulesOn(open).join());
    assert.ok(!titles(open, 'operative-punctuation').includes('Disable operative-punctuation for this line'));
    const unclosed = 'The General Assembly,\n\n1. _Decides_ a; <!-- note\n\n2. _Decides_ b;\n\n4. _Decides_ c.\n';
    assert.ok(rulesOn(unclosed).some((r) => r.endsWith(':operative-numbering')), rulesOn(unclosed).join());
    assert.ok(!titles(unclosed, 'operative-numbering').includes('Disable operative-numbering for this line'));
  });

  it('adds the rule to a disable-next-line directive already above the line', () => {
    const text = 'The General Assembly,\n\n<!-- unres-disable-next-line preamble-punctuation -->\nRecalling a;\n\n1. _Decides_ b.\n';
    assert.equal(disable(text, 'opener-italics'), 'The General Assembly,\n\n<!-- unres-disable-next-line preamble-punctuation opener-italics -->\nRecalling a;\n\n1. _Decides_ b.\n');
  });

  it('keeps a header block whole', () => {
    const text = 'Seventy-third session\nAgenda Item 128(t)\nCooperation\n\nThe General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b.\n';
    const after = disable(text, 'agenda-item');
    assert.equal(after, 'Seventy-third session <!-- unres-disable-next-line agenda-item -->\nAgenda Item 128(t)\nCooperation\n\nThe General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b.\n');
    assert.deepEqual(parse(after).header.lines.map((h) => h.kind), parse(text).header.lines.map((h) => h.kind));
    assert.ok(!rulesOn(after).some((r) => r.endsWith('agenda-item')));
  });
});

describe('code actions: source.fixAll.unres', () => {
  it('is offered only when asked for, and fixes what fix-all fixes', () => {
    const diagnostics = diagnosticsOf(faulty);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.ok(!ls.codeActions(doc(faulty), { range, diagnostics }).some((a) => a.kind === 'source.fixAll.unres'));
    for (const only of [['source.fixAll.unres'], ['source.fixAll'], ['source']]) {
      const actions = ls.codeActions(doc(faulty), { range, diagnostics: [], only });
      assert.equal(actions.length, 1, only.join());
      assert.equal(actions[0].kind, 'source.fixAll.unres');
      assert.equal(applyEdits(faulty, actions[0].edits!), ls.fixAll(doc(faulty)).text);
    }
    assert.deepEqual(ls.codeActions(doc(faulty), { range, diagnostics, only: ['refactor'] }), []);
  });

  it('has nothing to do on a clean draft (the adopted example)', () => {
    assert.deepEqual(ls.codeActions(doc(example), { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics: [], only: ['source.fixAll'] }), []);
  });

  it('matches kinds hierarchically', () => {
    assert.ok(kindWanted('source.fixAll.unres', ['source']));
    assert.ok(!kindWanted('source.fixAll.unres', ['source.fix']));
    assert.ok(kindWanted('quickfix', undefined));
    assert.ok(!kindWanted('source.fixAll.unres', undefined));
  });
});
