/**
 * House-style profiles: which organ's (or conference's) conventions a draft follows. A profile is
 * chosen in settings, in `.unresrc.json` or with `unres lint --profile`; unset, it follows the
 * organ line (`The Security Council,` → `sc`, a Model UN committee such as `The Disarmament and
 * International Security Committee,` → `mun`), else `ga`. The profiles themselves are data
 * (`core/data/profiles.json`): the rule severities that differ from each rule's default and the
 * house-style choices. The "Severity by profile" table of every rule's doc page is generated from
 * the same data (`npm run docs`).
 */
import profileData from '../data/profiles.json';
import type { DocumentModel } from '../model/types';
import type { Severity } from '../rules/types';

/** Every profile name, the default first. */
export const PROFILES = ['ga', 'sc', 'ecosoc', 'hrc', 'mun'] as const;

/** A profile name. */
export type Profile = (typeof PROFILES)[number];

/** The profile used when none is chosen and the organ line does not choose one. */
export const DEFAULT_PROFILE: Profile = 'ga';

/** How opening phrases are marked: italic (UN), underlined operative phrases (THIMUN, SPMUN) or either. */
export type OpenerStyle = 'italic' | 'underline' | 'either';
/** Every value of `mun.openerStyle`, the UN's first. */
export const OPENER_STYLES: readonly OpenerStyle[] = ['italic', 'underline', 'either'];

/** Whether sub-paragraphs must begin with a capital (UN, AMUN) or may begin in lower case (THIMUN). */
export type SubparagraphCase = 'capital' | 'either';
/** Every value of `mun.subparagraphCase`, the UN's first. */
export const SUBPARAGRAPH_CASES: readonly SubparagraphCase[] = ['capital', 'either'];

/** The house style of a profile, besides rule severities. */
export interface ProfileStyle {
  /** Short name for status bars (`GA`, `SC`). */
  readonly name: string;
  /** The organ of the UN profiles, as the organ line names it. */
  readonly organ?: string;
  /** One line: whose texts the profile is for (listings, the JSON schema, `--help`). */
  readonly description: string;
  /** Sources cited in footnotes (GA, ECOSOC, HRC) or by symbol in parentheses in the text (SC, FN-09). */
  readonly citations: 'footnotes' | 'in-text';
  /** Acronyms spelled out (GA) or used after a first spelled-out mention (SC, AMUN). */
  readonly acronyms: 'spell-out' | 'after-first-use';
  /** The usual last operative paragraph (SC: `Decides to remain seized of the matter.`). */
  readonly closingParagraph?: string;
  /** The default of `mun.openerStyle` under this profile. */
  readonly openerStyle: OpenerStyle;
  /** The default of `mun.subparagraphCase` under this profile. */
  readonly subparagraphCase: SubparagraphCase;
}

/** One rule's entry in the profile data: severities that differ from its default, and notes. */
export interface ProfileRuleEntry {
  readonly ga?: Severity;
  readonly sc?: Severity;
  readonly ecosoc?: Severity;
  readonly hrc?: Severity;
  readonly mun?: Severity;
  /** A qualification per profile, printed after the severity in the doc table. */
  readonly notes?: Partial<Readonly<Record<Profile, string>>>;
}

const data = profileData as unknown as {
  readonly profiles: Readonly<Record<Profile, ProfileStyle>>;
  readonly munOrgans: readonly string[];
  readonly munHeaderLabels: readonly string[];
  readonly decisionSuspends: readonly string[];
  readonly rules: Readonly<Record<string, ProfileRuleEntry>>;
};

/** The house style of each profile. */
export const PROFILE_STYLES: Readonly<Record<Profile, ProfileStyle>> = data.profiles;

/** One line per profile: whose texts it is for (listings, the JSON schema, `--help`). */
export const PROFILE_DESCRIPTIONS: Readonly<Record<Profile, string>> = Object.fromEntries(PROFILES.map((p) => [p, data.profiles[p].description])) as Record<Profile, string>;

/** The rule entries of the profile data, by rule id (rules absent follow their default everywhere). */
export const PROFILE_RULES: Readonly<Record<string, ProfileRuleEntry>> = data.rules;

/** The rules switched off for decisions, which are not resolutions (CONVENTIONS.md SKEL-14). */
export const DECISION_SUSPENDS: readonly string[] = data.decisionSuspends;

/** Whether a value is a profile name. */
export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

/** The severity a profile gives a rule, when it differs from the rule's default. */
export function profileSeverity(profile: Profile, ruleId: string): Severity | undefined {
  return Object.hasOwn(PROFILE_RULES, ruleId) ? PROFILE_RULES[ruleId][profile] : undefined;
}

const severitiesByProfile = new Map<Profile, Readonly<Record<string, Severity>>>();

/** Every severity a profile sets (rule id → severity), the rules at their default left out (computed once per profile). */
export function profileSeverities(profile: Profile): Readonly<Record<string, Severity>> {
  let out = severitiesByProfile.get(profile);
  if (!out) {
    const severities: Record<string, Severity> = {};
    for (const [id, entry] of Object.entries(PROFILE_RULES)) {
      const sev = entry[profile];
      if (sev !== undefined) severities[id] = sev;
    }
    out = Object.freeze(severities);
    severitiesByProfile.set(profile, out);
  }
  return out;
}

