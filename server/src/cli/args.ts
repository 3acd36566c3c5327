/** The command line's arguments: parsing and checking, with one-line usage errors that say what to write. */
import { PROFILES, PROFILE_DESCRIPTIONS, isProfile, type Profile } from '../core/config/profiles';
import { SEVERITIES, didYouMean, isSeverity } from '../core/config/settings';
import type { Severity } from '../core/rules/types';
import { FORMATTERS, isFormatName, type FormatName } from './formatters';

/** What the user asked for. */
export interface Options {
  readonly action: 'lint' | 'help' | 'version' | 'list-rules' | 'print-config';
  /** Undefined: the default (`stylish`). */
  readonly format?: FormatName;
  readonly output?: string;
  readonly configFile?: string;
  readonly noConfig: boolean;
  readonly profile?: Profile;
  readonly rules: readonly { readonly id: string; readonly severity: Severity }[];
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly stdinFilename?: string;
  /** The draft whose configuration `--print-config` shows. */
  readonly printConfig?: string;
  /** `--color` / `--no-color`; undefined: colours on a terminal. */
  readonly color?: boolean;
  /** `--timing`: print how long reading and linting took, on stderr. */
  readonly timing: boolean;
  readonly targets: readonly string[];
}

/** A usage error: one line saying what to write instead. */
export class UsageError extends Error {}

/**
 * The value of the option `name` at `args[at]`: the text after its `=` (`inline`), else the next
 * argument, which may not look like an option (`-o -h` lacks its value; it does not name a file
 * `-h`): `-` (standard input or output) is a value, and with `negative` a number such as `-1` is.
 * Returns the value and the index of the last argument read. Shared by every command of the CLI.
 */
export function optionValue(args: readonly string[], at: number, name: string, inline: string | undefined, what: string, negative = false): { value: string; at: number } {
  let v = inline;
  let last = at;
  if (v === undefined) {
    const next = args[at + 1];
    if (next === undefined) throw new UsageError(`${name} needs ${what}`);
    if (next.startsWith('-') && next !== '-' && !(negative && /^-\d+$/.test(next))) {
      // A value that starts with a dash but is no option's name (a file named `-x.unres`) is
      // written `--name=-x.unres`; after an option's name (`-o -h`) the value is simply missing.
      const optionName = /^--?[A-Za-z][A-Za-z0-9-]*(?:=|$)/.test(next);
      throw new UsageError(name.startsWith('--') && !optionName ? `${name} needs ${what}; ${next} is read as an option (for a value that starts with -, write ${name}=${next})` : `${name} needs ${what}`);
    }
    last = at + 1;
    v = next;
  }
  if (v === '') throw new UsageError(`${name} was given an empty value (an empty variable in a script?); it needs ${what}`);
  return { value: v, at: last };
}

const FORMAT_NAMES = Object.keys(FORMATTERS);

/** The text of `unres --help`. */
export const USAGE = `Usage: unres lint [options] [FILE | FOLDER | GLOB | -]...
       unres import FILE [-o OUT] [--force]          (unres import --help)
       unres export --to docx|html FILE [-o OUT]     (unres export --help)

Lints United Nations resolution drafts (.unres files). A folder means every *.unres file below it
(node_modules and dot-folders skipped); a glob may use *, ? and **; - reads standard input.

Output:
  -f, --format NAME        stylish (default), text, json, sarif, github or junit
  -o, --output FILE        write the report to FILE instead of standard output (- for it)
  --quiet                  report errors only
  --max-warnings N         exit 1 when there are more than N warnings (-1: no limit)
  --color, --no-color      force colours on or off (default: on a terminal unless TERM=dumb;
                           FORCE_COLOR=1 turns them on, FORCE_COLOR=0 or NO_COLOR off)
  --timing                 print the time spent reading and linting on standard error

Configuration (defaults < .unresrc.json < flags):
  -c, --config FILE        use this configuration file instead of looking for .unresrc.json
  --no-config              use no configuration file
  --profile NAME           ${PROFILES.join(', ')} (default: from the organ line, else ga)
  --rule ID=SEVERITY       set a rule's severity: off, hint, info, warning or error (repeatable)
  --stdin-filename NAME    the file name of standard input (for messages and .unresrc.json)

Fixes:
  --fix                    apply the fixes to the files in place
  --fix-dry-run            print the fixes as a unified diff; change nothing

Information:
  --print-config FILE      print the configuration that applies to FILE and where each value comes from
  --list-rules             list the rules: id, category, default severity, fixable, documentation
  -h, --help               show this help
  -v, --version            show the version

Profiles:
${PROFILES.map((p) => `  ${p.padEnd(8)} ${PROFILE_DESCRIPTIONS[p]}`).join('\n')}

Exit codes: 0 no error-level problems (and warnings within --max-warnings), 1 error-level
problems or too many warnings, 2 usage error, unreadable file or bad configuration.`;

