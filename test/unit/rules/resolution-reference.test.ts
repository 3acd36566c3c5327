import { resolutionReference } from '../../../server/src/core/rules/resolution-reference';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const p = (text: string) => draft(`_Recalling_ ${text},\n\n1. _Decides_ to continue its consideration of the item.\n`);

ruleTester(resolutionReference, {
  valid: [
    { name: 'resolutions cited by number (REF-04 ✔)', text: p('its resolution 59/50 of 2 December 2004 and Security Council resolution 1631 (2005) of 17 October 2005') },
    { name: 'old and composite numbers, special sessions', text: p('resolutions 217 A (III) of 10 December 1948, 31/6 A and B, S-10/2 and ES-10/19') },
    { name: 'the title of an advisory opinion of the Court keeps its capital, also in plain text (S/RES/301 of the corpus; found by a review)', text: draft(`_Recalling_ the advisory opinion,[^1]\n\n1. _Decides_ to continue.\n\n[^1]: Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970), Advisory Opinion, I.C.J. Reports 1971, p. 16.\n`) },
    { name: '"Resolution" opening a footnote (FN-03) and a sentence', text: draft(`_Recalling_ its resolution 60/288,[^1]\n\n1. _Decides_ to continue. Resolution 60/288 remains the basis.\n\n[^1]: Resolution 60/288.\n`) },
    { name: 'the header keeps its symbol line; a symbol in a footnote is a source, not a citation', text: `A/RES/73/331\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,[^1]\n\n1. _Decides_ to continue.\n\n[^1]: See A/RES/59/50.\n` },
    { name: 'a symbol alone on its line is a running head of extracted PDF text', text: draft('_Recalling_ its resolution 59/50 and the work\nA/RES/73/331\nof the Organization,\n\n1. _Decides_ to continue.\n') },
    { name: 'a quoted title keeps its capitals', text: p('the report entitled “Implementation of Resolution 60/288”') },
    // A NEL (U+0085) after the colon hid the footnote start: the fix lower-cased `Resolution` and footnote-capital put the capital back, pass after pass.
    { name: 'a footnote starts with `Resolution` whatever white space follows its colon (a NEL)', text: `A/RES/73/331\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,[^1]\n\n1. _Decides_ to continue.\n\n[^1]:\u0085 Resolution 49/57.\n` },
    // A zero-width space before `(i)` hid the label: the fix lowered `Resolutions` and subparagraph-capital raised it again, pass after pass (fuzz replay 26000000080:650).
    {
      name: 'a sub-paragraph starts with `Resolutions` whatever white space the parser skips before its label (a zero-width space, U+2028)',
      text: draft('_Recalling_ its resolutions,\n\n1. _Decides_ to note:\n(a) Resolutions 60/1 and 60/2;\n\u200b(b) Resolutions 60/3 and 60/4;\n\u2028(c) Resolution 60/5;\n(iv) Resolution 60/6.\n'),
    },
  ],
  invalid: [
    {
      name: 'a resolution symbol in running text (REF-04 ✘ Recalling A/RES/59/50)',
      text: p('A/RES/59/50 of 2 December 2004'),
      errors: [{ line: 8, column: 13, messageId: 'symbol', message: '"its resolution 59/50"' }],
      output: p('its resolution 59/50 of 2 December 2004'),
    },
    {
      name: 'after the word resolution, only the symbol goes; another organ\'s resolution is named with its organ (REF-04), never left to read as the Assembly\'s own',
      text: p('its resolution A/RES/ES-10/19, resolution S/RES/1631 (2005), Security Council resolution S/RES/2417 (2018) and A/HRC/RES/40/1'),
      errors: [
        { line: 8, column: 28, messageId: 'symbol', message: '"resolution ES-10/19"' },
        { line: 8, column: 55, messageId: 'symbol', message: '"Security Council resolution 1631 (2005)"' },
        { line: 8, column: 102, messageId: 'symbol', message: '"resolution 2417 (2018)"' },
        { line: 8, column: 124, messageId: 'symbol', message: '"Human Rights Council resolution 40/1"' },
      ],
      output: p('its resolution ES-10/19, Security Council resolution 1631 (2005), Security Council resolution 2417 (2018) and Human Rights Council resolution 40/1'),
    },
    {
      name: 'in a Security Council text, its own resolutions by number and the Assembly\'s with the organ (review finding)',
      text: 'The Security Council,\n\n_Recalling_ S/RES/2417 (2018) and A/RES/77/301,\n\n1. _Decides_ to remain seized of the matter.\n',
      errors: [{ line: 3, column: 13, messageId: 'symbol', message: '"resolution 2417 (2018)"' }, { line: 3, column: 35, messageId: 'symbol', message: '"General Assembly resolution 77/301"' }],
      output: 'The Security Council,\n\n_Recalling_ resolution 2417 (2018) and General Assembly resolution 77/301,\n\n1. _Decides_ to remain seized of the matter.\n',
    },
    {
      name: '"Resolution" capitalized mid-sentence (REF-04 ✘ Recalling Resolution 59/50)',
      text: p('Resolution 59/50 and Resolutions 60/1 and 60/2'),
      errors: [{ line: 8, column: 13, messageId: 'capital' }, { line: 8, column: 34, messageId: 'capital' }],
      output: p('resolution 59/50 and resolutions 60/1 and 60/2'),
    },
    {
      name: 'a letter in parentheses that is no sub-paragraph label (no white space before it) does not open a sentence',
      text: p('the list in annex(a) Resolutions 60/1 and 60/2, and (abcde) Resolution 60/3'),
      errors: [{ line: 8, column: 34, messageId: 'capital' }, { line: 8, column: 73, messageId: 'capital' }],
      output: p('the list in annex(a) resolutions 60/1 and 60/2, and (abcde) resolution 60/3'),
    },
    {
      name: 'a year without its space or without its parentheses (REF-04 ✘ resolution 1631(2005))',
      text: p('Security Council resolutions 1631(2005) and 1625 2005'),
      errors: [{ line: 8, column: 42, messageId: 'yearSpace', message: '"1631 (2005)"' }],
      output: p('Security Council resolutions 1631 (2005) and 1625 2005'),
    },
    {
      name: 'a year written without parentheses after "resolution"',
      text: p('its resolution 841 1993 of 16 June 1993'),
      errors: [{ line: 8, column: 28, messageId: 'yearParentheses', message: '"841 (1993)"' }],
      output: p('its resolution 841 (1993) of 16 June 1993'),
    },
    {
      name: 'a symbol with an addendum is reported without a fix',
      text: p('A/RES/59/50/Corr.1'),
      errors: [{ line: 8, column: 13, messageId: 'symbolNoFix' }],
      output: null,
    },
  ],
});

describe('resolution-reference docs', () => docExamples(resolutionReference));
