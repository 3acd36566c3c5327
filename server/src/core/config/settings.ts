/** User settings of the linter, how they are validated and merged, and how they resolve against the document. */
import type { Severity } from '../rules/types';
import type { DocumentModel } from '../model/types';
import { sessionNumber } from '../model/derived';
import { defaultFootnoteStyle } from '../parser/footnoteStyle';
import { decisionMark } from '../rules/decision-text';
import { DECISION_SUSPENDS, OPENER_STYLES, PROFILES, PROFILE_STYLES, SUBPARAGRAPH_CASES, chooseProfile, isProfile, profileSeverities, type OpenerStyle, type Profile, type ProfileChoice, type ProfileStyle, type SubparagraphCase } from './profiles';

/** How a repeated citation prints (CONVENTIONS.md FN-04). */
export type FootnoteStyle = 'legacy' | 'current';

/** Which spelling list the language rules check against. */
export type Spelling = 'oxford' | 'american';

/** Extra opening phrases accepted besides the lexicons (a conference's own list). */
export interface PhraseSettings {
  readonly preambular?: readonly string[];
  readonly operative?: readonly string[];
}

/** Model UN house-style options (CONVENTIONS.md MUN-02, MUN-03); unset, the profile decides. */
export interface MunSettings {
  /** `italic` (UN), `underline` (operative phrases underlined: THIMUN, SPMUN) or `either`. */
  readonly openerStyle?: OpenerStyle;
  /** `capital` (UN, AMUN) or `either` (THIMUN-style lower-case sub-clauses accepted). */
  readonly subparagraphCase?: SubparagraphCase;
}

/** Settings as a user writes them (VS Code settings, `.unresrc.json`, CLI options). */
export interface UnresSettings {
  /** Per-rule severity overrides. */
  readonly rules?: Readonly<Record<string, Severity>>;
  /** `auto` picks the style from the session in the header. */
  readonly footnoteStyle?: FootnoteStyle | 'auto';
  /** The house style the draft follows; unset means the default profile. */
  readonly profile?: Profile;
  /** Oxford (the Editorial Manual) or American spelling (some Model UN conferences). */
  readonly spelling?: Spelling;
  /** Extra accepted opening phrases. */
  readonly phrases?: PhraseSettings;
  /** Model UN typography; the defaults come from the profile (`mun`: either; UN profiles: italic, capital). */
  readonly mun?: MunSettings;
}

/** Settings with every value decided for one document. */
export interface ResolvedSettings {
  /**
   * The severity of every rule whose severity is not its default: the profile's severities,
   * overridden by the user's `rules` (the runner falls back to each rule's default).
   */
  readonly rules: Readonly<Record<string, Severity>>;
  readonly footnoteStyle: FootnoteStyle;
  readonly profile: Profile;
  /** How the profile was chosen (setting, organ line, header or default), and why. */
  readonly profileChoice: ProfileChoice;
  /** The profile's house style: citations, acronyms, the usual closing paragraph. */
  readonly profileStyle: ProfileStyle;
  readonly mun: { readonly openerStyle: OpenerStyle; readonly subparagraphCase: SubparagraphCase };
  readonly spelling: Spelling;
  readonly phrases: { readonly preambular: readonly string[]; readonly operative: readonly string[] };
}

/** Every severity name, quietest first. */
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];
/** Every value of `footnoteStyle`. */
export const FOOTNOTE_STYLES: readonly (FootnoteStyle | 'auto')[] = ['auto', 'legacy', 'current'];
/** Every value of `spelling`, the default first. */
export const SPELLINGS: readonly Spelling[] = ['oxford', 'american'];
/** The keys of `phrases`. */
export const PHRASE_KINDS: readonly (keyof PhraseSettings)[] = ['preambular', 'operative'];
/** The keys of `mun`. */
export const MUN_KEYS: readonly (keyof MunSettings)[] = ['openerStyle', 'subparagraphCase'];
/** The keys of `UnresSettings`, in the order listings show them. */
export const SETTING_KEYS: readonly (keyof UnresSettings)[] = ['profile', 'footnoteStyle', 'spelling', 'phrases', 'mun', 'rules'];

