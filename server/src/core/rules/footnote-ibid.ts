import type { FootnoteDefinition } from '../model/types';
import { documentFacts, footnoteBody, printedFootnotes } from './documentFacts';
import type { Rule } from './types';

/** FN-06: `Ibid.` (roman, capital I, full stop) repeats the immediately preceding footnote. */
export const footnoteIbid: Rule = {
  meta: {
    id: 'footnote-ibid',
    description: '`Ibid.` is written roman with a capital and a full stop, and repeats a single source cited in the footnote printed just before it.',
    category: 'footnotes',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['FN-06'],
    messages: {
      form: 'Write `Ibid.` (capital I, full stop, roman){{rest}}.',
      first: '`Ibid.` repeats the footnote printed just before it, and this one has none: cite the source in full.',
      several: 'The footnote before this one cites more than one source, so `Ibid.` is ambiguous: cite the source in full.',
      series: '`Ibid., … Session, Supplement No. …` continues an Official Records citation, but the footnote before it ({{previous}}) is not one: cite the source in full.',
    },
  },
  check({ model, report }) {
    const printed = printedFootnotes(model);
    const facts = documentFacts(model);
    let previous: { def: FootnoteDefinition; body: string; officialRecords: boolean } | undefined;
    for (const d of printed) {
      const body = footnoteBody(model, d);
      const m = /^([_*]?)(ibid)(\.?)([_*]?)(?=[\s,.;]|$)/i.exec(body);
      let officialRecords = /Official Records of the/.test(body);
      if (m) {
        const written = m[0];
        const expected = 'Ibid.';
        if (written !== expected) {
          const span = { start: d.textSpan.start, end: d.textSpan.start + written.length };
          const rest = m[1] ? ', not in italics' : '';
          report({ span, messageId: 'form', data: { rest }, fix: { title: 'Write "Ibid."', edits: [{ span, newText: expected }] } });
        }
        // Security Council texts taken from the yearly compilations (no masthead symbol) continue
        // the footnotes of the resolution before them: their first footnote may be `Ibid.`.
        if (!previous) {
          if (!(facts.family === 'sc' && !facts.symbol)) report({ span: d.labelSpan, messageId: 'first' });
        } else {
          if (/;\s/.test(previous.body.replace(/;\s*see\b/gi, ''))) report({ span: d.labelSpan, messageId: 'several' });
          if (/\bSession,\s+Supplement\s+No\./.test(body) && !previous.officialRecords) report({ span: d.labelSpan, messageId: 'series', data: { previous: `\`${previous.def.label}\`` } });
          // An Ibid. that continues an Official Records citation is one too, for the next footnote.
          officialRecords ||= previous.officialRecords;
        }
      }
      previous = { def: d, body, officialRecords };
    }
  },
};
