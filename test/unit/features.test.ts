import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService } from '../../server/src/core/languageService';
import { parse } from '../../server/src/core/parser/parse';
import { positionAt } from '../../server/src/core/model/text';
import { applyFixes } from '../../server/src/core/fixes/applyFixes';
import { lintModel } from '../../server/src/core/lint';
import type { Rule } from '../../server/src/core/rules/types';

const example = readFileSync(new URL('../../../shared/examples/A-RES-73-331.unres', import.meta.url), 'utf8');

/** Splits a text with a `|` cursor marker into the text and the cursor position. */
function withCursor(marked: string) {
  const at = marked.indexOf('|');
  assert.ok(at >= 0, 'cursor marker');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  return { text, position: positionAt(parse(text), at), doc: { uri: 'file:///t.unres', version: 1, getText: () => text } };
}

/** Applies a completion and returns the resulting text with the cursor after the insertion. */
function applyCompletion(text: string, item: { newText: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) {
  const model = parse(text);
  const lines = model.lines;
  const start = lines[item.range.start.line].start + item.range.start.character;
  const end = lines[item.range.end.line].start + item.range.end.character;
  return applyFixes(text, [{ title: '', edits: [{ span: { start, end }, newText: item.newText }] }]).text;
}

describe('hover', () => {
  const service = createLanguageService();
  it('shows the footnote text, its printed number and where else it is cited', () => {
    const at = example.indexOf('[^1]');
    const doc = { uri: 'file:///a.unres', version: 1, getText: () => example };
    const h = service.hover(doc, positionAt(parse(example), at + 2));
    assert.ok(h);
    assert.ok(h.markdown.startsWith('A/73/328–S/2018/592.'), h.markdown);
    assert.match(h.markdown, /Printed as footnote 1/);
    assert.match(h.markdown, /cited in PP1; also cited in OP1/);
    assert.match(h.markdown, /legacy footnote style/);
  });
  it('keeps italics as Markdown and escapes other Markdown syntax', () => {
    const { doc, position } = withCursor('The General Assembly,\n\n_Recalling_ the report,[^|a]\n\n[^a]: See _Official Records_ <b>#1</b> [link](x).\n');
    const h = service.hover(doc, position)!;
    assert.match(h.markdown, /^See _Official Records_ \\<b\\>\\#1\\<\/b\\> \\\[link\\\]\(x\)\./);
  });
  it('says when a footnote has no definition', () => {
    const { doc, position } = withCursor('The General Assembly,\n\n_Recalling_ the report,[^9|]\n');
    assert.match(service.hover(doc, position)!.markdown, /no definition/);
  });
  it('numbers repeated citations anew in the current footnote style', () => {
    const { doc, position } = withCursor('Eightieth session\n\nThe General Assembly,\n\n_Recalling_ a,[^1] b,[^2]\n\n1. _Decides_ c;[^|1]\n\n[^1]: A.\n[^2]: B.\n');
    assert.match(service.hover(doc, position)!.markdown, /Printed as footnote 3 .*current footnote style/);
  });
  it('has nothing to say outside a footnote reference', () => {
    const { doc, position } = withCursor('The General Assembly,\n\n_Recalling_ a|,\n');
    assert.equal(service.hover(doc, position), undefined);
  });
});

describe('completion', () => {
  const service = createLanguageService();
  it('proposes preambular phrases at the start of a preambular paragraph, inserted in italics', () => {
    const { doc, position, text } = withCursor('The General Assembly,\n\n_Recalling_ a,\n\nRec|\n');
    const items = service.complete(doc, position);
    const recalling = items.find((i) => i.label === 'Recalling');
    assert.ok(recalling);
    assert.ok(!items.some((i) => i.label === 'Decides'));
    assert.equal(applyCompletion(text, recalling), 'The General Assembly,\n\n_Recalling_ a,\n\n_Recalling_ \n');
  });
  it('replaces a typed italic mark', () => {
    const { doc, position, text } = withCursor('The General Assembly,\n\n_Not|\n');
    const item = service.complete(doc, position).find((i) => i.label === 'Noting with concern')!;
    assert.equal(item.filterText, '_Noting with concern');
    assert.equal(applyCompletion(text, item), 'The General Assembly,\n\n_Noting with concern_ \n');
  });
  it('proposes operative phrases after a paragraph number', () => {
    const { doc, position, text } = withCursor('The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n2. |\n');
    const items = service.complete(doc, position);
    const requests = items.find((i) => i.label === 'Requests')!;
    assert.ok(requests);
    assert.ok(!items.some((i) => i.label === 'Recalling'));
    assert.equal(applyCompletion(text, requests), 'The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n2. _Requests_ \n');
  });
  it('numbers a new operative paragraph typed without its number', () => {
    const { doc, position, text } = withCursor('The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n2. _Requests_ c;\n\nUr|\n');
    const item = service.complete(doc, position).find((i) => i.label === 'Urges')!;
    assert.equal(applyCompletion(text, item), 'The General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_ b;\n\n2. _Requests_ c;\n\n3. _Urges_ \n');
  });
  it('ranks common UN phrases first and leaves out Model UN and joke phrases', () => {
    const { doc, position } = withCursor('The General Assembly,\n\n|\n');
    const items = service.complete(doc, position).sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.ok(items.findIndex((i) => i.label === 'Recalling') < items.findIndex((i) => i.label === 'Anxious'));
    assert.ok(!items.some((i) => i.label === 'Noting with zest' || i.label === 'Further recalling'));
  });
  it('proposes nothing inside a paragraph, in the header or in the annex', () => {
    for (const marked of [
      'The General Assembly,\n\n_Recalling_ its re|\n',
      'Seventy|\n\nThe General Assembly,\n',
      'The General Assembly,\n\n_Recalling_ a,\nsecond line |\n',
      'The General Assembly,\n\n1. _Decides_ a.\n\nAnnex\n\n|\n',
    ]) {
      const { doc, position } = withCursor(marked);
      assert.deepEqual(service.complete(doc, position), [], marked);
    }
  });
});

describe('language service', () => {
  it('caches the model per (uri, version) and forgets it on close', () => {
    const service = createLanguageService();
    let text = example;
    const doc = { uri: 'file:///c.unres', version: 1, getText: () => text };
    const m1 = service.getModel(doc);
    assert.equal(service.getModel(doc), m1);
    text = example.replace('1. _Takes', '1. _Took');
    const m2 = service.getModel({ ...doc, version: 2 });
    assert.notEqual(m2, m1);
    service.forget(doc.uri);
    assert.notEqual(service.getModel({ ...doc, version: 2 }), m2);
  });
  it('isolates a rule that throws: logs it once and the other rules still report', () => {
    const errors: string[] = [];
    const service = createLanguageService({ logger: { error: (m) => errors.push(m) } });
    const boom = { meta: { ...service.rules[0].meta, id: 'boom' }, check() { throw new Error('kaboom'); } };
    // One that reports before it throws, between two that report: what it reported is taken back.
    const half: Rule = {
      meta: { ...service.rules[0].meta, id: 'half', messages: { m: 'half' } },
      check({ report }) {
        report({ span: { start: 0, end: 1 }, messageId: 'm' });
        throw new Error('half done');
      },
    };
    const rules = [boom, ...service.rules.slice(0, 40), half, ...service.rules.slice(40)];
    const failures = new Set<string>();
    const faulty = readFileSync(new URL('../fixtures/faulty.unres', import.meta.url), 'utf8');
    const d1 = lintModel(parse(faulty), { rules, logger: { error: (m) => errors.push(m) }, loggedFailures: failures })!;
    const d2 = lintModel(parse(faulty), { rules, logger: { error: (m) => errors.push(m) }, loggedFailures: failures })!;
    assert.equal(d1.length, 5);
    assert.equal(d2.length, 5);
    assert.deepEqual(d1.map((d) => `${d.ruleId}/${d.severity}`), lintModel(parse(faulty))!.map((d) => `${d.ruleId}/${d.severity}`));
    assert.equal(errors.length, 2);
    assert.match(errors[0], /rule boom failed.*kaboom/);
    assert.match(errors[1], /rule half failed.*half done/);
  });
  it('honours cancellation', () => {
    const service = createLanguageService();
    const doc = { uri: 'file:///d.unres', version: 1, getText: () => example };
    assert.equal(service.lint(doc, undefined, { isCancellationRequested: true }), undefined);
  });
  it('applies per-rule severity overrides, "off" included', () => {
    const service = createLanguageService();
    const faulty = readFileSync(new URL('../fixtures/faulty.unres', import.meta.url), 'utf8');
    const doc = { uri: 'file:///f.unres', version: 1, getText: () => faulty };
    const d = service.lint(doc, { rules: { 'opener-italics': 'off', 'agenda-item': 'hint' } })!;
    assert.ok(!d.some((x) => x.ruleId === 'opener-italics'));
    assert.equal(d.find((x) => x.ruleId === 'agenda-item')?.severity, 'hint');
  });
  it('honours inline directives', () => {
    const service = createLanguageService();
    const text = 'The General Assembly,\n\n<!-- unres-disable-next-line opener-italics -->\nRecalling a;\n\n<!-- unres-disable -->\nNoting b;\n<!-- unres-enable -->\n\nWelcoming c;\n\n_Noting_ d,\n';
    const d = service.lint({ uri: 'file:///g.unres', version: 1, getText: () => text })!;
    assert.deepEqual(d.map((x) => `${x.range.start.line + 1}:${x.ruleId}`), ['4:preamble-punctuation', '10:opener-italics', '10:preamble-punctuation']);
  });
  it('fixes settle where two rules meet: a title that ends with a time (time-format adds the stop, title-line keeps it)', () => {
    const service = createLanguageService();
    const example = readFileSync(new URL('../../../shared/examples/A-73-L.103.unres', import.meta.url), 'utf8');
    const retitled = example.replace(/^Cooperation between the United Nations and the Collective Security Treaty Organization$/m, 'Commemorative meeting at 10am');
    assert.notEqual(retitled, example, 'the title was replaced');
    for (const [text, fixed] of [['1am', /^1 a\.m\.$/m], [retitled, /^Commemorative meeting at 10 a\.m\.$/m]] as const) {
      const r = service.fixAll({ uri: 'file:///t.unres', version: 1, getText: () => text });
      assert.ok(r.converged, 'the fixes settle');
      assert.match(r.text, fixed);
      const again = service.fixAll({ uri: 'file:///t2.unres', version: 1, getText: () => r.text });
      assert.equal(again.text, r.text, 'a second run changes nothing');
    }
  });

  it('fixes a whole document until nothing fixable is left', () => {
    const service = createLanguageService();
    const faulty = readFileSync(new URL('../fixtures/faulty.unres', import.meta.url), 'utf8');
    const r = service.fixAll({ uri: 'file:///h.unres', version: 1, getText: () => faulty });
    assert.ok(r.converged);
    assert.equal(r.applied, 4);
    const after = service.lint({ uri: 'file:///h2.unres', version: 1, getText: () => r.text })!;
    assert.deepEqual(after.map((x) => x.ruleId), ['footnote-undefined']);
    assert.match(r.text, /^Agenda item 128 \(t\)$/m);
    assert.match(r.text, /^_Recalling_ its resolution/m);
    assert.match(r.text, /^3\. _Decides_/m);
  });
});
