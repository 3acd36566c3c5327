import { unOrganName } from '../config/profiles';
import { historicSc } from './operative-punctuation';
import { isOperativeLeadIn } from './preamble-operative-form';
import type { Rule } from './types';

/**
 * SKEL-07: exactly one organ line, with a comma when a preamble follows and none when it does not.
 * A "preamble" that is only the operative part's lead-in (`The Security Council` / `Resolves :` /
 * `1. That …`, S/RES/33 (1947)) is no preamble: the comma is not asked for (nor refused). A
 * historic Security Council text (`historicSc`) may have no organ line at all: `Whereas …` / `Now,
 * therefore, the Security Council … resolves` (S/RES/17, S/RES/21 (1947)), or the organ named in
 * each paragraph (S/RES/1 (1946)).
 */
export const organLine: Rule = {
  meta: {
    id: 'organ-line',
    description: 'The organ line (`The General Assembly,`) is present once and ends with a comma exactly when a preamble follows.',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-07'],
    messages: {
      missing: 'There is no organ line: put `The General Assembly,` (or the organ that adopts the text) on its own line before the preamble.',
      duplicate: 'A resolution has one organ line; this second `The {{name}}` should be removed.',
      needsComma: 'The organ line ends with a comma when a preamble follows: write `The {{name}},`.',
      noComma: 'With no preamble the organ line takes no comma: write `The {{name}}`.',
      capitals: 'The organ line is written in ordinary case (capitals are a Model UN style): write `{{proper}}`.',
      unPrefix: 'The organ line names the organ alone: write `{{proper}}`, not `{{found}}`.',
    },
  },
  check(context) {
    const { model, report } = context;
    const organ = model.organ;
    if (!organ) {
      if (historicSc(context)) return;
      const p = model.problems.find((x) => x.code === 'missing-organ-line');
      if (p) report({ span: p.span, messageId: 'missing' });
      return;
    }
    for (const span of model.extraOrganLines) {
      report({ span, messageId: 'duplicate', data: { name: organ.name } });
    }
    const punct = organ.punctuationSpan;
    // `THE GENERAL ASSEMBLY,` (Model UN style, MUN-01: not reported under `mun`) or `The UN General
    // Assembly,`: the organ line of a United Nations text is `The General Assembly,`.
    const un = unOrganName(organ.name);
    const span = { start: organ.span.start, end: punct.start };
    const written = model.text.slice(span.start, span.end);
    const capitals = /[A-Z]{2}/.test(written) && written === written.toUpperCase();
    if (un && (un.prefixed || (capitals && context.settings.profile !== 'mun'))) {
      const fixed = `The ${un.organ}`;
      report({
        span,
        messageId: un.prefixed ? 'unPrefix' : 'capitals',
        data: { proper: fixed, found: written },
        fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] },
      });
    }
    const leadInOnly = model.preamble.length > 0 && model.preamble.every((p) => isOperativeLeadIn(model, p));
    if (model.preamble.length > 0 && !leadInOnly && organ.punctuation !== ',') {
      report({
        span: organ.punctuation ? punct : organ.span,
        messageId: 'needsComma',
        data: { name: organ.name },
        fix: { title: 'End the organ line with a comma', edits: [{ span: punct, newText: ',' }] },
      });
    } else if (model.preamble.length === 0 && model.operative.length > 0 && organ.punctuation === ',') {
      report({
        span: punct,
        messageId: 'noComma',
        data: { name: organ.name },
        fix: { title: 'Remove the comma', edits: [{ span: punct, newText: '' }] },
      });
    }
  },
};
