/**
 * fast-check arbitraries for `.unres` drafts: valid drafts built from the grammar of FORMAT.md
 * (header lines, organ line, preambular and operative paragraphs with italic openers from the
 * lexicons, sub-paragraphs, footnotes in both syntaxes, comments, directives, closing, annex), and
 * mutations of them (deleted, duplicated and swapped lines and blocks, random Unicode with lone
 * surrogates and NUL, huge lines, CRLF/LF/CR mixes, unclosed marks, thousands of footnotes).
 * Documents are built from structured values, so fast-check shrinks a failing document to a small one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import preambularData from '../../server/src/core/data/preambularPhrases.json';
import operativeData from '../../server/src/core/data/operativePhrases.json';
import { capitalizedOrdinal } from '../../server/src/core/data/ordinals';
import { rules } from '../../server/src/core/rules';

const PREAMBULAR = preambularData.phrases.map((p) => p.phrase);
const OPERATIVE = operativeData.phrases.map((p) => p.phrase);
const RULE_IDS = rules.map((r) => r.meta.id);

/** Ordinary words of resolution text, with the typography drafts really contain. */
const WORDS = [
  'the', 'of', 'and', 'to', 'in', 'its', 'report', 'Secretary-General', 'United', 'Nations', 'Member', 'States',
  'cooperation', 'regional', 'organizations', 'including', 'particular', 'resolution', 'resolutions', '59/50',
  'of 2 December 2004', 'General', 'Assembly', 'Security', 'Council', 'peace', 'security', '“Kanal”', '2015–2020',
  'A/73/328–S/2018/592', 'S/2002/914*', 'inter alia', 'Côte d’Ivoire', 'Türkiye', 'naïve', '25\u00a0July\u00a02019',
  'file_name', 'a*b', '(a)', 'para. 5', '1.', 'Annex', 'The', 'Decides', 'Recalling', 'that', 'with', 'appreciation',
  '😀', 'ﬁnal', 'e\u0301', 'العربية', '中文', 'Русский',
];

const ORGANS = [
  'The General Assembly,', 'The Security Council,', 'The Economic and Social Council,', 'The Human Rights Council,',
  'The Disarmament and International Security Committee,', 'The General Assembly', 'The General Assembly:', 'THE SECURITY COUNCIL,',
];

/** A choice of `n` items weighted towards the first (the usual form), the others being variants. */
const usual = <T>(common: T, ...variants: T[]) => fc.oneof({ arbitrary: fc.constant(common), weight: 6 }, { arbitrary: fc.constantFrom(...variants), weight: 1 });

const word = fc.constantFrom(...WORDS);
const label = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 9 }).map(String), weight: 5 }, { arbitrary: fc.constantFrom('csto-report', 'a', 'note'), weight: 1 });
const reference = fc.oneof({ arbitrary: label.map((l) => `[^${l}]`), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => `[footnoteRef:${n}]`), weight: 1 });
const inlineItalic = fc.constantFrom('_inter alia_', '*Official Records*', '_and requests_', '__underlined__', '_x_y', '*');
const comment = fc.constantFrom('<!-- note to self -->', '<!-- check with the Secretariat\n  before tabling -->', '<!-- unres-disable-next-line opener-italics -->', '<!---->');