/** How the profile of a draft was chosen. */
export interface ProfileChoice {
  readonly profile: Profile;
  readonly source: 'setting' | 'organ line' | 'header' | 'default';
  /** One sentence for the status bar and `--print-config`. */
  readonly reason: string;
}

const normal = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
const ORGAN_PROFILES = new Map<string, Profile>(PROFILES.flatMap((p) => (data.profiles[p].organ ? [[normal(data.profiles[p].organ!), p] as [string, Profile]] : [])));
const MUN_ORGANS = new Set(data.munOrgans.map(normal));
const MUN_LABELS = new Set(data.munHeaderLabels.map(normal));
/** How many header lines a draft without an organ line is read for its organ (the masthead, number and adoption lines come first). */
const HEADER_LINES_READ = 4;
/** `Adopted by the Security Council at its 3122nd meeting, …`: the organ named (up to `at`, `on`, a comma or the end). */
const ADOPTED_BY = /^(?:Resolution\s+)?adopted\s+by\s+the\s+([A-Za-z][A-Za-z ]{0,60}?)\s*(?:\bat\b|\bon\b|,|$)/i;
/** A Security Council resolution number, `781 (1992)`, `RESOLUTION 781 (1992)`, `1 (1946) Resolution of …` (the General Assembly's early ones read `260 (III)`). */
const SC_NUMBER = /^(?:RESOLUTION\s+)?\d{1,4}\s?\((?:19|20)\d\d\)(?:$|[.\s])/i;
/** A Security Council symbol line, `S/RES/781 (1992)`. */
const SC_SYMBOL = /^S\/RES\/\d/;
/** `FORUM:`, `Question of:`, `Co-submitters:` at the start of a header line. */
const LABEL = /^([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?)[ \t]*:/;

/**
 * The United Nations organ an organ line names as written, however cased and with a `UN` or
 * `United Nations` before it (`GENERAL ASSEMBLY`, `UN Security Council`): its name (`General
 * Assembly`, `Security Council`) and whether that prefix was there; undefined for any other name (a
 * Model UN committee).
 */
export function unOrganName(name: string): { readonly organ: string; readonly prefixed: boolean } | undefined {
  const bare = name.replace(/^(?:UN|U\.N\.|United\s+Nations)\s+/i, '');
  const profile = ORGAN_PROFILES.get(normal(bare));
  return profile === undefined ? undefined : { organ: data.profiles[profile].organ!, prefixed: bare !== name };
}

/**
 * The profile a draft follows: the setting when there is one, else the organ line's organ (a Model
 * UN committee name or a Model UN header label such as `FORUM:` or `Signatories:` selects `mun`),
 * else, for a text with no organ line, the organ its first header lines name (`Adopted by the
 * Security Council …`) or number the resolution as (`781 (1992)`, `S/RES/781`: `sc`), else the default.
 */
export function chooseProfile(setting: unknown, model: DocumentModel): ProfileChoice {
  if (isProfile(setting)) return { profile: setting, source: 'setting', reason: `The profile is set to "${setting}" in the settings.` };
  // A Model UN header (`Committee: Third Committee`, `Topic: …`, `Sponsors: …`, the style of US
  // conferences) comes before `The General Assembly,`, which such drafts write too (found by a
  // review: a Model UN draft got the General Assembly's rules). UN texts have no such labels.
  for (const line of model.header.lines) {
    const label = LABEL.exec(line.text)?.[1];
    if (label !== undefined && MUN_LABELS.has(normal(label))) return { profile: 'mun', source: 'header', reason: `The header has the Model UN label "${label}:".` };
  }
  const organ = model.organ?.name;
  if (organ !== undefined) {
    const key = normal(organ);
    const unProfile = ORGAN_PROFILES.get(key);
    // An organ line in capitals (`THE GENERAL ASSEMBLY,`) is THIMUN style (MUN-01).
    if (unProfile && organ === organ.toUpperCase()) return { profile: 'mun', source: 'organ line', reason: `The organ line is in capitals ("${organ}"), as Model UN conferences write it.` };
    if (unProfile) return { profile: unProfile, source: 'organ line', reason: `The organ line names the ${data.profiles[unProfile].organ}.` };
    if (MUN_ORGANS.has(key)) return { profile: 'mun', source: 'organ line', reason: `The organ line names a Model UN committee ("${organ}").` };
  }
  // A text with no organ line (an early Security Council resolution, `Whereas …`, or a scan that
  // lost it) is still told by its first header lines: who adopted it, and how it is numbered.
  if (organ === undefined) {
    for (const line of model.header.lines.slice(0, HEADER_LINES_READ)) {
      const adopted = ADOPTED_BY.exec(line.text);
      const byOrgan = adopted && ORGAN_PROFILES.get(normal(adopted[1]));
      if (byOrgan) return { profile: byOrgan, source: 'header', reason: `There is no organ line, and the header says the text was adopted by the ${data.profiles[byOrgan].organ}.` };
      if (SC_NUMBER.test(line.text) || SC_SYMBOL.test(line.text)) return { profile: 'sc', source: 'header', reason: `There is no organ line, and the header numbers the resolution as the Security Council does ("${line.text.slice(0, 40)}").` };
    }
  }
  return { profile: DEFAULT_PROFILE, source: 'default', reason: 'No profile is set and the organ line names none, so the General Assembly profile (the default) applies.' };
}
