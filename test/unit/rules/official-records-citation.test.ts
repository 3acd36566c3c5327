import { officialRecordsCitation } from '../../../server/src/core/rules/official-records-citation';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const DEF = '[^1]: A/73/328–S/2018/592.';
const with_ = (body: string) => edit(ADOPTED, DEF, `[^1]: ${body}`);
const line = at(ADOPTED, DEF).line;

ruleTester(officialRecordsCitation, {
  valid: [
    { name: 'ECOSOC Supplement No. 1 is E/<year>/99 (review finding; E/2019/99 has it on its cover)', text: with_('Official Records of the Economic and Social Council, 2009, Supplement No. 1 (E/2009/99).') },
    { name: 'session and supplement number match the symbol (FN-07 ✔)', text: with_('Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/12).') },
    { name: 'a lettered supplement is an addendum (`53A` ↔ `/Add.1`)', text: with_('See Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53A (A/77/53/Add.1), chap. III, sect. A.') },
    { name: 'a corrigendum (80/13)', text: with_('Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45 and\n    corrigendum (A/34/45 and A/34/45/Corr.1).') },
    { name: 'parts inside the parentheses', text: with_('Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/12\n    (Part I) and A/73/12 (Part II)), part II.') },
    { name: 'ECOSOC: the document number is the supplement number plus 20 (E/2009/28)', text: with_('See Official Records of the Economic and Social Council, 2009, Supplement No. 8 (E/2009/28), chap. I, sect. C.') },
    { name: '`Ibid.` takes the organ from the footnote before it', text: `${edit(edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General;[^2]'), DEF, '[^1]: Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53).')}[^2]: Ibid., Seventy-fourth Session, Supplement No. 53 (A/74/53).\n` },
  ],
  invalid: [
    {
      name: 'the supplement number and the symbol disagree (FN-07 ✘ `No. 12 (A/73/13)`)',
      text: with_('Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/13).'),
      errors: [{ line, column: 87, messageId: 'supplement', message: '`A/73/12` (the report of the United Nations High Commissioner for Refugees)' }],
      output: null,
    },
    {
      name: 'the session and the symbol disagree (FN-07 ✘ `Seventy-fourth Session … (A/73/12)`)',
      text: with_('Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 12 (A/73/12).'),
      errors: [{ line, column: 49, messageId: 'session', message: 'seventy-third' }],
      output: null,
    },
    {
      name: 'a lettered supplement without its addendum',
      text: with_('Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53A (A/77/53).'),
      errors: [{ line, messageId: 'supplement', message: '`A/77/53/Add.1`' }],
      output: null,
    },
    {
      name: 'ECOSOC: the offset of 20 (No. 8 is E/2009/28, not E/2009/8)',
      text: with_('Official Records of the Economic and Social Council, 2009, Supplement No. 8 (E/2009/8).'),
      errors: [{ line, messageId: 'ecosocSupplement', message: '`E/2009/28`' }],
      output: null,
    },
    {
      name: 'ECOSOC Supplement No. 1, the resolutions and decisions, is E/<year>/99, not the offset rule\'s E/<year>/21',
      text: with_('Official Records of the Economic and Social Council, 2009, Supplement No. 1 (E/2009/21).'),
      errors: [{ line, messageId: 'ecosocSupplement', message: '`E/2009/99` (the resolutions and decisions of the Council)' }],
      output: null,
    },
  ],
});