/** A run of text: words, footnote references, inline italics and comments, sometimes hard-wrapped. */
const body = fc
  .array(
    fc.tuple(
      fc.oneof({ arbitrary: word, weight: 20 }, { arbitrary: reference, weight: 2 }, { arbitrary: inlineItalic, weight: 1 }, { arbitrary: comment, weight: 1 }),
      fc.integer({ min: 0, max: 15 }),
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((tokens) => tokens.map(([t, wrap]) => (wrap === 0 ? `${t}\n` : `${t} `)).join('').trim());

/** An opening phrase, usually italic, with the mistakes drafters make. */
function opener(phrases: readonly string[], other: readonly string[]) {
  const phrase = fc.oneof(
    { arbitrary: fc.constantFrom(...phrases), weight: 12 },
    { arbitrary: fc.constantFrom(...other), weight: 1 },
    { arbitrary: fc.constantFrom('Honouring', 'Introduces', 'Foo', 'Deeply concerned', 'Recalling also', 'Also decides', ''), weight: 1 },
  );
  const style = usual('_', '*', '__', '', 'unclosed', 'partial');
  return fc.tuple(phrase, style).map(([p, s]) => {
    if (s === 'unclosed') return `_${p}`;
    if (s === 'partial') return `_${p.split(' ')[0]}_ ${p.split(' ').slice(1).join(' ')}`.trim();
    return s ? `${s}${p}${s}` : p;
  });
}

const preambularParagraph = fc
  .record({ open: opener(PREAMBULAR, OPERATIVE), text: body, end: usual(',', ';', '.', '', ', and', ':', ',”'), number: usual('', '1. ', '2. ') })
  .map(({ open, text, end, number }) => `${number}${open} ${text}${end}`);

interface Item { readonly label: string; readonly text: string }
interface Sub extends Item { readonly style: 'paren' | 'close'; readonly children: readonly (Item & { readonly style: 'paren' | 'dot'; readonly children: readonly Item[] })[] }
const subLabel = (kind: 'letter' | 'roman') =>
  fc.oneof({ arbitrary: fc.constant(''), weight: 8 }, { arbitrary: fc.constantFrom('a', 'c', 'i', 'v', 'x', 'aa', 'ii', 'zz', 'abc', kind === 'letter' ? 'i' : 'a'), weight: 1 });
// UN labels `(a)` › `(i)` › `a.` mostly; Model UN `a)` › `i.` (and mixtures) sometimes.
const subparagraph: fc.Arbitrary<Sub> = fc.record({
  label: subLabel('letter'),
  style: usual<'paren' | 'close'>('paren', 'close'),
  text: body,
  children: fc.array(
    fc.record({
      label: subLabel('roman'),
      style: usual<'paren' | 'dot'>('paren', 'dot'),
      text: body,
      children: fc.oneof({ arbitrary: fc.constant([] as Item[]), weight: 4 }, { arbitrary: fc.array(fc.record({ label: subLabel('letter'), text: body }), { minLength: 1, maxLength: 3 }), weight: 1 }),
    }),
    { maxLength: 3 },
  ),
});
const written = (style: 'paren' | 'dot' | 'close', label: string) => (style === 'paren' ? `(${label})` : style === 'dot' ? `${label}.` : `${label})`);

const operativeParagraph = fc.record({
  open: opener(OPERATIVE, PREAMBULAR),
  text: body,
  second: fc.option(fc.constantFrom(', and _requests_ the Secretary-General to report', ', and _encourages_ them'), { freq: 4 }),
  subs: fc.oneof({ arbitrary: fc.constant([] as Sub[]), weight: 3 }, { arbitrary: fc.array(subparagraph, { minLength: 1, maxLength: 4 }), weight: 1 }),
  numbering: usual('right', 'none', 'same', 'skip', 'bis'),
  end: usual('auto', ';', '.', ':', ',', '', '; and'),
});

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function renderOperative(list: readonly OperativeValue[]): string[] {
  return list.map((p, i) => {
    const last = i === list.length - 1;
    const n = { right: `${i + 1}. `, none: '', same: '1. ', skip: `${i + 2}. `, bis: `${i + 1} bis. ` }[p.numbering];
    const auto = p.subs.length > 0 ? ':' : last ? '.' : ';';
    const lines = [`${n}${p.open} ${p.text}${p.second ?? ''}${p.end === 'auto' ? auto : p.end}`];
    p.subs.forEach((s, k) => {
      const lastSub = k === p.subs.length - 1;
      const subEnd = s.children.length > 0 ? ':' : lastSub ? (last ? '.' : ';') : ';';
      lines.push(`${written(s.style, s.label || LETTERS[k % 26])} ${s.text}${subEnd}`);
      s.children.forEach((c, j) => {
        const end = j === s.children.length - 1 && lastSub ? (last ? '.' : ';') : ';';
        lines.push(`${written(c.style, c.label || ROMAN[j])} ${c.text}${c.children.length > 0 ? ':' : end}`);
        c.children.forEach((g, h) => lines.push(`${written('dot', g.label || LETTERS[h])} ${g.text}${h === c.children.length - 1 ? end : ';'}`));
      });
    });
    return lines.join('\n');
  });
}
type OperativeValue = typeof operativeParagraph extends fc.Arbitrary<infer T> ? T : never;

const header = fc
  .record({
    symbol: fc.option(fc.constantFrom('A/73/L.103\nGeneral Assembly\nDistr.: Limited\n18 July 2019\nOriginal: English', 'A/RES/73/331', 'S/RES/2532 (2020)', 'A/C.3/80/L.12/Rev.1'), { freq: 2 }),
    session: fc.option(fc.oneof(fc.integer({ min: 1, max: 999 }).map((n) => `${capitalizedOrdinal(n)} session`), fc.constantFrom('Seventy third Session', '73rd session', '2019 session', 'Umpteenth session', 'Tenth emergency special session')), { freq: 2 }),
    agenda: fc.option(fc.constantFrom('Agenda item 128 (t)\nCooperation between the United Nations and regional and other organizations', 'Agenda Item 128(t)', 'Agenda items 12, 13, and 14', 'Agenda items 19 (a) and 20', 'Agenda item No. 7', 'Agenda item'), { freq: 2 }),
    provenance: fc.option(fc.constantFrom('Armenia, Belarus, Kazakhstan and Tajikistan: draft resolution', 'Resolution adopted by the General Assembly on 25 July 2019\n\n[without reference to a Main Committee (A/73/L.103 and A/73/L.103/Add.1)]', '[on the report of the Third Committee (A/74/399)]'), { freq: 3 }),
    title: fc.option(fc.constantFrom('73/331. Cooperation between the United Nations and the Collective Security Treaty Organization', 'Cooperation between the United Nations and the Collective Security Treaty Organization', 'Resolution 2532 (2020)', 'The situation in the Middle East\nsecond title line'), { freq: 2 }),
  })
  .map((h) => [h.symbol, h.session, h.agenda, h.provenance, h.title].filter((x): x is string => x !== null));

const footnoteText = fc.constantFrom('A/73/328–S/2018/592.', 'Resolution 49/57, annex.', 'See _Official Records of the General Assembly, Seventy-third Session, Supplement No. 8_ (A/73/8).', 'S/PRST/2010/1; see _Resolutions and Decisions [1]_.', '', 'Multi-line footnote\n    continued on an indented line.');
const footnotes = fc.array(fc.record({ label, text: footnoteText, syntax: usual<'caret' | 'word'>('caret', 'word') }), { maxLength: 9 }).map((list) =>
  list.map(({ label, text, syntax }) => (syntax === 'word' && /^\d+$/.test(label) ? `[${label}: ${text}]` : `[^${label}]: ${text}`)),
);

const interstitial = fc.option(fc.constantFrom('<!-- unres-disable -->', '<!-- unres-enable -->', `<!-- unres-disable ${RULE_IDS[3]} ${RULE_IDS[8]} -- reason -->`, '<!-- unres-enable opener-italics -->', '<!-- a note\nover two lines -->', '[bookmark: _Hlk123]'), { freq: 6 });

/** The parts of a draft, before they are joined into a document. */
export interface DraftValue {
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n' | '\r';
  readonly blocks: readonly string[];
}

/** A draft that follows FORMAT.md (with the ordinary mistakes the rules exist for). */
export const draft: fc.Arbitrary<DraftValue> = fc
  .record({
    bomFlag: fc.integer({ min: 0, max: 19 }),
    eol: usual<'\n' | '\r\n' | '\r'>('\n', '\r\n', '\r'),
    header,
    organ: fc.option(usual(ORGANS[0], ...ORGANS.slice(1)), { freq: 12 }),
    preamble: fc.array(fc.tuple(preambularParagraph, interstitial), { maxLength: 7 }),
    operative: fc.array(fc.tuple(operativeParagraph, interstitial), { maxLength: 7 }),
    closing: fc.option(fc.constantFrom('101st plenary meeting\n25 July 2019', '48th plenary meeting', 'Adopted by the Security Council at its 8722nd meeting, on 24 February 2020'), { freq: 3 }),
    footnotes,
    annex: fc.option(fc.tuple(fc.constantFrom('Annex', 'Annex I', 'Annexes'), fc.array(body, { maxLength: 3 })), { freq: 6 }),
  })
  .map((d) => {
    const blocks: string[] = [...d.header];
    if (d.organ !== null) blocks.push(d.organ);
    for (const [p, extra] of d.preamble) blocks.push(p, ...(extra === null ? [] : [extra]));
    const ops = renderOperative(d.operative.map(([p]) => p));
    d.operative.forEach(([, extra], i) => blocks.push(ops[i], ...(extra === null ? [] : [extra])));
    if (d.closing !== null) blocks.push(d.closing);
    if (d.annex !== null) blocks.push(d.annex[0], ...d.annex[1]);
    blocks.push(d.footnotes.join('\n'));
    return { bom: d.bomFlag === 0, eol: d.eol, blocks: blocks.filter((b) => b.length > 0) };
  });

/** Joins a draft's blocks with blank lines and its line ending. */
export function renderDraft(d: DraftValue): string {
  const text = `${d.blocks.join('\n\n')}\n`;
  return (d.bom ? '\ufeff' : '') + (d.eol === '\n' ? text : text.replace(/\n/g, d.eol));
}

/** Texts from `../shared/corpus` (adopted resolutions, as extracted), when it is there. */
export function corpusTexts(limit = Infinity): string[] {
  const root = new URL('../../../shared/corpus/', import.meta.url);
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const folder of ['ga-80', 'pdf-text', 'sc-1946-2002']) {
    const dir = new URL(`${folder}/`, root);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (out.length >= limit) return out;
      out.push(readFileSync(new URL(f, dir), 'utf8'));
    }
  }
  return out;
}

