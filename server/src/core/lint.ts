/** Runs the rule registry over a document model, isolating rules from each other. */
import { resolveSettings, type ResolvedSettings, type UnresSettings } from './config/settings';
import { blockEnd, blockStart, commonPrefix, commonSuffix, insideSurrogatePair, lowerBound, rangeOf } from './model/text';
import type { DocumentModel, Heading, Paragraph, Range, Span, Subparagraph } from './model/types';
import { parse } from './parser/parse';
import { allParagraphs, memo } from './model/derived';
import { deletesComment } from './fixes/applyFixes';
import { TEXT_ZONES, textZones, type TextZones } from './rules/kinds/text';
import { rules as registry } from './rules';
import type { Fix, Rule, RuleContext, Severity } from './rules/types';
import { carryLiteralOffsets, literalOffsetsOf } from './rules/util';

/** A problem found in a document. */
export interface LintDiagnostic {
  readonly ruleId: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
  readonly span: Span;
  readonly range: Range;
  readonly fix?: Fix;
}

/** Where the runner reports rules that throw. */
export interface Logger {
  error(message: string): void;
}

/** A cancellation flag, as LSP's CancellationToken. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Fills `{{name}}` placeholders. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  // Every placeholder starts with `{{`: find those natively and try the pattern there (sticky),
  // rather than a replace with a callback for every diagnostic.
  // The parts are joined once at the end: a string built with `+=` stays a tree of pieces in V8
  // until it is read, and took twice the memory of the message for as long as the diagnostic lived
  // (232 against 115 bytes each, measured on 150,000 diagnostics).
  const re = /\{\{\s*(\w+)\s*\}\}/y;
  const parts: string[] = [];
  let copied = 0;
  for (let at = template.indexOf('{{'); at >= 0; at = template.indexOf('{{', at + 1)) {
    re.lastIndex = at;
    const m = re.exec(template);
    if (!m || !(m[1] in data)) continue;
    parts.push(template.slice(copied, at), String(data[m[1]]));
    copied = at + m[0].length;
    at = copied - 1;
  }
  if (copied === 0) return template;
  parts.push(template.slice(copied));
  return parts.join('');
}

/** Options of one lint run. */
export interface LintOptions {
  readonly settings?: UnresSettings;
  readonly logger?: Logger;
  readonly token?: CancellationToken;
  /** The rules to run; the whole registry by default. */
  readonly rules?: readonly Rule[];
  /** Rule ids already logged as throwing; a rule that throws is logged once per set. */
  readonly loggedFailures?: Set<string>;
}

/**
 * Lints a parsed document. A rule that throws is logged (once) and skipped; the others still
 * report. Returns diagnostics sorted by position; undefined when cancelled.
 */
export function lintModel(model: DocumentModel, options: LintOptions = {}): LintDiagnostic[] | undefined {
  return withScratch(model, () => {
    const settings = resolveSettings(options.settings, model);
    const found = runRules(model, enabledRules(options, settings), settings, options, undefined, new Keeper());
    return found && finish(model, found);
  });
}

/**
 * What an incremental run keeps of a version of a document for the next one: its text, and what
 * the block-scope rules reported before inline directives were applied.
 */
export interface LintMemory {
  readonly text: string;
  readonly masked: string;
  /** The resolved settings and the rules run: another key means nothing can be reused. */
  readonly key: string;
  readonly structure: Structure;
  /** What each block-scope rule with `facts` summarised of the whole draft. */
  readonly facts: Readonly<Record<string, string>>;
  readonly local: readonly LintDiagnostic[];
  /** The quotations, URLs and symbols of the draft, when a rule needed them. */
  readonly textZones?: TextZones;
  /** What rules kept through `context.keep` in this version (by rule id, then start of the span). */
  readonly kept?: ReadonlyMap<string, KeptList>;
  /** Where the literals the rules searched for occur in the masked text (`literalOffsets`). */
  readonly literals?: ReadonlyMap<string, readonly number[]>;
}

/** The outcome of `lintIncremental`. */
export interface IncrementalResult {
  readonly diagnostics: LintDiagnostic[];
  readonly memory: LintMemory;
  /** How the block-scope rules ran: only over the edited blocks, or over the whole draft. */
  readonly mode: 'blocks' | 'full';
  /** Why the block-scope rules ran over the whole draft. */
  readonly why?: string;
}

