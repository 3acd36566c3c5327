import { footnoteIbid } from '../../../server/src/core/rules/footnote-ibid';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

/** Two footnotes: the second repeats the source of the first. */
const pair = (first: string, second: string) => `${edit(edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General;[^2]'), '[^1]: A/73/328–S/2018/592.', `[^1]: ${first}`)}[^2]: ${second}\n`;
const OR = 'Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53).';

ruleTester(footnoteIbid, {
  valid: [
    { name: '`Ibid.` after an Official Records citation (74/132)', text: pair(OR, 'Ibid., Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1).') },
    { name: '`Ibid.` after a Treaty Series citation', text: pair('United Nations, _Treaty Series_, vol. 1577, No. 27531.', 'Ibid., vol. 402, No. 5778.') },
    { name: 'a Security Council text from the yearly compilations (no masthead symbol) continues the footnotes of the resolution before it', text: 'Resolution 243 (1967)\n\nThe Security Council,\n\n_Having examined_ the application,[^1]\n\n_Recommends_ admission.\n\n[^1]: Ibid., Twenty-second Year, Supplement for October, November and December 1967, document S/8273.\n' },
    { name: 'numbered footnotes print in the order of their numbers, whatever the order in the file', text: pair(OR, 'Ibid., chap. II.').replace(/(\[\^1\]: .*\n)([\s\S]*)(\[\^2\]: .*\n)$/, '$2$3$1') },
  ],
  invalid: [
    {
      name: '`Ibid.` in the first footnote (FN-06)',
      text: edit(ADOPTED, '[^1]: A/73/328–S/2018/592.', '[^1]: Ibid., para. 3.'),
      errors: [{ ...at(ADOPTED, '[^1]:'), column: 3, messageId: 'first' }],
      output: null,
    },
    {
      name: 'italic, lower-case, or without its full stop',
      text: pair(OR, '_ibid_, chap. II.'),
      errors: [{ line: at(pair(OR, 'x'), '[^2]: x').line, column: 7, messageId: 'form', message: 'not in italics' }],
      output: pair(OR, 'Ibid., chap. II.'),
    },
    {
      name: 'after a footnote that cites two sources ([I])',
      text: pair('A/73/328; A/73/329.', 'Ibid., para. 4.'),
      errors: [{ line: at(pair('x', 'y'), '[^2]: y').line, column: 3, messageId: 'several' }],
      output: null,
    },
    {
      name: 'an Official Records continuation after a footnote that is not one',
      text: pair('Resolution 60/288.', 'Ibid., Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1).'),
      errors: [{ line: at(pair('x', 'y'), '[^2]: y').line, column: 3, messageId: 'series' }],
      output: null,
    },
  ],
});
