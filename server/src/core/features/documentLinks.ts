/** Document links: document symbols and resolution references open their page on https://undocs.org/. */
import type { DocumentModel, Span } from '../model/types';
import { resolutionMentions, symbolMentions } from './unSymbols';

/** A link in the text. */
export interface DocumentLinkResult {
  readonly span: Span;
  /** Always an https URL. */
  readonly target: string;
  readonly tooltip: string;
}

/** The links of a draft, in document order. */
export function documentLinks(model: DocumentModel): DocumentLinkResult[] {
  const out: DocumentLinkResult[] = [];
  for (const m of symbolMentions(model)) out.push({ span: m.span, target: m.url, tooltip: `Open ${m.symbol} on undocs.org` });
  for (const m of resolutionMentions(model)) out.push({ span: m.span, target: m.url, tooltip: `Open ${m.symbol} on undocs.org` });
  return out.filter((l) => l.target.startsWith('https://')).sort((a, b) => a.span.start - b.span.start);
}
