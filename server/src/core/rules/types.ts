/** The contract between the rule runner and the rule modules. */
import type { DocumentModel, Span } from '../model/types';
import type { ResolvedSettings } from '../config/settings';

/** How loudly a problem is reported; `off` disables a rule. */
export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';

/** Groups rules in docs and listings. */
export type RuleCategory =
  | 'syntax'
  | 'header'
  | 'preamble'
  | 'operative'
  | 'footnotes'
  | 'consistency'
  | 'references'
  | 'dates-numbers'
  | 'language'
  | 'cross-references';

/** A text replacement, in offsets of the document text. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A fix: edits applied together or not at all. */
export interface Fix {
  /** What the quick fix does, e.g. `Write "Welcoming"`. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** Static description of a rule. */
export interface RuleMeta {
  /** Kebab-case id; also the file name of the module and of its doc page. */
  readonly id: string;
  /** One sentence: what the rule checks. */
  readonly description: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Exclude<Severity, 'off'>;
  /** Whether the rule offers fixes (a test checks that it does). */
  readonly fixable: boolean;
  /** The CONVENTIONS.md ids the rule implements. */
  readonly conventions: readonly string[];
  /** Message templates with `{{name}}` placeholders: what is wrong and what to write instead. */
  readonly messages: Readonly<Record<string, string>>;
  /**
   * `block`: what the rule reports inside a block (paragraphs with their sub-paragraphs, a footnote
   * definition) depends only on that block's text and kind and on the header, organ line and
   * closing, never on other paragraphs, and nothing it reports crosses a block. The runner then
   * re-checks only the blocks an edit touched (see `lintIncremental`); a test compares that with a
   * full run after random edits. `document` (the default): re-run over the whole draft each time.
   */
  readonly scope?: 'block' | 'document';
}

/** What a rule reports. */
export interface Report {
  readonly span: Span;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
}

/** What a rule gets to look at. */
export interface RuleContext {
  readonly model: DocumentModel;
  readonly settings: ResolvedSettings;
  /** The ids of every registered rule (for checks of rule ids written in the draft: directives). */
  readonly ruleIds: ReadonlySet<string>;
  /**
   * Set when a block-scope rule runs over a part of the draft (the paragraphs an edit touched, in a
   * small draft of their own): the whole draft, and where an offset of `model` lies in it.
   */
  readonly whole?: { readonly model: DocumentModel; offset(at: number): number };
  /**
   * A result that depends on the (masked) text of `span` and the draft's structure there alone (a
   * paragraph's mentions of a title, say): in the editor it is kept from one version of the draft
   * to the next for the spans an edit did not touch, so that a document-scope rule re-reads only
   * what changed. Offsets in the result must be relative to `span.start`. The span must reach as
   * far as anything that decides the result (a blank line on each side holds a paragraph's); one
   * value per span (a second for the same start throws). The result must not hold slices of the
   * text (a slice keeps the whole version it was cut from alive): offsets, numbers, flags.
   */
  keep<T>(span: Span, compute: () => T): T;
  report(report: Report): void;
}

/** A rule module: metadata and a check over the document model. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
  /**
   * For a block-scope rule that also reads something of the whole draft (the acronyms it defines,
   * through `context.whole`): a summary of it. While the summary stays the same, what the rule
   * found in the paragraphs an edit did not touch stands; when it changes, the rule runs over the
   * whole draft again.
   */
  facts?(model: DocumentModel): string;
}