/** Whether a value is a severity name. */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Whether a value is a `footnoteStyle` setting (including `auto`). */
export function isFootnoteStyle(value: unknown): value is FootnoteStyle | 'auto' {
  return typeof value === 'string' && (FOOTNOTE_STYLES as readonly string[]).includes(value);
}

/** Whether a value is a `spelling` setting. */
export function isSpelling(value: unknown): value is Spelling {
  return typeof value === 'string' && (SPELLINGS as readonly string[]).includes(value);
}

/** Whether a value is a `mun.openerStyle` setting. */
export function isOpenerStyle(value: unknown): value is OpenerStyle {
  return typeof value === 'string' && (OPENER_STYLES as readonly string[]).includes(value);
}

/** Whether a value is a `mun.subparagraphCase` setting. */
export function isSubparagraphCase(value: unknown): value is SubparagraphCase {
  return typeof value === 'string' && (SUBPARAGRAPH_CASES as readonly string[]).includes(value);
}

/**
 * Resolves settings for a document. The profile is the setting's, else the organ line's (see
 * `chooseProfile`); a rule's severity is the user's `rules` entry, else the profile's, else the
 * rule's default (left to the runner). The footnote style follows the session line (up to the
 * seventy-fourth session `legacy`, later `current`) unless set.
 */
export function resolveSettings(settings: UnresSettings | undefined, model: DocumentModel): ResolvedSettings {
  const profileChoice = chooseProfile(settings?.profile, model);
  const profile = profileChoice.profile;
  const profileStyle = PROFILE_STYLES[profile];
  const rules = ruleSeverities(profile, decisionMark(model) !== undefined, settings?.rules);
  let footnoteStyle: FootnoteStyle;
  if (settings?.footnoteStyle === 'legacy' || settings?.footnoteStyle === 'current') footnoteStyle = settings.footnoteStyle;
  else {
    footnoteStyle = defaultFootnoteStyle(sessionNumber(model), model.header.adopted);
  }
  return {
    rules,
    footnoteStyle,
    profile,
    profileChoice,
    profileStyle,
    mun: {
      openerStyle: isOpenerStyle(settings?.mun?.openerStyle) ? settings.mun.openerStyle : profileStyle.openerStyle,
      subparagraphCase: isSubparagraphCase(settings?.mun?.subparagraphCase) ? settings.mun.subparagraphCase : profileStyle.subparagraphCase,
    },
    spelling: isSpelling(settings?.spelling) ? settings.spelling : 'oxford',
    phrases: {
      preambular: phraseList(settings?.phrases?.preambular),
      operative: phraseList(settings?.phrases?.operative),
    },
  };
}

/** The severities of `ruleSeverities` by the user's `rules` object (or none), then by profile and whether the draft is a decision. */
const severitiesCache = new WeakMap<object, Map<string, Readonly<Record<string, Severity>>>>();
const NO_RULES = {};

/**
 * A rule's severity by its id: the user's `rules` entry, else off where a decision suspends it
 * (SKEL-14: a decision is not a resolution; its paragraphs are not checked as one's), else the
 * profile's. Made once per `rules` object, profile and kind of draft, and frozen: a lint used to
 * copy the profile's 93 entries, and the runner then looked each one up in that new object.
 */
function ruleSeverities(profile: Profile, decision: boolean, user: UnresSettings['rules']): Readonly<Record<string, Severity>> {
  const owner = user ?? NO_RULES;
  let byProfile = severitiesCache.get(owner);
  if (!byProfile) severitiesCache.set(owner, (byProfile = new Map()));
  const key = decision ? `${profile} decision` : profile;
  let rules = byProfile.get(key);
  if (!rules) {
    const out: Record<string, Severity> = { ...profileSeverities(profile) };
    if (decision) for (const id of DECISION_SUSPENDS) out[id] = 'off';
    for (const [id, sev] of Object.entries(user ?? {})) if (isSeverity(sev)) out[id] = sev;
    rules = Object.freeze(out);
    byProfile.set(key, rules);
  }
  return rules;
}

