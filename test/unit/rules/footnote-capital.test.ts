import { footnoteCapital } from '../../../server/src/core/rules/footnote-capital';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const DEF = '[^1]: A/73/328–S/2018/592.';
const with_ = (d: string) => edit(ADOPTED, DEF, d);

ruleTester(footnoteCapital, {
  valid: [
    { name: 'a symbol', text: ADOPTED },
    { name: '`Resolution 60/288.` and `See resolution S-30/1, annex.`', text: with_('[^1]: See resolution S-30/1, annex.') },
    { name: 'a year at the start (`2010 Review Conference …`)', text: with_('[^1]: 2010 Review Conference of the Parties to the Treaty, Final Document.') },
    { name: '`Ibid.` is footnote-ibid’s business', text: with_('[^1]: ibid., vol. 402, No. 5778.') },
    { name: 'an italic publication title', text: with_('[^1]: _Official Records of the General Assembly_.') },
    { name: 'a web address keeps its case', text: with_('[^1]: https://www.un.org/en/.') },
  ],
  invalid: [
    {
      name: 'a Word-export footnote text (`[1: …]`) is reported, not fixed: quick fixes never change Word\'s text',
      text: ADOPTED.replace('[^1]', '[footnoteRef:1] [1: resolution 60/288.]').replace(`\n${DEF}\n`, '\n'),
      errors: [{ line: 16, column: 156, messageId: 'lower', message: '`Resolution`' }],
      output: null,
    },
    {
      name: 'a lower-case `resolution` (FN-03)',
      text: with_('[^1]: resolution 60/288.'),
      errors: [{ line: at(ADOPTED, DEF).line, column: 7, messageId: 'lower', message: '`Resolution`' }],
      output: with_('[^1]: Resolution 60/288.'),
    },
    {
      name: 'a lower-case `see`',
      text: with_('[^1]: see resolution S-30/1, annex.'),
      errors: [{ line: at(ADOPTED, DEF).line, column: 7, messageId: 'lower' }],
      output: with_('[^1]: See resolution S-30/1, annex.'),
    },
  ],
});
