import { compareDates, documentFacts, formatDate } from './documentFacts';
import type { Rule } from './types';

/** CONS-03: the date under the meeting line is the date of the adoption line. */
export const closingDate: Rule = {
  meta: {
    id: 'closing-date',
    description: 'The date of the closing block is the date of the adoption line (the masthead issue date is another date and is not compared).',
    category: 'consistency',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['CONS-03'],
    messages: {
      differs: 'The closing date {{found}} differs from the adoption line ({{expected}}): both give the date of adoption; write `{{expected}}`.',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const adopted = facts.adoption?.date?.read?.value;
    const closing = facts.closing?.date;
    if (!adopted || !closing?.read) return;
    if (compareDates(adopted, closing.read.value) === 0) return;
    const expected = formatDate(adopted);
    report({ span: closing.span, messageId: 'differs', data: { found: formatDate(closing.read.value), expected }, fix: { title: `Write "${expected}"`, edits: [{ span: closing.span, newText: expected }] } });
  },
};