function phraseList(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}

/**
 * Layers settings: values of `over` win; `rules` merge by rule id; `phrases` lists add up (each
 * phrase once), so a file that extends another can accept more phrases than its base.
 */
export function mergeSettings(base: UnresSettings, over: UnresSettings): UnresSettings {
  const out: { -readonly [K in keyof UnresSettings]: UnresSettings[K] } = { ...base };
  if (over.profile !== undefined) out.profile = over.profile;
  if (over.footnoteStyle !== undefined) out.footnoteStyle = over.footnoteStyle;
  if (over.spelling !== undefined) out.spelling = over.spelling;
  if (over.rules !== undefined) out.rules = { ...base.rules, ...over.rules };
  if (over.mun !== undefined) out.mun = { ...base.mun, ...over.mun };
  if (over.phrases !== undefined) {
    const phrases: { preambular?: readonly string[]; operative?: readonly string[] } = { ...base.phrases };
    for (const kind of PHRASE_KINDS) {
      const added = over.phrases[kind];
      if (added !== undefined) phrases[kind] = [...new Set([...(base.phrases?.[kind] ?? []), ...added])];
    }
    out.phrases = phrases;
  }
  return out;
}

/** Where in a settings object a problem is: a JSON path, and whether it is the key or the value. */
export interface SettingsProblem {
  readonly path: readonly (string | number)[];
  /** `key` for a misnamed property, `value` for a wrong value. */
  readonly target: 'key' | 'value';
  /** One line: what is wrong and what to write instead. */
  readonly message: string;
}

/** Options of `validateSettings`. */
export interface ValidateOptions {
  /** The known rule ids; unknown ids under `rules` are reported. Without it any id is accepted. */
  readonly ruleIds?: readonly string[];
  /** Extra top-level keys allowed (a config file's `extends`, `$schema`); their values are not read. */
  readonly extraKeys?: readonly string[];
}

/**
 * Reads an untyped settings object (parsed JSON, an editor's configuration): returns the
 * well-formed values and one problem per wrong key or value. Never throws.
 */
export function validateSettings(raw: unknown, options: ValidateOptions = {}): { settings: UnresSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (!isPlainObject(raw)) {
    problems.push({ path: [], target: 'value', message: 'the settings must be an object, e.g. { "profile": "ga", "rules": { "agenda-item": "warning" } }' });
    return { settings: {}, problems };
  }
  const out: { -readonly [K in keyof UnresSettings]: UnresSettings[K] } = {};
  const extra = options.extraKeys ?? [];
  const allKeys = [...extra, ...SETTING_KEYS];
  for (const [key, value] of Object.entries(raw)) {
    if (extra.includes(key)) continue;
    switch (key) {
      case 'profile':
        if (isProfile(value)) out.profile = value;
        else problems.push(badValue(['profile'], value, PROFILES, 'a profile'));
        break;
      case 'footnoteStyle':
        if (isFootnoteStyle(value)) out.footnoteStyle = value;
        else problems.push(badValue(['footnoteStyle'], value, FOOTNOTE_STYLES, 'a footnote style'));
        break;
      case 'spelling':
        if (isSpelling(value)) out.spelling = value;
        else problems.push(badValue(['spelling'], value, SPELLINGS, 'a spelling'));
        break;
      case 'rules':
        out.rules = readRules(value, options.ruleIds, problems);
        break;
      case 'phrases':
        out.phrases = readPhrases(value, problems);
        break;
      case 'mun':
        out.mun = readMun(value, problems);
        break;
      default:
        problems.push({ path: [key], target: 'key', message: `unknown key "${key}"${didYouMean(key, allKeys)}; the keys are ${allKeys.map((k) => `"${k}"`).join(', ')}` });
    }
  }
  return { settings: out, problems };
}