/** Parses the arguments after `unres`; throws UsageError. `ruleIds` are the known rule ids. */
export function parseArgs(argv: readonly string[], ruleIds: readonly string[]): Options {
  if (argv.length === 0) throw new UsageError('missing command: try `unres lint FILE...`');
  // --help and --version work in any position (before a `--`, after which everything is a file).
  const end = argv.indexOf('--');
  const options = end >= 0 ? argv.slice(0, end) : argv;
  if (options.includes('-h') || options.includes('--help')) return defaults('help');
  if (options.includes('-v') || options.includes('--version')) return defaults('version');
  let rest: readonly string[];
  if (argv[0] === 'lint') rest = argv.slice(1);
  else if (argv[0].startsWith('-') && argv.some((a) => a === '--list-rules' || a === '--print-config' || a.startsWith('--print-config='))) rest = argv;
  else if (argv[0].startsWith('-')) {
    // An option of `unres lint` before any command: say where it goes. Any other: it is unknown.
    const name = argv[0].split('=')[0];
    if (KNOWN_OPTIONS.includes(name) || ['-f', '-o', '-c', '-', '--'].includes(name)) throw new UsageError(`missing command before "${argv[0]}": write \`unres lint ${argv[0]} ...\``);
    throw new UsageError(`unknown option "${argv[0]}" and no command: the commands are \`unres lint\`, \`unres import\` and \`unres export\``);
  } else throw new UsageError(`unknown command "${argv[0]}": the commands are \`unres lint\`, \`unres import\` and \`unres export\``);

  const o: { -readonly [K in keyof Options]: Options[K] } & { rules: { id: string; severity: Severity }[]; targets: string[] } = { ...defaults('lint'), rules: [], targets: [] };
  let listRules = false;
  /** The options that take one value, by their long name, with the value given first: a second one is refused, not silently taking over. */
  const once = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      o.targets.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      o.targets.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    /** The option's value; `negative`: a value like `-1` is a value, not the next option. */
    const value = (what: string, negative = false): string => {
      const taken = optionValue(rest, i, name, inline, what, negative);
      i = taken.at;
      const long = LONG_NAMES[name] ?? name;
      if (SINGLE_VALUED.includes(long)) {
        const first = once.get(long);
        if (first !== undefined) throw new UsageError(`${long} is given twice ("${first}", then "${taken.value}"); keep one`);
        once.set(long, taken.value);
      }
      return taken.value;
    };
    const flag = (): void => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value; write ${name} alone`);
    };
    switch (name) {
      case '-f':
      case '--format': {
        const v = value(`a format: ${FORMAT_NAMES.join(', ')}`);
        if (!isFormatName(v)) throw new UsageError(`--format takes ${FORMAT_NAMES.map((f) => `"${f}"`).join(', ')}, not "${v}"${didYouMean(v, FORMAT_NAMES)}`);
        o.format = v;
        break;
      }
      case '-o':
      case '--output': {
        // `-` is standard output, as for the drafts (`./-` names a file called `-`).
        const file = value('a file name');
        o.output = file === '-' ? undefined : file;
        break;
      }
      case '-c':
      case '--config':
        o.configFile = value('a JSON configuration file, e.g. --config .unresrc.json');
        break;
      case '--no-config':
        flag();
        o.noConfig = true;
        break;
      case '--profile': {
        const v = value(`a profile: ${PROFILES.join(', ')}`);
        if (!isProfile(v)) throw new UsageError(`--profile takes ${PROFILES.map((p) => `"${p}"`).join(', ')}, not "${v}"${didYouMean(v, PROFILES)}`);
        o.profile = v;
        break;
      }
      case '--rule': {
        const v = value('ID=SEVERITY, e.g. --rule opener-italics=off');
        const at = v.indexOf('=');
        const id = at >= 0 ? v.slice(0, at).trim() : v.trim();
        const severity = at >= 0 ? v.slice(at + 1).trim() : '';
        if (at < 0) {
          // `agenda-item:off` or `agenda-item off`: suggest the same rule and severity with `=`.
          const sep = id.search(/[:\s]/);
          const [sId, sSeverity] = sep >= 0 ? [id.slice(0, sep), id.slice(sep + 1).trim()] : [id, ''];
          throw new UsageError(`--rule takes ID=SEVERITY, e.g. --rule ${sId || 'opener-italics'}=${isSeverity(sSeverity) ? sSeverity : 'off'}, not "${v}"`);
        }
        if (id === '') throw new UsageError(`--rule ${v}: the rule id is missing; write --rule ID=SEVERITY, e.g. --rule opener-italics=${isSeverity(severity) ? severity : 'off'}; \`unres --list-rules\` lists the rule ids`);
        if (!ruleIds.includes(id)) throw new UsageError(`--rule: unknown rule "${id}"${didYouMean(id, ruleIds)}; \`unres --list-rules\` lists the rule ids`);
        if (!isSeverity(severity)) throw new UsageError(`--rule ${id}=${severity}: the severity is one of ${SEVERITIES.join(', ')}${didYouMean(severity, SEVERITIES)}`);
        o.rules.push({ id, severity });
        break;
      }
      case '--fix':
        flag();
        o.fix = true;
        break;
      case '--fix-dry-run':
        flag();
        o.fixDryRun = true;
        break;
      case '--max-warnings': {
        const v = value('a number, e.g. --max-warnings 0', true);
        // A negative number means no limit, as in ESLint (`--max-warnings -1`).
        if (/^-\d+$/.test(v)) o.maxWarnings = undefined;
        else if (/^\d{10,}$/.test(v)) throw new UsageError(`--max-warnings takes at most 999999999 warnings, not ${v}; use -1 for no limit`);
        else if (!/^\d{1,9}$/.test(v)) throw new UsageError(`--max-warnings takes a whole number of warnings (0 or more; -1 for no limit), not "${v}"`);
        else o.maxWarnings = Number(v);
        break;
      }
      case '--quiet':
        flag();
        o.quiet = true;
        break;
      case '--stdin-filename':
        o.stdinFilename = value('a file name, e.g. --stdin-filename draft.unres');
        break;
      case '--print-config':
        o.printConfig = value('the draft whose configuration to print, e.g. --print-config draft.unres');
        break;
      case '--list-rules':
        flag();
        listRules = true;
        break;
      case '--color':
        flag();
        // `--no-color` wins, wherever it stands (cli.md, Colours).
        if (o.color !== false) o.color = true;
        break;
      case '--no-color':
        flag();
        o.color = false;
        break;
      case '--timing':
        flag();
        o.timing = true;
        break;
      case '--help':
      case '--version':
        // Alone they were answered above; here they carry a value (`--help=yes`).
        flag();
        return defaults(name === '--help' ? 'help' : 'version');
      default:
        // Never suggest the very option given.
        throw new UsageError(`unknown option "${arg}"${didYouMean(name, KNOWN_OPTIONS.filter((k) => k !== name))}`);
    }
  }

  // `unres lint ""` (an empty "$FILES" in a script) must not mean this folder.
  if (o.targets.includes('')) throw new UsageError('an empty file name was given (an empty variable in a script?); pass the drafts to lint, or `.` for every draft below this folder');
  if (o.configFile !== undefined && o.noConfig) throw new UsageError('--config and --no-config contradict each other; keep one');
  if (listRules && o.printConfig !== undefined) throw new UsageError('--list-rules and --print-config each print something else; run them separately');
  if (listRules || o.printConfig !== undefined) {
    if (o.targets.length) throw new UsageError(`${listRules ? '--list-rules' : '--print-config'} lints nothing; leave out the files (${o.targets[0]})`);
    if (o.format !== undefined && !['stylish', 'text', 'json'].includes(o.format)) throw new UsageError(`${listRules ? '--list-rules' : '--print-config'} prints text or json, not ${o.format}; use --format text or --format json`);
    // Options of a lint run mean nothing here: said, not silently ignored.
    const lintOnly = [o.fix && '--fix', o.fixDryRun && '--fix-dry-run', o.quiet && '--quiet', o.maxWarnings !== undefined && '--max-warnings', o.stdinFilename !== undefined && '--stdin-filename', o.timing && '--timing'].filter((x): x is string => typeof x === 'string');
    if (lintOnly.length) throw new UsageError(`${listRules ? '--list-rules' : '--print-config'} lints nothing, so ${lintOnly.join(' and ')} would do nothing; leave ${lintOnly.length > 1 ? 'them' : 'it'} out`);
    // The list is of every rule with its default severity: the settings of a draft do not change it.
    const settingsOnly = [o.configFile !== undefined && '--config', o.noConfig && '--no-config', o.profile !== undefined && '--profile', o.rules.length > 0 && '--rule'].filter((x): x is string => typeof x === 'string');
    if (listRules && settingsOnly.length) throw new UsageError(`--list-rules lists every rule with its default severity, so ${settingsOnly.join(' and ')} would change nothing; leave ${settingsOnly.length > 1 ? 'them' : 'it'} out (--print-config FILE shows the settings of a draft)`);
    return { ...o, action: listRules ? 'list-rules' : 'print-config' };
  }
  if (o.targets.length === 0) throw new UsageError('no files to lint: `unres lint FILE...` (or `unres lint .` for every draft below this folder)');
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run contradict each other; keep one');
  const stdin = o.targets.includes('-');
  if (o.fix && stdin) throw new UsageError('--fix cannot write back to standard input; use --fix-dry-run to see the changes as a diff');
  if (o.fixDryRun && o.format !== undefined) throw new UsageError('--fix-dry-run prints a diff, not a report; leave out --format');
  if (o.stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename names standard input; add - to the files to read it');
  return o;
}

/** The short options and their long names. */
const LONG_NAMES: Readonly<Record<string, string>> = { '-f': '--format', '-o': '--output', '-c': '--config' };
/** The options that take a single value (`--rule` may be repeated). */
const SINGLE_VALUED = ['--format', '--output', '--config', '--profile', '--max-warnings', '--stdin-filename', '--print-config'];

const KNOWN_OPTIONS = ['--format', '--output', '--config', '--no-config', '--profile', '--rule', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--stdin-filename', '--print-config', '--list-rules', '--color', '--no-color', '--timing', '--help', '--version'];

function defaults(action: Options['action']): Options {
  return { action, noConfig: false, rules: [], fix: false, fixDryRun: false, quiet: false, timing: false, targets: [] };
}