/**
 * Lints a new version of a document given what the run over its previous version kept: the
 * document-scope rules run over the whole draft, the block-scope rules (`meta.scope: 'block'`)
 * only over the blocks that differ — the span between the first and the last changed character,
 * widened to blank lines and to whole paragraphs — in a small draft made of the header and organ
 * line, those blocks and the closing, whose offsets map back one to one. Whatever could make that
 * differ from a full run (the header, organ line, closing or annex edited, other settings, a
 * comment or a paragraph's kind changed outside the blocks, a block read differently in the small
 * draft) falls back to a full run. Undefined when cancelled.
 */
export function lintIncremental(model: DocumentModel, previous: LintMemory | undefined, options: LintOptions = {}): IncrementalResult | undefined {
  return withScratch(model, () => {
    const settings = resolveSettings(options.settings, model);
    const enabled = enabledRules(options, settings);
    const local = enabled.filter((r) => r.meta.scope === 'block');
    const global = enabled.filter((r) => r.meta.scope !== 'block');
    const key = JSON.stringify([settings, local.map((r) => r.meta.id)]);
    // The literal offsets the rules ask for are moved from the previous version rather than
    // searched for again in the whole draft (the same lists when the masked text is the same).
    if (previous?.literals && previous.masked !== model.masked) {
      const prefix = commonPrefix(previous.masked, model.masked);
      const suffix = commonSuffix(previous.masked, model.masked, Math.min(previous.masked.length, model.masked.length) - prefix);
      carryLiteralOffsets(model, previous.literals, previous.masked.length, prefix, suffix);
    } else if (previous?.literals) carryLiteralOffsets(model, previous.literals, model.masked.length, model.masked.length, 0);
    const facts: Record<string, string> = {};
    for (const r of local) if (r.facts) facts[r.meta.id] = r.facts(model);
    // A rule whose summary of the whole draft changed runs over all of it; the others block by block.
    const stale = previous ? local.filter((r) => r.facts && previous.facts[r.meta.id] !== facts[r.meta.id]) : [];
    const fresh = stale.length === 0 ? local : local.filter((r) => !stale.includes(r));
    // The structure of the whole draft, built once: compared with the previous version's, and kept.
    const structure = structureOf(model);
    const region: { value?: Region } = {};
    const reused = !previous ? 'first version' : previous.key !== key ? 'settings changed' : relintBlocks(model, structure, withoutRules(previous, stale), fresh, settings, options, region, new Keeper());
    if (reused === null) return undefined;
    // Where the text is the previous version's (all of it, or outside the re-checked blocks), what
    // the rules kept and the quotations, URLs and symbols found there are carried over.
    const unchanged = typeof reused === 'string' || !previous ? undefined : previous.text === model.text ? 'all' : region.value;
    const keeper = new Keeper(previous?.kept, unchanged);
    const carried = previous?.textZones && unchanged && (unchanged === 'all' ? previous.textZones : carryTextZones(previous.textZones, unchanged));
    if (carried) model.cache.set(TEXT_ZONES, carried);
    const localFound = typeof reused === 'string' ? runRules(model, local, settings, options, undefined, keeper) : stale.length === 0 ? reused : concat(reused, runRules(model, stale, settings, options, undefined, keeper));
    if (!localFound) return undefined;
    const mode = typeof reused === 'string' ? 'full' : 'blocks';
    const globalFound = runRules(model, global, settings, options, undefined, keeper);
    if (!globalFound) return undefined;
    const textZones = model.cache.get(TEXT_ZONES) as TextZones | undefined;
    const memory: LintMemory = { text: model.text, masked: model.masked, key, facts, structure, local: localFound, ...(textZones ? { textZones } : {}), kept: keeper.current, literals: literalOffsetsOf(model) };
    return { diagnostics: finish(model, [...localFound, ...globalFound]), memory, mode, ...(typeof reused === 'string' ? { why: reused } : {}) };
  });
}

/**
 * The derived views the rules memoise (the opening phrases of every paragraph above all, about
 * 1 kB a paragraph) are shared by the rules of one run only: drop them afterwards, so that a
 * server with many large drafts open does not keep them for every cached model.
 */
function withScratch<T>(model: DocumentModel, run: () => T): T {
  const memoised = new Set(model.cache.keys());
  try {
    return run();
  } finally {
    for (const key of [...model.cache.keys()]) if (!memoised.has(key)) model.cache.delete(key);
  }
}

