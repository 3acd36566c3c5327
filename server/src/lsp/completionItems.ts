/**
 * The core's completions as LSP completion items, as small as the client allows. A draft with
 * hundreds of footnotes offers every label after `[^`: each item written out in full (its
 * documentation repeating its detail, a filter text equal to its label, the same edit range on
 * every item) made 219 kB for the 583 footnotes of the benchmark's 1,000-paragraph draft on every
 * keystroke there; 169 kB as items now, 115 kB as a list with defaults.
 *
 * - A field equal to what the client assumes when it is missing is left out: `filterText` equal
 *   to the label, `insertTextFormat` plain text, a documentation that only repeats the detail
 *   (plain text without a mark Markdown would render differently).
 * - A client that takes list defaults (`completionList.itemDefaults` with `editRange`, LSP 3.17:
 *   VS Code) gets the range once for the list, when every item has the same one, and each item's
 *   text as `textEditText`.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver/node';
import type { CompletionResult } from '../core/languageService';
import { plainSnippet } from './plainSnippet';

const COMPLETION_KIND: Record<CompletionResult['kind'], CompletionItemKind> = {
  preambular: CompletionItemKind.Keyword,
  operative: CompletionItemKind.Keyword,
  footnote: CompletionItemKind.Reference,
  organ: CompletionItemKind.Constant,
  header: CompletionItemKind.Snippet,
};

/** What the client said it takes (`initialize`). */
export interface CompletionClient {
  readonly snippetSupport: boolean;
  /** `textDocument.completion.completionList.itemDefaults` holds `editRange`. */
  readonly editRangeDefault: boolean;
}

/**
 * What Markdown (as VS Code renders it, with GitHub's extensions) may read as more than plain text:
 * marks, a bare link, a list item at the start. A documentation holding one is not the detail's
 * plain text and is kept.
 */
const MARKDOWN_MARK = /[_*`[\]<>\\#&~|]|:\/\/|www\.|^\s*(?:[-+]|\d{1,9}[.)])\s/;

/** The response to `textDocument/completion`: a list with defaults when the client takes them, else items. */
export function completionResponse(results: readonly CompletionResult[], client: CompletionClient): CompletionItem[] | CompletionList {
  const items = results.map((c): CompletionItem => {
    const snippet = !!c.snippet && client.snippetSupport;
    const item: CompletionItem = { label: c.label, kind: COMPLETION_KIND[c.kind], detail: c.detail };
    if (c.documentation !== undefined && !(c.documentation === c.detail && !MARKDOWN_MARK.test(c.documentation))) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
    if (c.filterText !== c.label) item.filterText = c.filterText;
    item.sortText = c.sortText;
    if (snippet) item.insertTextFormat = InsertTextFormat.Snippet;
    item.textEdit = { range: c.range, newText: c.snippet && !snippet ? plainSnippet(c.newText) : c.newText };
    return item;
  });
  if (!client.editRangeDefault || results.length < 2) return items;
  const range = results[0].range;
  const same = results.every((c) => c.range.start.line === range.start.line && c.range.start.character === range.start.character && c.range.end.line === range.end.line && c.range.end.character === range.end.character);
  if (!same) return items;
  return {
    isIncomplete: false,
    itemDefaults: { editRange: range },
    items: items.map(({ textEdit, ...rest }) => ({ ...rest, textEditText: textEdit!.newText })),
  };
}