function readRules(value: unknown, ruleIds: readonly string[] | undefined, problems: SettingsProblem[]): Record<string, Severity> | undefined {
  if (!isPlainObject(value)) {
    problems.push({ path: ['rules'], target: 'value', message: '"rules" must be an object of rule ids and severities, e.g. { "agenda-item": "warning", "opener-italics": "off" }' });
    return undefined;
  }
  const rules: Record<string, Severity> = {};
  for (const [id, sev] of Object.entries(value)) {
    if (ruleIds && !ruleIds.includes(id)) {
      problems.push({ path: ['rules', id], target: 'key', message: `unknown rule "${id}"${didYouMean(id, ruleIds)}; \`unres --list-rules\` lists the rule ids` });
    } else if (isSeverity(sev)) rules[id] = sev;
    else problems.push(badValue(['rules', id], sev, SEVERITIES, `a severity for "${id}"`));
  }
  return rules;
}

function readPhrases(value: unknown, problems: SettingsProblem[]): PhraseSettings | undefined {
  if (!isPlainObject(value)) {
    problems.push({ path: ['phrases'], target: 'value', message: '"phrases" must be an object with "preambular" and/or "operative" lists, e.g. { "operative": ["Strongly urges"] }' });
    return undefined;
  }
  const phrases: { preambular?: string[]; operative?: string[] } = {};
  for (const [kind, list] of Object.entries(value)) {
    if (kind !== 'preambular' && kind !== 'operative') {
      problems.push({ path: ['phrases', kind], target: 'key', message: `unknown key "phrases.${kind}"${didYouMean(kind, PHRASE_KINDS)}; write "preambular" or "operative"` });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ path: ['phrases', kind], target: 'value', message: `"phrases.${kind}" must be a list of phrases, e.g. ["${kind === 'preambular' ? 'Bearing in mind' : 'Strongly urges'}"]` });
      continue;
    }
    const kept: string[] = [];
    list.forEach((p, i) => {
      if (typeof p === 'string' && p.trim() !== '') kept.push(p.trim());
      else problems.push({ path: ['phrases', kind, i], target: 'value', message: `each entry of "phrases.${kind}" must be a phrase in quotes, e.g. "${kind === 'preambular' ? 'Bearing in mind' : 'Strongly urges'}"` });
    });
    phrases[kind] = kept;
  }
  return phrases;
}

function readMun(value: unknown, problems: SettingsProblem[]): MunSettings | undefined {
  if (!isPlainObject(value)) {
    problems.push({ path: ['mun'], target: 'value', message: '"mun" must be an object, e.g. { "openerStyle": "underline", "subparagraphCase": "either" }' });
    return undefined;
  }
  const mun: { -readonly [K in keyof MunSettings]: MunSettings[K] } = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'openerStyle') {
      if (isOpenerStyle(v)) mun.openerStyle = v;
      else problems.push(badValue(['mun', 'openerStyle'], v, OPENER_STYLES, 'an opener style'));
    } else if (key === 'subparagraphCase') {
      if (isSubparagraphCase(v)) mun.subparagraphCase = v;
      else problems.push(badValue(['mun', 'subparagraphCase'], v, SUBPARAGRAPH_CASES, 'a sub-paragraph case'));
    } else {
      problems.push({ path: ['mun', key], target: 'key', message: `unknown key "mun.${key}"${didYouMean(key, MUN_KEYS)}; the keys are ${MUN_KEYS.map((k) => `"${k}"`).join(', ')}` });
    }
  }
  return mun;
}

function badValue(path: readonly string[], value: unknown, allowed: readonly string[], what: string): SettingsProblem {
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
  return { path, target: 'value', message: `${shown} is not ${what}${hint}; write one of ${allowed.map((a) => `"${a}"`).join(', ')}` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `; did you mean "x"?` for the closest candidate within a small edit distance, or ''. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  if (word.length > 64) return '';
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    if (c.length > 64) continue;
    const cl = c.toLowerCase();
    const d = cl.startsWith(lower) && lower.length >= 3 ? 1 : editDistance(lower, cl);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance; both strings are short (bounded by the caller). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The candidate closest to `word` (case-insensitive) within `maxDistance` edits, or undefined (ties: the first). */
export function closest(word: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
  if (word.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    if (c.length > 64 || Math.abs(c.length - word.length) > maxDistance) continue;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}
