import { ordinalNumber } from '../../../server/src/core/rules/ordinal-number';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Decides_ ${text}\n`);

ruleTester(ordinalNumber, {
  valid: [
    { name: 'session ordinals in words, meetings in figures (NUM-04 ✔)', text: op('to include the item in the provisional agenda of its seventy-fifth session, as decided at its 101st plenary meeting.') },
    { name: 'an Official Records title keeps its capitals (footnote)', text: draft('_Recalling_ its resolution 59/50,[^1]\n\n1. _Decides_ to continue.\n\n[^1]: See _Official Records of the General Assembly, Seventy-third Session, Supplement No. 49_ (A/73/49).\n') },
    { name: 'an ordinal after a comma may open a title', text: op('to take note of the Official Records of the General Assembly, Seventy-third session.') },
    // Long fuzz, seed 17000000469: a zero-width no-break space before the capital made this rule ask for a
    // lower case that subparagraph-capital undid, pass after pass.
    { name: 'a capital ordinal opening a sub-paragraph after a zero-width space (the parser reads it as white space)', text: op('to act:\n\n(a) \ufeffSeventy-third session of the Assembly;\n\n(b) Its report.') },
    { name: 'a capital ordinal after a full stop and a thin space', text: op('to act. \u2009Seventy-third session reports follow.') },
  ],
  invalid: [
    {
      name: 'an ordinal in figures (NUM-04 ✘ its 75th session)',
      text: op('to consider the question at its 75th session and on the 80th anniversary of the United Nations.'),
      errors: [{ line: 10, column: 46, messageId: 'figures', message: '"seventy-fifth session"' }, { line: 10, column: 70, messageId: 'figures', message: '"eightieth anniversary"' }],
      output: op('to consider the question at its seventy-fifth session and on the eightieth anniversary of the United Nations.'),
    },
    {
      name: 'a capitalized ordinal mid-sentence (NUM-04 ✘ its Seventy-fifth session)',
      text: op('to consider the question at its Seventy-fifth session.'),
      errors: [{ line: 10, column: 46, messageId: 'capital', message: '"seventy-fifth session"' }],
      output: op('to consider the question at its seventy-fifth session.'),
    },
  ],
});

describe('ordinal-number docs', () => docExamples(ordinalNumber));
