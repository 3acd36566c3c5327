import * as expressionData from '../data/expressions.json';
import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';

const entries: readonly SubstitutionEntry[] = expressionData.entries;

const list = substitutionRule({
  meta: {
    id: 'expression',
    description: 'Expressions the Editorial Manual prefers: `Chair` (not `Chairman`), `in accordance with` (not `as per`), no `e.g.`, `i.e.`, `etc.`, and `inter alia` in roman.',
    category: 'language',
    defaultSeverity: 'hint',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-09', 'LANG-04'],
    messages: {
      replace: 'Prefer "{{replacement}}" to "{{found}}"{{note}}.',
      avoid: 'Avoid "{{found}}"{{note}}.',
      romanLatin: '"inter alia" is in the Oxford dictionary and so is printed in roman: remove the italics.',
    },
  },
  entries: () => entries,
  skip: SKIP_DEFAULT,
});

/** LANG-09: the expressions table (hints), plus `inter alia` in roman (EM-ITAL). */
export const expression: Rule = {
  meta: list.meta,
  check(context) {
    list.check(context);
    const { model, report } = context;
    for (const e of model.emphases) {
      if (e.marker !== '_' && e.marker !== '*') continue;
      const inner = model.masked.slice(e.inner.start, e.inner.end);
      if (!/^inter[\s\u00a0]+alia$/i.test(inner) || skipped(model, e.span.start, e.span.end, { quotes: true })) continue;
      report({ span: e.span, messageId: 'romanLatin', fix: { title: 'Remove the italics', edits: [{ span: e.span, newText: model.text.slice(e.inner.start, e.inner.end) }] } });
    }
  },
};
