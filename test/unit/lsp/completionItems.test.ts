/** The core's completions as LSP items (server/src/lsp/completionItems.ts): nothing a client assumes anyway, list defaults where taken. */
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList } from 'vscode-languageserver/node';
import type { CompletionResult } from '../../../server/src/core/languageService';
import { completionResponse } from '../../../server/src/lsp/completionItems';

const at = (line: number, a: number, b = a) => ({ start: { line, character: a }, end: { line, character: b } });

function footnote(label: string, detail: string, documentation = detail): CompletionResult {
  return { label, kind: 'footnote', newText: `${label}]`, range: at(8, 17), filterText: label, sortText: label.padStart(4, '0'), detail, documentation };
}

const PLAIN = { snippetSupport: false, editRangeDefault: false };
const DEFAULTS = { snippetSupport: true, editRangeDefault: true };

describe('completion items for the client (completionResponse)', () => {
  it('leaves out a filter text equal to the label, plain-text format, and a documentation that only repeats the detail', () => {
    const [item] = completionResponse([footnote('1', 'Security Council resolution 1325 (2000).')], PLAIN) as CompletionItem[];
    assert.deepEqual(item, { label: '1', kind: 18, detail: 'Security Council resolution 1325 (2000).', sortText: '0001', textEdit: { range: at(8, 17), newText: '1]' } });
  });

  it('keeps a documentation that says more than the detail, or that Markdown renders differently', () => {
    const long = footnote('2', 'Official Records of the General…', 'Official Records of the General Assembly, Seventy-third Session.');
    const marked = footnote('3', '_Official Records_, A/73/27.');
    const items = completionResponse([long, marked], PLAIN) as { documentation?: unknown }[];
    assert.deepEqual(items[0].documentation, { kind: 'markdown', value: 'Official Records of the General Assembly, Seventy-third Session.' });
    assert.deepEqual(items[1].documentation, { kind: 'markdown', value: '_Official Records_, A/73/27.' });
    const others = ['See https://undocs.org/en/A/RES/73/331.', '1. First of a list.', '- a list item', 'struck ~out~'].map((d, i) => footnote(String(i + 4), d));
    for (const item of completionResponse(others, PLAIN) as CompletionItem[]) assert.ok(item.documentation, `kept for ${item.detail}`);
  });

  it('keeps a filter text other than the label and turns snippets into plain text for a client without them', () => {
    const phrase: CompletionResult = { label: 'Agenda item', kind: 'header', newText: 'Agenda item ${1:number}', range: at(1, 0), filterText: 'agenda', sortText: '1', detail: 'header line', snippet: true };
    const [plain] = completionResponse([phrase], PLAIN) as { filterText?: string; insertTextFormat?: number; textEdit?: { newText: string } }[];
    assert.equal(plain.filterText, 'agenda');
    assert.equal(plain.insertTextFormat, undefined);
    assert.equal(plain.textEdit!.newText, 'Agenda item number');
    const [snippet] = completionResponse([phrase], { snippetSupport: true, editRangeDefault: false }) as { insertTextFormat?: number; textEdit?: { newText: string } }[];
    assert.equal(snippet.insertTextFormat, 2);
    assert.equal(snippet.textEdit!.newText, 'Agenda item ${1:number}');
  });

  it('gives a client that takes list defaults the range once when every item has it, and items otherwise', () => {
    const same = completionResponse([footnote('1', 'One.'), footnote('2', 'Two.')], DEFAULTS) as CompletionList;
    assert.deepEqual(same.itemDefaults, { editRange: at(8, 17) });
    assert.deepEqual(same.items.map((i) => [i.label, i.textEditText, i.textEdit]), [['1', '1]', undefined], ['2', '2]', undefined]]);
    assert.equal(same.isIncomplete, false);
    const other = { ...footnote('2', 'Two.'), range: at(8, 16, 17) };
    const mixed = completionResponse([footnote('1', 'One.'), other], DEFAULTS);
    assert.ok(Array.isArray(mixed), 'two ranges: full items');
    assert.deepEqual(mixed[1].textEdit, { range: at(8, 16, 17), newText: '2]' });
    assert.ok(Array.isArray(completionResponse([footnote('1', 'One.')], DEFAULTS)), 'one item: nothing to share');
    assert.deepEqual(completionResponse([], DEFAULTS), []);
  });
});
