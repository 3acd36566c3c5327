import { closest } from '../config/settings';
import type { Rule } from './types';

/** How far a misspelt id may be from a registered one for the quick fix (two typos). */
const MAX_DISTANCE = 2;

/** FORMAT.md "Comments and directives": a directive names registered rules; an unknown id silences nothing. */
export const directiveUnknownRule: Rule = {
  meta: {
    id: 'directive-unknown-rule',
    description: 'The rule ids of `<!-- unres-disable … -->` directives are the ids of rules that exist (a misspelt id silences nothing).',
    category: 'syntax',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['FORMAT'],
    messages: {
      unknown: 'There is no rule "{{id}}", so this directive silences nothing: write a rule id from `unres --list-rules`.',
      unknownNear: 'There is no rule "{{id}}", so this directive silences nothing: did you mean "{{near}}"?',
    },
  },
  check({ model, ruleIds, report }) {
    for (const d of model.directives) {
      for (const { id, span } of d.ruleIds) {
        if (ruleIds.has(id)) continue;
        const near = closest(id, ruleIds, MAX_DISTANCE);
        if (near) report({ span, messageId: 'unknownNear', data: { id, near }, fix: { title: `Write "${near}"`, edits: [{ span, newText: near }] } });
        else report({ span, messageId: 'unknown', data: { id } });
      }
    }
  },
};
