import { footnotePlacement } from '../../../server/src/core/rules/footnote-placement';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const REF = 'organizations,[^1]';
const with_ = (s: string) => edit(ADOPTED, REF, s);

ruleTester(footnotePlacement, {
  valid: [
    { name: 'after the comma (FN-02 ✔ `organizations,1`)', text: ADOPTED },
    { name: 'no punctuation at a title that does not end the clause (FN-02 FP risk)', text: edit(ADOPTED, 'report of the Secretary-General;', 'United Nations Global Counter-Terrorism Strategy[^1] and relevant resolutions;') },
    { name: 'several indicators at one point, separated by commas (`,1,2`)', text: `${with_('organizations,[^1],[^2]')}[^2]: A/73/328/Add.1.\n` },
    { name: 'two references run together, after the comma', text: `${with_('organizations,[^1][^2]')}[^2]: A/73/328/Add.1.\n` },
    { name: 'after a closing quotation mark and the comma', text: with_('organizations “Kanal”,[^1]') },
    { name: 'Word-export references', text: with_('organizations,[footnoteRef:1]') },
  ],
  invalid: [
    {
      name: 'before the comma (FN-02 ✘ `organizations1,`)',
      text: with_('organizations[^1],'),
      errors: [{ ...at(ADOPTED, '[^1]'), column: at(ADOPTED, '[^1]').column - 1, messageId: 'before', message: '`,[^1]`' }],
      output: ADOPTED,
    },
    {
      name: 'before a semicolon (FN-02 ✘ `Strategy5;`)',
      text: edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General[^1];'),
      errors: [{ ...at(ADOPTED, 'General;'), column: at(ADOPTED, 'General;').column + 7, messageId: 'before' }],
      output: edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General;[^1]'),
    },
    {
      name: 'two references before a full stop move as one',
      text: `${edit(ADOPTED, 'Treaty Organization”.', 'Treaty Organization”[^1][^2].')}[^2]: Resolution 60/288.\n`,
      errors: [{ line: at(ADOPTED, 'Treaty Organization”.').line, messageId: 'before', message: '`.[^1][^2]`' }],
      output: `${edit(ADOPTED, 'Treaty Organization”.', 'Treaty Organization”.[^1][^2]')}[^2]: Resolution 60/288.\n`,
    },
  ],
});
