/**
 * Texts shared by the tests of the document-structure, footnote and consistency rules (issue 3):
 * an adopted General Assembly resolution, the same text as a draft, and a Security Council
 * resolution, all clean. Tests change one fragment with `edit`, which fails when the fragment is
 * missing, so that a case can never silently test an unchanged text.
 */
import assert from 'node:assert/strict';

/** The rules of issue 3 (document structure, footnotes, consistency), in registry order. */
export const STRUCTURE_RULES = [
  'symbol-line', 'distribution-line', 'block-order', 'adoption-line', 'committee-line', 'title-line', 'title-case', 'sponsor-line',
  'agenda-item-title', 'draft-adopted-elements', 'session-consistency', 'adoption-date-session', 'organ-consistency', 'closing-block',
  'closing-date', 'opener-capitalization', 'preamble-particle-position', 'single-operative-numbered', 'operative-adverb-position',
  'subparagraph-capital', 'single-sentence', 'session-reference', 'agenda-item-reference', 'cited-resolution-date', 'footnote-placement',
  'footnote-full-stop', 'footnote-capital', 'footnote-page-locator', 'footnote-repeated-reference', 'footnote-duplicate-text', 'footnote-ibid',
  'official-records-citation', 'official-records-style', 'in-text-symbol',
];

/** A/RES/73/331 as adopted (shortened), clean under every rule. */
export const ADOPTED = `A/RES/73/331
General Assembly
Distr.: General

Seventy-third session
Agenda item 128 (t)

Resolution adopted by the General Assembly on 25 July 2019

[without reference to a Main Committee (A/73/L.103 and A/73/L.103/Add.1)]

73/331. Cooperation between the United Nations and the Collective Security Treaty Organization

The General Assembly,

_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,[^1]

_Referring also_ to its resolution 59/50 of 2 December 2004, in which it granted the Collective Security Treaty Organization observer status in the General Assembly,

_Referring_ to all previous relevant resolutions of the Security Council, including resolution 1631 (2005) of 17 October 2005,

1. _Takes note with appreciation_ of the report of the Secretary-General;

2. _Invites_ the Secretary-General to continue regular consultations with the Secretary-General of the Collective Security Treaty Organization;

3. _Requests_ the Secretary-General to submit to the General Assembly at its seventy-fifth session a report on the implementation of the present resolution;

4. _Decides_ to include in the provisional agenda of its seventy-fifth session, under the item entitled “Cooperation between the United Nations and regional and other organizations”, the sub-item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.

101st plenary meeting
25 July 2019

[^1]: A/73/328–S/2018/592.
`;

/** The same text as a plenary draft (L. document). */
export const DRAFT = `A/73/L.103
General Assembly
Distr.: Limited
18 July 2019
Original: English

Seventy-third session
Agenda item 128 (t)
Cooperation between the United Nations and regional and other organizations

Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russian Federation and Tajikistan: draft resolution

Cooperation between the United Nations and the Collective Security Treaty Organization

The General Assembly,

_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,[^1]

1. _Takes note with appreciation_ of the report of the Secretary-General;

2. _Decides_ to include in the provisional agenda of its seventy-fifth session, under the item entitled “Cooperation between the United Nations and regional and other organizations”, the sub-item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.

[^1]: A/73/328–S/2018/592.
`;

/** S/RES/1445 (2002), stand-alone issuance (shortened). */
export const SC = `S/RES/1445 (2002)
Security Council
Distr.: General

Resolution 1445 (2002)

Adopted by the Security Council at its 4653rd meeting, on 4 December 2002

The Security Council,

_Recalling_ its resolutions 1234 (1999) of 9 April 1999 and 1291 (2000) of 24 February 2000,

_Taking note_ of the report of the Secretary-General of 10 September 2002 (S/2002/1005),

1. _Welcomes_ the report of the Secretary-General;

2. _Decides_ to remain seized of the matter.
`;

/** Replaces the one occurrence of `from`; fails when it is missing or ambiguous. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `fragment not found: ${from}`);
  assert.equal(text.indexOf(from, at + 1), -1, `fragment occurs twice: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The 1-based line of the first occurrence of a fragment. */
export function lineOf(text: string, fragment: string): number {
  const at = text.indexOf(fragment);
  assert.ok(at >= 0, `fragment not found: ${fragment}`);
  return text.slice(0, at).split('\n').length;
}

/** The 1-based column of the first occurrence of a fragment. */
export function columnOf(text: string, fragment: string): number {
  const at = text.indexOf(fragment);
  assert.ok(at >= 0, `fragment not found: ${fragment}`);
  return at - text.lastIndexOf('\n', at - 1);
}

/** Line and column of a fragment, for `errors`. */
export function at(text: string, fragment: string): { line: number; column: number } {
  return { line: lineOf(text, fragment), column: columnOf(text, fragment) };
}
