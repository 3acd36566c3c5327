import { looksOperative, looksPreambular, readWords, type PhraseMatch } from '../data/lexicon';
import { allParagraphs, openerInfo } from '../model/derived';
import type { DocumentModel, Paragraph } from '../model/types';
import { hasMarkers } from './util';
import type { Rule, TextEdit } from './types';

/** Below this many paragraphs, a draft without any italics gets one diagnostic per paragraph. */
const MIN_PLAIN = 3;

/** Words that show italics have run into the object of the phrase. */
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'all', 'this', 'these', 'those', 'their', 'his', 'her']);

interface Head {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly match?: PhraseMatch;
}

/** The opening phrase to be italic: the lexicon's match, or a first word that looks like one. */
function headOf(model: DocumentModel, p: Paragraph, preambleLike: boolean): Head | undefined {
  const info = openerInfo(model, p);
  const match = preambleLike ? info.preambular ?? info.operative : info.operative ?? info.preambular;
  if (match) return { start: match.start, end: match.end, text: match.text, match };
  const first = info.words[0];
  if (first && first.start === p.opener.textStart && (preambleLike ? looksPreambular(first.text) : looksOperative(first.text))) {
    return { start: first.start, end: first.end, text: first.text };
  }
  return undefined;
}

/**
 * PRE-03, OP-03: the opening phrase is italic, and the italics cover the whole phrase and no more.
 * MUN-02: under `mun.openerStyle: "underline"` operative phrases are underlined (`__Urges__`) and
 * preambular ones italic or underlined; under `"either"` (the `mun` profile's default) both marks
 * are accepted everywhere.
 */
export const openerItalics: Rule = {
  meta: {
    id: 'opener-italics',
    description: 'The opening phrase of every paragraph is in italics (`_Recalling_`, `1. _Decides_`), and the italics cover the whole phrase and not its object.',
    category: 'syntax',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['PRE-03', 'OP-03'],
    messages: {
      missing: 'The opening phrase "{{phrase}}" is not italic: write `_{{phrase}}_`.',
      short: 'The italics stop inside the opening phrase: italicize all of "{{phrase}}".',
      long: 'The italics run past the opening phrase into its object: end them after "{{phrase}}".',
      underline: 'In UN texts the opening phrase is italic, not underlined: write `_{{phrase}}_`.',
      missingUnderline: 'The operative phrase "{{phrase}}" is not underlined (`mun.openerStyle` is "underline"): write `__{{phrase}}__`.',
      notUnderlined: 'Operative phrases are underlined here (`mun.openerStyle` is "underline"): write `__{{phrase}}__`.',
      plainText: 'None of the {{count}} opening phrases is in italics (plain text?): write each in italics, starting with `_{{phrase}}_`.',
    },
  },
  check({ model, settings, report, whole }) {
    const text = model.text;
    const style = settings.mun.openerStyle;
    /** The mark that a missing or wrong emphasis is fixed with. */
    const markOf = (p: Paragraph) => (style === 'underline' && p.part === 'operative' ? '__' : '_');
    const heads = allParagraphs(model).flatMap((p) => {
      const head = headOf(model, p, p.part === 'preamble');
      return head ? [{ p, head }] : [];
    });
    const wrap = (h: Head, mark = '_'): TextEdit[] => [{ span: { start: h.start, end: h.start }, newText: mark }, { span: { start: h.end, end: h.end }, newText: mark }];
    const fixable = (p: Paragraph, h: Head) => !hasMarkers(text, h.start, h.end) && !hasMarkers(text, p.body.start, h.start);
    // PARSE-04: a text with no italic opener at all is plain text (pasted from a PDF, typed without
    // marks): one diagnostic for the document, whose fix italicizes every opener, not one per paragraph.
    // (Run over the paragraphs an edit touched, the whole draft has an emphasis: see `facts`.)
    if (heads.length >= MIN_PLAIN && !hasOpenerEmphasis(whole?.model ?? model)) {
      const first = heads[0].head;
      const edits = heads.filter(({ p, head }) => fixable(p, head)).flatMap(({ p, head }) => wrap(head, markOf(p)));
      report({
        span: { start: first.start, end: first.end },
        messageId: 'plainText',
        data: { count: heads.length, phrase: first.text },
        fix: edits.length ? { title: `Italicize all ${heads.length} opening phrases`, edits } : undefined,
      });
      return;
    }
    for (const { p, head } of heads) {
      const em = p.opener.emphasis;
      const span = { start: head.start, end: head.end };
      const mark = markOf(p);
      if (!em) {
        report({
          span,
          messageId: mark === '__' ? 'missingUnderline' : 'missing',
          data: { phrase: head.text },
          fix: fixable(p, head) ? { title: mark === '__' ? `Underline "${head.text}"` : `Italicize "${head.text}"`, edits: wrap(head, mark) } : undefined,
        });
        continue;
      }
      const close = { start: em.inner.end, end: em.span.end };
      if (mark === '__' && (em.marker === '_' || em.marker === '*')) {
        report({
          span: em.span.end <= head.end ? { start: em.span.start, end: head.end } : em.span,
          messageId: 'notUnderlined',
          data: { phrase: head.text },
          fix: { title: 'Underline', edits: [{ span: { start: em.span.start, end: em.inner.start }, newText: '__' }, { span: close, newText: '__' }] },
        });
        continue;
      }
      if (em.marker === '__' && style === 'italic') {
        report({
          span: em.span.end <= head.end ? { start: em.span.start, end: head.end } : em.span,
          messageId: 'underline',
          data: { phrase: head.text },
          fix: { title: 'Use italics', edits: [{ span: { start: em.span.start, end: em.inner.start }, newText: '_' }, { span: close, newText: '_' }] },
        });
        continue;
      }
      if (em.inner.end < head.end) {
        const fixable = !hasMarkers(text, em.span.end, head.end);
        report({
          span,
          messageId: 'short',
          data: { phrase: head.text },
          fix: fixable ? { title: `Italicize all of "${head.text}"`, edits: [{ span: close, newText: '' }, { span: { start: head.end, end: head.end }, newText: em.marker }] } : undefined,
        });
        continue;
      }
      if (em.inner.end > head.end) {
        const limit = head.match ? head.match.maxEnd : head.end;
        const extra = readWords(text, limit, em.inner.end, 40);
        const intoObject = extra.length > 6 || extra.some((w) => OBJECT_WORDS.has(w.text.toLowerCase()) || /^[A-Z\d]/.test(w.text));
        if (intoObject) {
          report({
            span: { start: head.end, end: em.span.end },
            messageId: 'long',
            data: { phrase: head.text },
            fix: { title: `End the italics after "${head.text}"`, edits: [{ span: { start: head.end, end: head.end }, newText: em.marker }, { span: close, newText: '' }] },
          });
        }
      }
    }
  },
  facts(model) {
    // A draft with an emphasised opener is checked paragraph by paragraph. A plain-text draft gets
    // one diagnostic over all its openers: its summary is its text, so that any edit re-runs the rule
    // over the whole draft (the string is the model's own, not a copy).
    return hasOpenerEmphasis(model) ? 'emphasis' : model.text;
  },
};

/** Whether some paragraph of the draft opens with an emphasis (then it is not plain text). */
function hasOpenerEmphasis(model: DocumentModel): boolean {
  return allParagraphs(model).some((p) => p.opener.emphasis !== undefined);
}