/** The rules not off, by the severities object (shared by every lint under the same settings: `resolveSettings`) and the list of rules. */
const enabledCache = new WeakMap<object, WeakMap<readonly Rule[], readonly Rule[]>>();

function enabledRules(options: LintOptions, settings: ResolvedSettings): readonly Rule[] {
  const all = options.rules ?? registry;
  let byList = enabledCache.get(settings.rules);
  if (!byList) enabledCache.set(settings.rules, (byList = new WeakMap()));
  let enabled = byList.get(all);
  if (!enabled) {
    enabled = all.filter((rule) => (settings.rules[rule.meta.id] ?? rule.meta.defaultSeverity) !== 'off');
    byList.set(all, enabled);
  }
  return enabled;
}

/** Applies the inline directives and sorts by position. */
function finish(model: DocumentModel, found: LintDiagnostic[]): LintDiagnostic[] {
  const disabled = directiveFilter(model);
  return found
    .filter((d) => !disabled(d.ruleId, d.range.start.line))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

let registeredIds: ReadonlySet<string> | undefined;

/** The ids of the registered rules (computed once). */
function ruleIds(): ReadonlySet<string> {
  registeredIds ??= new Set(registry.map((r) => r.meta.id));
  return registeredIds;
}

function withoutRules(memory: LintMemory, rules: readonly Rule[]): LintMemory {
  if (rules.length === 0) return memory;
  const ids = new Set(rules.map((r) => r.meta.id));
  return { ...memory, local: memory.local.filter((d) => !ids.has(d.ruleId)) };
}

function concat<T>(a: T[], b: T[] | undefined): T[] | undefined {
  return b && [...a, ...b];
}

/**
 * What one rule kept in one version: starts, ends and values of its spans, in the order the rule
 * asked. Rules ask in document order, so the starts ascend and a lookup is a binary search (a rule
 * that asks out of order gets an index by start instead): arrays, not maps, because an edit of a
 * long draft asks once for each of its thousands of blocks.
 */
class KeptList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly values: unknown[] = [];
  /** Index by start, made when the starts stop ascending. */
  private byStart?: Map<number, number>;

  /** Where the last `find` stopped: asked in document order, the next entry is found from there. */
  private cursor = 0;

  /** The index of the entry that starts at `start`, or -1. */
  find(start: number): number {
    if (this.byStart) return this.byStart.get(start) ?? -1;
    const starts = this.starts;
    let i = this.cursor;
    // In document order the entry is at the cursor or a few after it; else a binary search.
    if (i < starts.length && starts[i] < start && i + 1 < starts.length && starts[i + 1] >= start) i++;
    else if (!(i < starts.length && starts[i] === start)) i = lowerBound(starts, start);
    this.cursor = i;
    return i < starts.length && starts[i] === start ? i : -1;
  }

  /** Whether an entry starts at `start` (none can while the starts ascend and `start` is past the last). */
  has(start: number): boolean {
    const n = this.starts.length;
    return n > 0 && (this.byStart !== undefined || this.starts[n - 1] >= start) && this.find(start) >= 0;
  }

  add(start: number, end: number, value: unknown): void {
    const n = this.starts.length;
    if (!this.byStart && n > 0 && this.starts[n - 1] >= start) this.byStart = new Map(this.starts.map((s, i) => [s, i]));
    this.byStart?.set(start, n);
    this.starts.push(start);
    this.ends.push(end);
    this.values.push(value);
  }
}

/**
 * What rules keep through `context.keep`: by rule id, the values of this version by the start of
 * their span, and where to take those of the previous version from. A span the edit did not touch
 * (wholly before or after the re-checked blocks, whose text and structure the runner has compared
 * with the previous version's) takes the value kept for it there; any other is computed. Only what
 * this version used is kept for the next.
 */
class Keeper {
  readonly current = new Map<string, KeptList>();
  constructor(
    private readonly previous?: ReadonlyMap<string, KeptList>,
    /** Where the previous version's text is the same: a region (offsets outside it map back) or the whole text. */
    private readonly unchanged?: Region | 'all',
  ) {}