/** Short strings that mean something to the parser, and strings no draft should contain. */
const SPECIAL = [
  '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uDFFF\uD800', '\r', '\n', '\r\n', '\n\r', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u00A0', '\t', '\u200B',
  '_', '*', '__', '**', '___', '[^', ']', '[^1]', '[^1]:', '[^]', '[^ ]:', '[1:', '[1: x]', '[footnoteRef:1]', '[bookmark: x]', '[', '<!--', '-->', '<!-- unres-disable', '<!-- unres-enable -->',
  '(a)', '(i)', 'a. ', 'ii. ', 'b) ', 'v. ', '(', ')', '1.', '1. ', '999999.', '0.', 'The General Assembly,', 'Annex', '101st plenary meeting', 'Agenda item 1', 'Seventy-third session', ',', ';', '.', ':', '; and', '“', '”',
];

/** A short string to insert: a special token, any code points, or any UTF-16 code units (lone surrogates included). */
export const noise: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }), weight: 2 },
  { arbitrary: fc.array(fc.constantFrom(...SPECIAL), { minLength: 2, maxLength: 6 }).map((a) => a.join('')), weight: 2 },
);

/** One change to a document; positions are taken modulo the document's size when applied. */
export type Mutation =
  | { readonly kind: 'deleteLines'; readonly at: number; readonly count: number }
  | { readonly kind: 'duplicateLine'; readonly at: number; readonly times: number }
  | { readonly kind: 'swapBlocks'; readonly a: number; readonly b: number }
  | { readonly kind: 'moveLine'; readonly from: number; readonly to: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'deleteRange'; readonly at: number; readonly length: number }
  | { readonly kind: 'hugeLine'; readonly at: number; readonly token: string; readonly count: number }
  | { readonly kind: 'lineEnds'; readonly pattern: readonly number[] }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'footnotes'; readonly count: number; readonly syntax: 'caret' | 'word' }
  | { readonly kind: 'indent'; readonly at: number; readonly indent: string };

