/**
 * The settings that reach the core for each file: defaults < `.unresrc.json` (found by walking up
 * from the file, or `--config FILE`, or none with `--no-config`) < `--profile` and `--rule` flags.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { createConfigResolver, loadConfigFile, type ConfigHost, type ConfigProblem, type LoadedConfig, type SettingOrigin } from '../core/config/configFile';
import { chooseProfile, DECISION_SUSPENDS, DEFAULT_PROFILE, isProfile, PROFILE_STYLES, profileSeverity, type Profile } from '../core/config/profiles';
import { mergeSettings, type UnresSettings } from '../core/config/settings';
import type { DocumentModel } from '../core/model/types';
import { parse } from '../core/parser/parse';
import { decisionMark } from '../core/rules/decision-text';
import type { Rule, Severity } from '../core/rules/types';
import { decodeConfig, EncodingError } from '../shared/encoding';
import { isDanglingLink, MAX_CONFIG_BYTES, ReadFileError, readFileLimited } from '../shared/readFile';
import { MAX_BYTES } from './input';
import type { Failure } from './report';

/** Configuration options of the command line. */
export interface ConfigOptions {
  /** `--config FILE`: this file for every draft, instead of discovery. */
  readonly configFile?: string;
  /** `--no-config`: no configuration file at all. */
  readonly noConfig: boolean;
  readonly profile?: Profile;
  /** `--rule id=severity` flags, later ones winning. */
  readonly rules: readonly { readonly id: string; readonly severity: Severity }[];
}

/** The settings for one draft, or the configuration problems that stop it from being linted. */
export type FileConfig =
  | { readonly ok: true; readonly settings: UnresSettings; readonly config?: LoadedConfig }
  | { readonly ok: false; readonly config: LoadedConfig; readonly problems: readonly ConfigProblem[] };