  /** What `context.keep` does for the rule `ruleId`. */
  keep<T>(ruleId: string, span: Span, compute: () => T): T {
    let mine = this.current.get(ruleId);
    if (!mine) this.current.set(ruleId, (mine = new KeptList()));
    // Two values kept for one span would hand one of them back for both next time.
    if (mine.has(span.start)) throw new Error(`rule ${ruleId} kept two values for the span at ${span.start}: keep one per span`);
    const before = this.previous?.get(ruleId);
    const old = before && this.oldStart(span);
    const i = old === undefined ? -1 : before!.find(old);
    const value = i >= 0 && before!.ends[i] - old! === span.end - span.start ? (before!.values[i] as T) : compute();
    mine.add(span.start, span.end, value);
    return value;
  }

  /** Where a span of this version started in the previous one, when its text is the same there. */
  private oldStart(span: Span): number | undefined {
    const u = this.unchanged;
    if (!u) return undefined;
    if (u === 'all') return span.start;
    if (span.end <= u.from) return span.start;
    if (span.start >= u.to) return span.start - u.delta;
    return undefined;
  }
}

/**
 * Runs rules over a model, before inline directives; undefined when cancelled. One context serves
 * every rule, its `report` and `keep` acting for the rule running (a check is synchronous), and
 * what a rule that throws had reported is taken back: nothing is allocated per rule, which on the
 * short texts of a corpus was a fifth of what a lint allocated.
 */
