import { ordinalWord } from '../data/ordinals';
import * as supplements from '../data/officialRecordsSupplements.json';
import { officialRecordsCitations } from './officialRecords';
import type { Rule } from './types';

const GA_SUPPLEMENTS = new Map(supplements.generalAssembly.map((s) => [s.number, s.content]));
const ECOSOC_OFFSET = supplements.economicAndSocialCouncil.documentOffset;
/** ECOSOC supplements whose document number is not the supplement number plus the offset (No. 1 is E/<year>/99). */
const ECOSOC_EXCEPTIONS = new Map(supplements.economicAndSocialCouncil.exceptions.map((e) => [e.number, e]));

/** `A` → 1, `B` → 2: the addendum a lettered supplement number stands for. */
function letterIndex(letter: string): number {
  return letter ? letter.charCodeAt(0) - 64 : 0;
}

/** FN-07, CONS-09: the session and supplement number of an Official Records citation match its symbol. */
export const officialRecordsCitation: Rule = {
  meta: {
    id: 'official-records-citation',
    description: 'In an Official Records citation the session and the supplement number match the symbol (`Seventy-third Session, Supplement No. 12 (A/73/12)`; ECOSOC `2009, Supplement No. 8 (E/2009/28)`).',
    category: 'footnotes',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['FN-07', 'CONS-09'],
    messages: {
      session: 'The citation names the {{session}} session, but `{{symbol}}` is a document of the {{found}} session: make them agree.',
      supplement: 'Supplement No. {{number}}{{letter}} is document `{{expected}}`{{what}}, not `{{symbol}}`: make the supplement number and the symbol agree.',
      year: 'The citation names {{year}}, but `{{symbol}}` is a document of {{found}}: make them agree.',
      ecosocSupplement: 'Supplement No. {{number}}{{letter}} of the Economic and Social Council Official Records is document `{{expected}}` ({{why}}), not `{{symbol}}`.',
    },
  },
  check({ model, report }) {
    for (const c of officialRecordsCitations(model)) {
      if (!c.symbol) continue;
      const { number, letter } = c.supplement;
      const k = letterIndex(letter);
      if (c.organ === 'ga') {
        const m = /^A\/(\d{1,3})\/(\d{1,3})((?:\/(?:Add|Corr|Rev)\.\d{1,3})*)/.exec(c.symbol.text);
        if (!m) continue;
        const session = Number(m[1]);
        if (c.session.value !== undefined && c.session.value !== session) {
          report({ span: c.session.span, messageId: 'session', data: { session: ordinalWord(Math.min(c.session.value, 999)), symbol: c.symbol.text, found: ordinalWord(Math.min(session, 999)) } });
        }
        const add = /\/Add\.(\d{1,3})/.exec(m[3])?.[1];
        if (Number(m[2]) !== number || (k > 0 && Number(add ?? 0) !== k) || (k === 0 && add !== undefined)) {
          const expected = `A/${c.session.value ?? session}/${number}${k > 0 ? `/Add.${k}` : ''}`;
          const what = GA_SUPPLEMENTS.has(number) ? ` (the ${GA_SUPPLEMENTS.get(number)})` : '';
          report({ span: c.supplement.span, messageId: 'supplement', data: { number, letter, expected, what, symbol: c.symbol.text } });
        }
      } else {
        const m = /^E\/(\d{4})\/(\d{1,3})((?:\/(?:Add|Corr|Rev)\.\d{1,3})*)/.exec(c.symbol.text);
        if (!m) continue;
        if (c.session.value !== Number(m[1])) report({ span: c.session.span, messageId: 'year', data: { year: c.session.text, symbol: c.symbol.text, found: m[1] } });
        const add = /\/Add\.(\d{1,3})/.exec(m[3])?.[1];
        const exception = ECOSOC_EXCEPTIONS.get(number);
        const document = exception ? exception.document : number + ECOSOC_OFFSET;
        if (Number(m[2]) !== document || (k > 0 && Number(add ?? 0) !== k) || (k === 0 && add !== undefined)) {
          const expected = `E/${c.session.text}/${document}${k > 0 ? `/Add.${k}` : ''}`;
          const why = exception ? `the ${exception.content}` : `the supplement number plus ${ECOSOC_OFFSET}`;
          report({ span: c.supplement.span, messageId: 'ecosocSupplement', data: { number, letter, expected, why, symbol: c.symbol.text } });
        }
      }
    }
  },
};
