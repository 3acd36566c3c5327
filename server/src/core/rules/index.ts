/** The ordered rule registry. Add a rule: write `<id>.ts`, its doc page, and list it here. */
import { agendaItem } from './agenda-item';
import { footnoteDuplicate } from './footnote-duplicate';
import { footnoteOrder } from './footnote-order';
import { footnoteUndefined } from './footnote-undefined';
import { footnoteUnreferenced } from './footnote-unreferenced';
import { openerItalics } from './opener-italics';
import { operativeNumbering } from './operative-numbering';
import { operativeOpener } from './operative-opener';
import { operativePreambularForm } from './operative-preambular-form';
import { operativePunctuation } from './operative-punctuation';
import { organLine } from './organ-line';
import { preambleNumbered } from './preamble-numbered';
import { preambleOpener } from './preamble-opener';
import { preambleOperativeForm } from './preamble-operative-form';
import { preamblePunctuation } from './preamble-punctuation';
import { sessionLine } from './session-line';
import { subparagraphPunctuation } from './subparagraph-punctuation';
import { subparagraphSequence } from './subparagraph-sequence';
import { syntax } from './syntax';
import type { Rule } from './types';

/** Every rule, in the order diagnostics of equal position are listed. */
export const rules: readonly Rule[] = [
  syntax,
  sessionLine,
  agendaItem,
  organLine,
  preambleNumbered,
  preambleOpener,
  preambleOperativeForm,
  preamblePunctuation,
  openerItalics,
  operativeNumbering,
  operativeOpener,
  operativePreambularForm,
  operativePunctuation,
  subparagraphSequence,
  subparagraphPunctuation,
  footnoteUndefined,
  footnoteUnreferenced,
  footnoteDuplicate,
  footnoteOrder,
];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}

/** Where a rule's documentation lives, relative to a base (a directory URL or path ending in `/`). */
export function docsUrl(id: string, base: string): string {
  return `${base}${id}.md`;
}