function runRules(model: DocumentModel, rules: readonly Rule[], settings: ResolvedSettings, options: LintOptions, whole: RuleContext['whole'], keeper: Keeper): LintDiagnostic[] | undefined {
  const out: LintDiagnostic[] = [];
  let rule = rules[0];
  let severity: Exclude<Severity, 'off'> = 'error';
  const context: RuleContext = {
    model,
    settings,
    ruleIds: ruleIds(),
    whole,
    keep: (span, compute) => keeper.keep(rule.meta.id, span, compute),
    report(r) {
      const template = rule.meta.messages[r.messageId];
      if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${r.messageId}`);
      const span = clampSpan(r.span, model.text);
      // A fix that would delete or cut a drafter's comment is not offered (applyFixes skips it
      // too, but quick fixes in the editor apply a fix's edits as they are).
      // Nor one that would cut a character outside the Basic Multilingual Plane in two.
      const fix = r.fix && !deletesComment(model.text, r.fix) && !cutsHiddenText(model, r.fix) && !r.fix.edits.some((e) => insideSurrogatePair(model.text, e.span.start) || insideSurrogatePair(model.text, e.span.end)) ? r.fix : undefined;
      out.push({ ruleId: rule.meta.id, severity, message: formatMessage(template, r.data), span, range: rangeOf(model, span), fix });
    },
  };
  for (let k = 0; k < rules.length; k++) {
    if (options.token?.isCancellationRequested) return undefined;
    const configured = settings.rules[rules[k].meta.id] ?? rules[k].meta.defaultSeverity;
    if (configured === 'off') continue;
    rule = rules[k];
    severity = configured;
    const mark = out.length;
    try {
      rule.check(context);
    } catch (e) {
      out.length = mark;
      const logged = options.loggedFailures;
      if (!logged || !logged.has(rule.meta.id)) {
        logged?.add(rule.meta.id);
        const detail = e instanceof Error ? e.stack ?? e.message : String(e);
        options.logger?.error(`unres: rule ${rule.meta.id} failed and was skipped: ${detail}`);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Incremental runs

/**
 * The structural elements of a draft, by kind, for telling whether an edit changed what a block
 * is: paragraphs and sub-paragraphs (in document order), headings, footnote references and
 * definitions, emphases, comments, further organ lines. The lists are the model's own (the
 * paragraphs and sub-paragraphs gathered into one list each): nothing is copied per element, and
 * those an incremental parse shared with the previous version compare as the same object.
 */
interface Structure {
  readonly paragraphs: readonly Paragraph[];
  readonly subparagraphs: readonly Subparagraph[];
  // The model's own lists: kept with the memory, not the model (its lines and memoised views).
  readonly headings: DocumentModel['headings'];
  readonly footnoteReferences: DocumentModel['footnoteReferences'];
  readonly footnoteDefinitions: DocumentModel['footnoteDefinitions'];
  readonly emphases: DocumentModel['emphases'];
  readonly comments: DocumentModel['comments'];
  readonly extraOrganLines: DocumentModel['extraOrganLines'];
  /** Where the closing block and the annex heading start; -1 when there is none. */
  readonly closing: number;
  readonly annex: number;
}

function structureOf(model: DocumentModel): Structure {
  const subparagraphs: Subparagraph[] = [];
  const subs = (list: readonly Subparagraph[]) => {
    for (const sp of list) {
      subparagraphs.push(sp);
      subs(sp.children);
    }
  };
  const paragraphs = [...model.preamble, ...model.operative];
  for (const p of paragraphs) subs(p.subparagraphs);
  const { headings, footnoteReferences, footnoteDefinitions, emphases, comments, extraOrganLines } = model;
  return { paragraphs, subparagraphs, headings, footnoteReferences, footnoteDefinitions, emphases, comments, extraOrganLines, closing: model.closing?.span.start ?? -1, annex: model.annex?.heading.start ?? -1 };
}

/** Where an optional element starts, moved by `shift`; -1 when there is none. */
function startOf(e: { readonly span: Span } | undefined, shift: number): number {
  return e ? e.span.start + shift : -1;
}

function sameSpan(x: Span, y: Span, shift: number): boolean {
  return x.start === y.start + shift && x.end === y.end + shift;
}

function sameParagraph(x: Paragraph, y: Paragraph, shift: number): boolean {
  const e = x.opener.emphasis;
  const f = y.opener.emphasis;
  return (
    x.part === y.part &&
    sameSpan(x.fullSpan, y.fullSpan, shift) &&
    x.span.end === y.span.end + shift &&
    x.body.start === y.body.start + shift &&
    x.opener.textStart === y.opener.textStart + shift &&
    (e === undefined ? f === undefined : f !== undefined && sameSpan(e.span, f.span, shift)) &&
    startOf(x.heading, 0) === startOf(y.heading, shift) &&
    x.number?.text === y.number?.text &&
    !x.restartsNumbering === !y.restartsNumbering
  );
}

function sameSubparagraph(x: Subparagraph, y: Subparagraph, shift: number): boolean {
  return sameSpan(x.span, y.span, shift) && x.body.start === y.body.start + shift && x.labelSpan.start === y.labelSpan.start + shift && x.kind === y.kind && x.style === y.style && x.level === y.level && x.label === y.label;
}

function sameHeading(x: Heading, y: Heading, shift: number): boolean {
  return sameSpan(x.span, y.span, shift) && x.kind === y.kind && x.where === y.where && startOf(x.organ, 0) === startOf(y.organ, shift) && x.label === y.label;
}

/**
 * Whether the elements of `a` that start in `[aFrom, aTo)` are those of `b` that start in
 * `[bFrom, bTo)`, kind by kind and in order, once the offsets of `b` are moved by `shift`.
 */
function sameStructure(a: Structure, aFrom: number, aTo: number, b: Structure, bFrom: number, bTo: number, shift: number): boolean {
  return (
    sameElements(a.paragraphs, b.paragraphs, (p) => p.fullSpan.start, sameParagraph) &&
    sameElements(a.subparagraphs, b.subparagraphs, (s) => s.span.start, sameSubparagraph) &&
    sameElements(a.headings, b.headings, (h) => h.span.start, sameHeading) &&
    sameElements(a.footnoteReferences, b.footnoteReferences, (r) => r.span.start, (r, q, d) => sameSpan(r.span, q.span, d) && r.label === q.label) &&
    sameElements(a.footnoteDefinitions, b.footnoteDefinitions, (f) => f.span.start, (f, g, d) => sameSpan(f.span, g.span, d) && f.textSpan.start === g.textSpan.start + d && f.label === g.label) &&
    sameElements(a.emphases, b.emphases, (e) => e.span.start, (e, f, d) => sameSpan(e.span, f.span, d) && e.marker === f.marker) &&
    sameElements(a.comments, b.comments, (c) => c.span.start, (c, e, d) => sameSpan(c.span, e.span, d)) &&
    sameElements(a.extraOrganLines, b.extraOrganLines, (o) => o.start, (o, q, d) => sameSpan(o, q, d))
  );

  function sameElements<T>(xs: readonly T[], ys: readonly T[], start: (e: T) => number, same: (e: T, f: T, shift: number) => boolean): boolean {
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < xs.length && !inside(start(xs[i]), aFrom, aTo)) i++;
      while (j < ys.length && !inside(start(ys[j]), bFrom, bTo)) j++;
      if (i === xs.length || j === ys.length) return i === xs.length && j === ys.length;
      // An element an incremental parse shared between the versions is itself (shift 0 only).
      if (!(shift === 0 && xs[i] === ys[j]) && !same(xs[i], ys[j], shift)) return false;
      i++;
      j++;
    }
  }
}

function inside(offset: number, from: number, to: number): boolean {
  return offset >= from && offset < to;
}

/**
 * The block-scope diagnostics of the new version from those of the previous one and a run over the
 * changed blocks; why not when that cannot be trusted (the caller runs them all), null when cancelled.
 */
function relintBlocks(model: DocumentModel, structure: Structure, previous: LintMemory, rules: readonly Rule[], settings: ResolvedSettings, options: LintOptions, region: { value?: Region }, keeper: Keeper): LintDiagnostic[] | string | null {
  const text = model.text;
  const old = previous.text;
  if (rules.length === 0) return [];
  if (old === text) return previous.local.map((d) => d);
  const organ = model.organ;
  if (!organ) return 'no organ line';
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;
  // Widen to blank lines, then to whole paragraphs (with their sub-paragraphs), footnotes and
  // comments, until nothing more widens it.
  let from = blockStart(text, prefix);
  let to = blockEnd(text, Math.max(from, text.length - suffix));
  for (let changed = true; changed; ) {
    changed = false;
    const widen = (s: Span) => {
      if (s.start < to && s.end > from && (s.start < from || s.end > to)) {
        from = Math.min(from, blockStart(text, s.start));
        to = Math.max(to, blockEnd(text, s.end));
        changed = true;
      }
    };
    for (const p of allParagraphs(model)) widen(p.fullSpan);
    for (const d of model.footnoteDefinitions) widen(d.span);
    for (const c of model.comments) widen(c.span);
  }
  const oldTo = to - delta;
  if (from < organ.span.end || oldTo < from) return 'header or organ line edited';
  // What follows the closing is annexed material that paragraph rules leave alone: the small
  // draft, which puts the blocks before its closing, would read it as the resolution's own.
  if ((model.closing && to > model.closing.span.start) || (model.annex && to > model.annex.heading.start)) return 'closing or annex edited';
  // The closing and the annex of the previous version must be found again, where they stood: an
  // edit that breaks the closing line (`101st p”enary meeting`) makes it a paragraph, the text no
  // longer an adopted one, and the rules that ask (negotiation-marks) report differently everywhere.
  const moved = (old: number) => (old < 0 ? -1 : old >= oldTo ? old + delta : old < from ? old : Number.NaN);
  if (structure.closing !== moved(previous.structure.closing) || structure.annex !== moved(previous.structure.annex)) return 'closing or annex edited';
  // Outside the blocks, the masked text and the structure must be those of the previous version.
  if (model.masked.slice(0, from) !== previous.masked.slice(0, from) || model.masked.slice(to) !== previous.masked.slice(oldTo)) return 'a comment opened or closed';
  const end = Number.MAX_SAFE_INTEGER;
  if (!sameStructure(structure, 0, from, previous.structure, 0, from, 0) || !sameStructure(structure, to, end, previous.structure, oldTo, end, delta)) return 'other paragraphs changed';
  // The small draft: header and organ line, the blocks, the closing.
  const sep = model.eol + model.eol;
  const head = text.slice(0, organ.span.end) + sep;
  const closing = model.closing ? sep + text.slice(model.closing.span.start, model.closing.span.end) + model.eol : model.eol;
  const small = parse(head + text.slice(from, to) + closing);
  const at = head.length - from;
  // The parser takes the closing for one only after a paragraph: blocks that hold none (a footnote
  // between paragraphs) leave the small draft without it, and the draft's year with it.
  if (!small.closing !== !model.closing) return 'the closing read differently';
  if (!sameStructure(structureOf(small), head.length, head.length + to - from, structure, from, to, at)) return 'paragraphs read differently alone';
  // A quotation the small draft's header or blocks leave open runs on across the join (an unclosed
  // `“` in the header over the blocks, where the rules that skip quotations then found nothing:
  // fuzz 6000000057:1622): the draft reads its quotations otherwise.
  const blocksEnd = head.length + to - from;
  if (textZones(small).quotes.some((q) => (q.start < head.length && q.end > head.length) || (q.start < blocksEnd && q.end > blocksEnd))) return 'a quotation runs across the blocks';
  const found = runRules(small, rules, settings, options, { model, offset: (o) => o - at }, keeper);
  if (!found) return null;
  region.value = { from, to, oldTo, delta, at, small };
  const out: LintDiagnostic[] = [];
  // Keep what lies wholly before the blocks and move what lies after them; what touches them
  // (an empty span at a block's end included) comes from the new run.
  for (const d of previous.local) {
    if (d.span.start < from && d.span.end <= from) out.push(d);
    else if (d.span.start > oldTo) out.push(move(model, d, delta));
  }
  for (const d of found) {
    const start = d.span.start - at;
    const end = d.span.end - at;
    // The header, organ line and closing of the small draft are those of the draft, whose
    // problems the previous run found: only what lies in the paragraphs is new.
    if (end < from || start > to || (end === from && start < from)) continue;
    if (start < from || end > to) return 'a problem across the paragraphs';
    const edits = d.fix?.edits.map((e) => ({ span: { start: e.span.start - at, end: e.span.end - at }, newText: e.newText }));
    if (edits?.some((e) => e.span.start < from || e.span.end > to)) return 'a fix outside the paragraphs';
    const span = { start, end };
    out.push({ ...d, span, range: rangeOf(model, span), fix: d.fix && edits ? { title: d.fix.title, edits } : undefined });
  }
  return out;
}

/** The blocks an incremental run re-checked: `[from, to)` of the new text, `[from, oldTo)` of the old one, and the small draft (offset `at`). */
interface Region {
  readonly from: number;
  readonly to: number;
  readonly oldTo: number;
  readonly delta: number;
  readonly at: number;
  readonly small: DocumentModel;
}

/**
 * The text zones of the new version: the previous version's before and after the re-checked
 * blocks (moved by the edit), and those the small draft has inside them. Undefined when a zone of
 * either crosses the blocks' edges (then the rules that need them scan the whole draft again).
 */
function carryTextZones(previous: TextZones, region: Region): TextZones | undefined {
  const { from, to, oldTo, delta, at } = region;
  const inside = textZones(region.small);
  const carry = (old: readonly Span[], fresh: readonly Span[]): Span[] | undefined => {
    const out: Span[] = [];
    for (const z of old) {
      if (z.start < from) {
        if (z.end > from) return undefined;
        out.push(z);
      }
    }
    for (const z of fresh) {
      const start = z.start - at;
      if (start < from || start >= to) continue;
      const end = z.end - at;
      if (end > to) return undefined;
      out.push({ start, end });
    }
    for (const z of old) {
      if (z.start >= oldTo) out.push({ start: z.start + delta, end: z.end + delta });
      else if (z.start >= from && z.end > oldTo) return undefined;
    }
    return out;
  };
  const quotes = carry(previous.quotes, inside.quotes);
  const urls = quotes && carry(previous.urls, inside.urls);
  const symbols = urls && carry(previous.symbols, inside.symbols);
  return symbols && { quotes: quotes!, urls: urls!, symbols };
}

/** A diagnostic moved by `delta` characters (its range recomputed in the new version). */
function move(model: DocumentModel, d: LintDiagnostic, delta: number): LintDiagnostic {
  // Even with delta 0 (one character replaced by another) a line may have been joined or split.
  if (delta === 0) return { ...d, range: rangeOf(model, d.span) };
  const span = { start: d.span.start + delta, end: d.span.end + delta };
  const fix = d.fix && { title: d.fix.title, edits: d.fix.edits.map((e) => ({ span: { start: e.span.start + delta, end: e.span.end + delta }, newText: e.newText })) };
  return { ...d, span, range: rangeOf(model, span), fix };
}

function clampSpan(span: Span, text: string): Span {
  const length = text.length;
  let start = Math.max(0, Math.min(span.start, length));
  let end = Math.max(start, Math.min(span.end, length));
  // Never between the two halves of a surrogate pair: the whole character is in the span (a rule
  // that steps back one code unit from a paragraph's end, or cuts at a count, may land there, and
  // an editor may not survive such a column: eglot 1.9 loops forever on it).
  if (insideSurrogatePair(text, start)) start--;
  if (insideSurrogatePair(text, end)) end++;
  return { start, end };
}


/**
 * Builds the filter for inline directives: `unres-disable [ids]` until `unres-enable [ids]`,
 * and `unres-disable-next-line [ids]` for the line after the comment.
 */
function directiveFilter(model: DocumentModel): (ruleId: string, line: number) => boolean {
  if (model.directives.length === 0) return () => false;
  const nextLine = new Map<number, Set<string> | 'all'>();
  const regions: { from: number; to: number; ids: Set<string> | 'all' }[] = [];
  const open = new Map<string, number>();
  let openAll: number | undefined;
  for (const d of model.directives) {
    const ids = d.ruleIds.map((r) => r.id);
    const startLine = rangeOf(model, d.span).start.line;
    if (d.kind === 'disable-next-line') {
      const prev = nextLine.get(d.line + 1);
      if (ids.length === 0 || prev === 'all') nextLine.set(d.line + 1, 'all');
      else nextLine.set(d.line + 1, new Set([...(prev ?? []), ...ids]));
    } else if (d.kind === 'disable') {
      if (ids.length === 0) openAll ??= startLine;
      else for (const id of ids) if (!open.has(id)) open.set(id, startLine);
    } else {
      if (ids.length === 0) {
        if (openAll !== undefined) regions.push({ from: openAll, to: d.line, ids: 'all' });
        openAll = undefined;
        for (const [id, from] of open) regions.push({ from, to: d.line, ids: new Set([id]) });
        open.clear();
      } else {
        for (const id of ids) {
          const from = open.get(id);
          if (from !== undefined) regions.push({ from, to: d.line, ids: new Set([id]) });
          open.delete(id);
        }
      }
    }
  }
  if (openAll !== undefined) regions.push({ from: openAll, to: Infinity, ids: 'all' });
  for (const [id, from] of open) regions.push({ from, to: Infinity, ids: new Set([id]) });
  return (ruleId, line) => {
    const n = nextLine.get(line);
    if (n === 'all' || n?.has(ruleId)) return true;
    return regions.some((r) => line >= r.from && line <= r.to && (r.ids === 'all' || r.ids.has(ruleId)));
  };
}

/** A comment or a Word-export footnote: text hidden from the rules, and the part of it a fix may edit. */
interface Hidden {
  readonly span: Span;
  readonly inner: Span;
}

/**
 * The comments and Word-export footnotes of a model, by start, with the greatest end so far of each
 * (a footnote may hold a comment, so the ends alone are not in order).
 */
function hiddenSpans(model: DocumentModel): { readonly list: readonly Hidden[]; readonly maxEnd: readonly number[] } {
  return memo(model, 'lint:hidden', () => {
    const list: Hidden[] = model.comments.map((c) => ({ span: c.span, inner: c.inner }));
    for (const d of model.footnoteDefinitions) if (d.syntax === 'word') list.push({ span: d.span, inner: d.textSpan });
    list.sort((a, b) => a.span.start - b.span.start);
    const maxEnd: number[] = [];
    for (const h of list) maxEnd.push(Math.max(h.span.end, maxEnd[maxEnd.length - 1] ?? 0));
    return { list, maxEnd };
  });
}

/**
 * Whether an edit of the fix cuts into a comment or a Word-export footnote from outside: it
 * overlaps one without holding it whole (what `deletesComment` checks) or staying inside its text.
 * A rule that reads the masked text sees such text as white space and may take it for the space
 * before a mark (fuzz 12000000069:1209: the dash fix ran back over the blanked end of a footnote).
 */
function cutsHiddenText(model: DocumentModel, fix: Fix): boolean {
  const { list: hidden, maxEnd } = hiddenSpans(model);
  if (hidden.length === 0) return false;
  for (const e of fix.edits) {
    // The first hidden span from which on some span ends after the edit starts.
    let lo = 0;
    let hi = hidden.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (maxEnd[mid] <= e.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < hidden.length && hidden[i].span.start < e.span.end; i++) {
      const h = hidden[i];
      const whole = e.span.start <= h.span.start && e.span.end >= h.span.end;
      const inside = e.span.start >= h.inner.start && e.span.end <= h.inner.end;
      if (!whole && !inside && e.span.end > h.span.start && e.span.start < h.span.end) return true;
    }
  }
  return false;
}