const HUGE_TOKENS = ['(', '_', '*', 'word ', '[^1]', '[^', '<!--', '(a) ', 'a. ', 'i) ', '1. ', ']', '[1: x] ', '“', '\u00a0', '😀', '\uD800'];

/** A count between `min` and `max`, mostly small: one in five goes up to `max`. */
function skewed(min: number, max: number): fc.Arbitrary<number> {
  const small = Math.max(min, Math.min(max, min * 10, 60));
  return fc.oneof({ arbitrary: fc.integer({ min, max: small }), weight: 4 }, { arbitrary: fc.integer({ min, max }), weight: 1 });
}

/** Mutations, weighted so that most documents stay close to a draft. */
export function mutation(options: { readonly maxHuge: number; readonly maxFootnotes: number }): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('deleteLines' as const), at, count: fc.integer({ min: 1, max: 4 }) }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), at, times: fc.integer({ min: 1, max: 3 }) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('swapBlocks' as const), a: at, b: at }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('moveLine' as const), from: at, to: at }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: noise }), weight: 10 },
    { arbitrary: fc.record({ kind: fc.constant('deleteRange' as const), at, length: fc.integer({ min: 1, max: 40 }) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('hugeLine' as const), at, token: fc.constantFrom(...HUGE_TOKENS), count: skewed(100, options.maxHuge) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('lineEnds' as const), pattern: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('footnotes' as const), count: skewed(1, options.maxFootnotes), syntax: fc.constantFrom<'caret' | 'word'>('caret', 'word') }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('indent' as const), at, indent: fc.constantFrom('  ', '\t', '\u00a0', '    ') }), weight: 1 },
  );
}