/** A ConfigHost over the file system; each file is read once. */
export function createNodeHost(): ConfigHost {
  const cache = new Map<string, string | undefined | Error>();
  return {
    readFile(file) {
      let hit = cache.get(file);
      if (!cache.has(file)) {
        try {
          // Only a regular file of at most 1 MB: a configuration (or what it extends) may be a
          // link to a device or a named pipe, which would never end or never open.
          hit = decodeConfig(readFileLimited(file, { max: MAX_CONFIG_BYTES }));
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (e instanceof ReadFileError) hit = new Error(e.code === 'too-large' ? 'it is larger than 1 MB, which no configuration is; check the path' : e.code === 'directory' ? 'it is a folder, not a file; rename or remove it' : 'it is not a regular file (a device, pipe or socket); point to a JSON file');
          else if (code === 'ENOENT' && isDanglingLink(file)) hit = new Error('it is a link to a file that does not exist; fix the link or remove it');
          else if (code === 'ENOENT' || code === 'ENOTDIR') hit = undefined;
          else if (code === 'EISDIR') hit = new Error('it is a folder, not a file; rename or remove it');
          else if (code === 'EACCES') hit = new Error('permission denied; make it readable');
          else if (code === 'ENXIO') hit = new Error('it is not a file that can be read (a device or a socket); point to a JSON file');
          else if (e instanceof EncodingError) hit = e;
          else hit = new Error(`error ${code ?? String(e)}; check that it is a readable file`);
        }
        cache.set(file, hit);
      }
      if (hit instanceof Error) throw hit;
      return hit;
    },
    dirname: path.dirname,
    join: path.join,
  };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Resolves the settings of each draft from the configuration files and the flags. */
export class CliConfig {
  private readonly resolver;
  private explicit: LoadedConfig | undefined;
  private readonly flags: UnresSettings;

  constructor(
    private readonly options: ConfigOptions,
    private readonly cwd: string,
    host: ConfigHost = createNodeHost(),
  ) {
    this.resolver = createConfigResolver(host);
    if (options.configFile !== undefined) {
      const explicit = path.resolve(cwd, options.configFile);
      const given = options.configFile;
      // A folder given to --config is a mistake in the flag, not a file to rename.
      const explicitHost: ConfigHost = {
        ...host,
        readFile: (file) => {
          if (file === explicit && isFolder(file)) throw new Error(`it is a folder; --config takes a JSON file, e.g. --config ${path.join(given, '.unresrc.json')}`);
          return host.readFile(file);
        },
      };
      this.explicit = loadConfigFile(explicit, explicitHost);
    }
    const rules: Record<string, Severity> = {};
    for (const r of options.rules) rules[r.id] = r.severity;
    this.flags = { ...(options.profile ? { profile: options.profile } : {}), ...(options.rules.length ? { rules } : {}) };
  }

  /** The `--config` file when it is broken (then nothing can be linted). */
  explicitProblems(): readonly ConfigProblem[] {
    return this.explicit?.problems ?? [];
  }

  /** The configuration file that applies to a draft (absolute path), if any. */
  configFor(file: string): LoadedConfig | undefined {
    if (this.options.noConfig) return undefined;
    return this.explicit ?? this.resolver.forFile(file);
  }

  /** The settings for a draft at `file` (an absolute path; for standard input, its stand-in path). */
  forFile(file: string): FileConfig {
    const config = this.configFor(file);
    if (config && config.problems.length) return { ok: false, config, problems: config.problems };
    return { ok: true, settings: mergeSettings(config?.settings ?? {}, this.flags), config };
  }

  /**
   * Every setting's value for a draft and where it came from: `default`, a file and line, a flag,
   * the draft itself (`organ line`, `header`: the profile chosen from it when none is set) or the
   * profile (`profile sc`: a rule severity or a house-style choice of the profile). Rules list
   * every rule of the registry with its effective severity, as the linter applies it: `--rule`,
   * else the configuration file, else off for a draft decision (the rules `decisionSuspends`
   * names), else the profile, else the rule's default.
   */
  describe(file: string, registry: readonly Rule[]): { config?: LoadedConfig; values: { key: string; value: unknown; source: string }[]; model?: DocumentModel } {
    const config = this.configFor(file);
    const settings = config?.settings ?? {};
    const origins = config?.origins ?? {};
    const from = (key: string): string | undefined => {
      const list: readonly SettingOrigin[] | undefined = origins[key];
      return list?.map((o) => `${this.show(o.file)}:${o.line}`).join(' + ');
    };
    const values: { key: string; value: unknown; source: string }[] = [];
    const flagRules = new Map(this.options.rules.map((r) => [r.id, r.severity]));
    const model = draftModel(file);
    const profile = this.profileFor(file, settings, model);
    const decision = model && decisionMark(model);
    values.push(profile);
    values.push({ key: 'footnoteStyle', value: settings.footnoteStyle ?? 'auto', source: from('footnoteStyle') ?? 'default' });
    values.push({ key: 'spelling', value: settings.spelling ?? 'oxford', source: from('spelling') ?? 'default' });
    for (const kind of ['preambular', 'operative'] as const) {
      values.push({ key: `phrases.${kind}`, value: settings.phrases?.[kind] ?? [], source: from(`phrases.${kind}`) ?? 'default' });
    }
    const style = PROFILE_STYLES[profile.value];
    const byProfile = `profile ${profile.value}`;
    values.push({ key: 'mun.openerStyle', value: settings.mun?.openerStyle ?? style.openerStyle, source: settings.mun?.openerStyle !== undefined ? from('mun.openerStyle') ?? 'settings' : byProfile });
    values.push({ key: 'mun.subparagraphCase', value: settings.mun?.subparagraphCase ?? style.subparagraphCase, source: settings.mun?.subparagraphCase !== undefined ? from('mun.subparagraphCase') ?? 'settings' : byProfile });
    for (const rule of registry) {
      const id = rule.meta.id;
      const flag = flagRules.get(id);
      const configured = settings.rules?.[id];
      const fromProfile = profileSeverity(profile.value, id);
      if (flag !== undefined) values.push({ key: `rules.${id}`, value: flag, source: '--rule' });
      else if (configured !== undefined) values.push({ key: `rules.${id}`, value: configured, source: from(`rules.${id}`) ?? 'settings' });
      else if (decision && DECISION_SUSPENDS.includes(id)) values.push({ key: `rules.${id}`, value: 'off', source: `draft decision (${decision.why})` });
      else if (fromProfile !== undefined) values.push({ key: `rules.${id}`, value: fromProfile, source: byProfile });
      else values.push({ key: `rules.${id}`, value: rule.meta.defaultSeverity, source: 'default' });
    }
    return { config, values, model };
  }

  /**
   * The profile of a draft and where it came from: `--profile`, the configuration file, else what
   * the draft says (its organ line or a Model UN header label, as the linter chooses it), else the
   * default. A draft that does not exist yet (or cannot be read) follows the default.
   */
  private profileFor(file: string, settings: UnresSettings, model: DocumentModel | undefined): { key: string; value: Profile; source: string } {
    if (this.options.profile) return { key: 'profile', value: this.options.profile, source: '--profile' };
    if (isProfile(settings.profile)) {
      const list: readonly SettingOrigin[] | undefined = this.configFor(file)?.origins.profile;
      return { key: 'profile', value: settings.profile, source: list?.map((o) => `${this.show(o.file)}:${o.line}`).join(' + ') ?? 'settings' };
    }
    if (model) {
      const choice = chooseProfile(undefined, model);
      if (choice.source === 'organ line' || choice.source === 'header') return { key: 'profile', value: choice.profile, source: choice.source };
    }
    return { key: 'profile', value: DEFAULT_PROFILE, source: 'default' };
  }

  /**
   * The report of configuration problems that stop a draft (or every draft, for `--config`): the
   * first, located, and how many more.
   */
  failure(problems: readonly ConfigProblem[]): Failure {
    const [first, ...more] = problems;
    const tail = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'} in this file)` : '';
    // A file that could not be read at all (missing, a folder, unreadable) has no place in it to point at.
    const unread = first.length === 0 && /^(cannot read the file|the file does not exist)/.test(first.message);
    return unread ? { display: this.show(first.file), message: `${first.message}${tail}` } : { display: this.show(first.file), line: first.line, column: first.column, message: `${first.message}${tail}` };
  }

  /** A path as shown to the user: relative to the current folder when below it. */
  show(file: string): string {
    const rel = path.relative(this.cwd, file);
    return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  }
}

/**
 * The model of a draft whose configuration is asked for, or undefined when it does not exist, is
 * not a regular file (a pipe read here would block, or be empty when the draft itself is read),
 * or is not a UTF-8 text.
 */
function draftModel(file: string): DocumentModel | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileLimited(file, { max: MAX_BYTES }));
  } catch {
    return undefined;
  }
  return text.includes('\0') ? undefined : parse(text);
}
