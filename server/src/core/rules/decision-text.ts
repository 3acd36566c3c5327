import type { DocumentModel, Span } from '../model/types';
import type { Rule } from './types';

/** Why a text is a decision, and where that shows. */
export interface DecisionMark {
  readonly span: Span;
  readonly why: string;
}

/** `… and Tajikistan: draft decision`, `: revised draft decision`. */
const SPONSOR_DECISION = /:[ \t\u00a0]*(?:revised[ \t\u00a0]+)?draft[ \t\u00a0]+decision\b/i;
/** `Decision adopted by the General Assembly on …`. */
const ADOPTED_DECISION = /^Decision[ \t\u00a0]+adopted[ \t\u00a0]+by\b/;
/** `Draft decision`, `Draft decision II`, `Decision 50/411`, `73/543. Decision …` stays out: only the word first. */
const DECISION_HEADING = /^(?:Draft[ \t\u00a0]+decision(?:[ \t\u00a0]+[IVXL]{1,6})?|Decision[ \t\u00a0]+\d{1,4}\/\d{1,4})\b/;

/**
 * SKEL-14: whether the draft is a decision rather than a resolution: a sponsor line ending
 * `draft decision`, an adoption line `Decision adopted by …`, a `Draft decision` heading, or an
 * ECOSOC organ line ending with a colon (`The Economic and Social Council:`, the form of its draft decisions).
 */
export function decisionMark(model: DocumentModel): DecisionMark | undefined {
  for (const line of model.header.lines) {
    if (SPONSOR_DECISION.test(line.text)) return { span: line.span, why: 'the sponsor line says "draft decision"' };
    if (ADOPTED_DECISION.test(line.text)) return { span: line.span, why: 'the adoption line says "Decision adopted"' };
    if (DECISION_HEADING.test(line.text)) return { span: line.span, why: `the header says "${line.text.slice(0, 40)}"` };
  }
  if (model.organ?.punctuation === ':' && /^Economic and Social Council$/.test(model.organ.name)) return { span: model.organ.span, why: 'the organ line ends with a colon, as an ECOSOC draft decision does' };
  return undefined;
}

/**
 * SKEL-14: decisions are not resolutions. The rules on preambular and operative paragraphs are
 * switched off for them (profiles.json `decisionSuspends`); this rule says so once, as a hint.
 */
export const decisionText: Rule = {
  meta: {
    id: 'decision-text',
    description: 'A decision (`: draft decision`, `Decision adopted by …`, `The Economic and Social Council:`) is not checked as a resolution; the linter says so once.',
    category: 'header',
    defaultSeverity: 'hint',
    fixable: false,
    conventions: ['SKEL-14'],
    messages: {
      decision: 'This text is a decision ({{why}}): the rules on preambular and operative paragraphs are not applied to it.',
    },
  },
  check({ model, report }) {
    const mark = decisionMark(model);
    if (mark) report({ span: mark.span, messageId: 'decision', data: { why: mark.why } });
  },
};