function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g)!.filter((l, i, all) => l.length > 0 || i < all.length - 1);
}

/** Applies one mutation. */
export function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'deleteRange': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'hugeLine': {
      const i = m.at % (text.length + 1);
      return `${text.slice(0, i)}${m.token.repeat(m.count)}${text.slice(i)}`;
    }
    case 'footnotes': {
      const refs: string[] = [];
      const defs: string[] = [];
      for (let n = 1; n <= m.count; n++) {
        refs.push(m.syntax === 'caret' ? `[^${n}]` : `[footnoteRef:${n}]`);
        defs.push(m.syntax === 'caret' ? `[^${n}]: Note ${n}.` : `[${n}: Note ${n}.]`);
      }
      return `${text}\n\n1. _Decides_ ${refs.join(' text ')};\n\n${defs.join('\n')}\n`;
    }
    case 'lineEnds': {
      const ends = ['\n', '\r\n', '\r', ''];
      let k = 0;
      return text.replace(/\r\n|\r|\n/g, () => ends[m.pattern[k++ % m.pattern.length]] || '\n');
    }
    default:
      break;
  }
  const lines = splitKeepingEnds(text);
  if (lines.length === 0) return text;
  switch (m.kind) {
    case 'deleteLines':
      lines.splice(m.at % lines.length, m.count);
      return lines.join('');
    case 'duplicateLine': {
      const i = m.at % lines.length;
      const line = /[\r\n]$/.test(lines[i]) ? lines[i] : `${lines[i]}\n`;
      lines.splice(i, 0, ...Array<string>(m.times).fill(line));
      return lines.join('');
    }
    case 'moveLine': {
      const [line] = lines.splice(m.from % lines.length, 1);
      lines.splice(m.to % (lines.length + 1), 0, /[\r\n]$/.test(line) ? line : `${line}\n`);
      return lines.join('');
    }
    case 'indent': {
      const i = m.at % lines.length;
      lines[i] = m.indent + lines[i];
      return lines.join('');
    }
    case 'swapBlocks': {
      const blocks = text.split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/);
      if (blocks.length < 2) return text;
      const a = m.a % blocks.length;
      const b = m.b % blocks.length;
      [blocks[a], blocks[b]] = [blocks[b], blocks[a]];
      return blocks.join('\n\n');
    }
    default:
      return text;
  }
}

/** Options of the document arbitrary. */
export interface DocumentOptions {
  /** Most mutations applied to one document. */
  readonly maxMutations?: number;
  /** Largest repeat count of a huge-line mutation. */
  readonly maxHuge?: number;
  /** Largest number of footnotes added at once. */
  readonly maxFootnotes?: number;
  /** Texts (adopted resolutions) to use as bases besides generated drafts. */
  readonly corpus?: readonly string[];
}

/** A document: a generated draft (or a corpus text), then a few mutations. */
export interface GeneratedDocument {
  readonly base: DraftValue | { readonly corpus: number };
  readonly mutations: readonly Mutation[];
  readonly text: string;
}

/** The arbitrary of test documents. */
export function documents(options: DocumentOptions = {}): fc.Arbitrary<GeneratedDocument> {
  const corpus = options.corpus ?? [];
  const base: fc.Arbitrary<DraftValue | { corpus: number }> =
    corpus.length > 0
      ? fc.oneof({ arbitrary: draft, weight: 19 }, { arbitrary: fc.nat({ max: corpus.length - 1 }).map((corpus) => ({ corpus })), weight: 1 })
      : draft;
  const mutations = fc.oneof(
    { arbitrary: fc.constant([] as Mutation[]), weight: 1 },
    { arbitrary: fc.array(mutation({ maxHuge: options.maxHuge ?? 5000, maxFootnotes: options.maxFootnotes ?? 3000 }), { minLength: 1, maxLength: options.maxMutations ?? 6 }), weight: 3 },
  );
  return fc.tuple(base, mutations).map(([b, ms]) => {
    let text = 'corpus' in b ? corpus[b.corpus] : renderDraft(b);
    for (const m of ms) text = applyMutation(text, m);
    return { base: b, mutations: ms, text };
  });
}
