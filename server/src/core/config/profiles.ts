/**
 * House-style profiles: which organ's (or conference's) conventions a draft follows. A profile is
 * chosen in settings, in `.unresrc.json` or with `unres lint --profile`; `ga` is the default.
 */

/** Every profile name, the default first. */
export const PROFILES = ['ga', 'sc', 'ecosoc', 'hrc', 'mun'] as const;

/** A profile name. */
export type Profile = (typeof PROFILES)[number];

/** The profile used when none is chosen. */
export const DEFAULT_PROFILE: Profile = 'ga';

/** One line per profile: whose texts it is for (listings, the JSON schema, `--help`). */
export const PROFILE_DESCRIPTIONS: Readonly<Record<Profile, string>> = {
  ga: 'General Assembly resolutions and drafts (the Editorial Manual; the default).',
  sc: 'Security Council resolutions (in-text symbols instead of footnotes, "Decides to remain seized of the matter.").',
  ecosoc: 'Economic and Social Council resolutions and decisions.',
  hrc: 'Human Rights Council resolutions.',
  mun: 'Model United Nations conferences (underlined operative phrases, lower-case sub-clauses, American spelling if the conference asks for it).',
};

/** Whether a value is a profile name. */
export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}
