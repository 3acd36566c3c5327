import { inTextSymbol } from '../../../server/src/core/rules/in-text-symbol';
import { ruleTester } from '../ruleTester';
import { ADOPTED, SC, at, edit } from './structureTexts';

const with_ = (s: string) => edit(ADOPTED, 'organizations,[^1]', s);

ruleTester(inTextSymbol, {
  valid: [
    { name: 'GA texts cite in footnotes', text: ADOPTED },
    { name: 'SC texts cite in the text (FN-09)', text: SC },
    { name: 'symbols in the provenance line are part of the header', text: ADOPTED },
    { name: 'a symbol inside a quotation', text: with_('organizations entitled “Report of the Secretary-General (A/73/328)”,[^1]') },
    { name: '`contained in document A/78/111` without parentheses', text: with_('organizations, contained in document A/78/111,[^1]') },
  ],
  invalid: [
    {
      name: 'a symbol in parentheses in a GA text (FN-09)',
      text: with_('organizations (A/73/328),'),
      errors: [{ ...at(ADOPTED, ',[^1]'), column: at(ADOPTED, ',[^1]').column + 1, messageId: 'symbol', message: '`A/73/328`' }],
      output: null,
    },
    {
      name: 'a joint symbol with a locator',
      text: with_('organizations (A/73/328–S/2018/592, annex),'),
      errors: [{ line: at(ADOPTED, ',[^1]').line, messageId: 'symbol' }],
      output: null,
    },
  ],
});
