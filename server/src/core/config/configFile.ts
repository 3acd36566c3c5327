/**
 * The project configuration file `.unresrc.json` (JSON with comments): parsing, validation with
 * one located problem per mistake, `extends`, and discovery by walking up from a draft. Pure: the
 * file system comes in through `ConfigHost`, so the CLI and the language server share this code.
 */
// The ESM build: esbuild cannot follow the `require` calls inside the package's UMD wrapper.
import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { rules } from '../rules';
import { MUN_KEYS, SETTING_KEYS, mergeSettings, validateSettings, type UnresSettings } from './settings';

/** The name of the project configuration file. */
export const CONFIG_FILE_NAME = '.unresrc.json';

/** Keys a configuration file has besides the settings. */
export const CONFIG_FILE_KEYS = ['$schema', 'extends'] as const;

/** Nesting limit of `extends` chains (a chain this deep is a mistake, not a design). */
const MAX_EXTENDS_DEPTH = 32;
/** Nesting limit of objects and lists: the settings need 3 levels; the JSON parser recurses. */
const MAX_NESTING = 64;

/** What configuration discovery needs of a file system; paths are whatever the host uses. */
export interface ConfigHost {
  /**
   * The text of a file, or undefined when there is no such file. Throws an Error with a one-line
   * message when the file exists but cannot be read (permissions, not UTF-8, a directory).
   */
  readFile(path: string): string | undefined;
  /** The folder of a path; returns the path itself at the root. */
  dirname(path: string): string;
  /** Joins path segments and normalizes `.` and `..`. */
  join(...parts: string[]): string;
}

/** A mistake in a configuration file, located in that file. */
export interface ConfigProblem {
  /** The file the problem is in (the found file or one it extends). */
  readonly file: string;
  /** One line: what is wrong and what to write instead. */
  readonly message: string;
  /** UTF-16 offset and length in the file's text (as read, a byte-order mark counting as one). */
  readonly offset: number;
  readonly length: number;
  /** 1-based line and column (UTF-16 code units) of `offset`. */
  readonly line: number;
  readonly column: number;
}

/** Where a setting's value was written. */
export interface SettingOrigin {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
}

/**
 * Keys of `LoadedConfig.origins`: `profile`, `footnoteStyle`, `spelling`, `phrases.preambular`,
 * `phrases.operative`, `mun.openerStyle`, `mun.subparagraphCase` and `rules.<rule-id>`.
 */
export type OriginKey = string;

/** A configuration file read with everything it extends. */
export interface LoadedConfig {
  /** The configuration file itself. */
  readonly file: string;
  /** Every file read: `file` first, then the files it extends, depth first. */
  readonly files: readonly string[];
  /** The merged settings; empty (the defaults apply) when there are problems. */
  readonly settings: UnresSettings;
  /** Where each set value was written (several files for `phrases` lists, which add up). */
  readonly origins: Readonly<Record<OriginKey, readonly SettingOrigin[]>>;
  /** The mistakes found, in file order; none when the configuration applies. */
  readonly problems: readonly ConfigProblem[];
}

/** One file parsed and validated, before its `extends` are followed. */
export interface ParsedConfigFile {
  readonly settings: UnresSettings;
  /** The `extends` entries: the path as written and where it is. */
  readonly extends: readonly { readonly path: string; readonly offset: number; readonly length: number }[];
  readonly origins: Readonly<Record<OriginKey, readonly SettingOrigin[]>>;
  readonly problems: readonly ConfigProblem[];
}

const RULE_IDS: readonly string[] = rules.map((r) => r.meta.id);

/** Parses and validates the text of one configuration file, without following `extends`. */
export function parseConfigText(text: string, file: string): ParsedConfigFile {
  const problems: ConfigProblem[] = [];
  const at = (message: string, offset: number, length: number): void => {
    problems.push(locate(text, file, message, offset, length));
  };
  // A byte-order mark becomes a space, so that offsets still count it.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tooDeep = nestingBeyond(source, MAX_NESTING);
  if (tooDeep !== undefined) {
    at(`objects and lists are nested more than ${MAX_NESTING} deep here; the settings need three levels at most`, tooDeep, 1);
    return { settings: {}, extends: [], origins: {}, problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const empty: ParsedConfigFile = { settings: {}, extends: [], origins: {}, problems };
  if (errors.length > 0) {
    // Later syntax errors are mostly echoes of the first one: report that one.
    const e = errors[0];
    at(syntaxMessage(printParseErrorCode(e.error), source, e.offset), e.offset, Math.max(e.length, 1));
    return empty;
  }
  if (!tree) {
    at('the file has no settings; write an object such as { "profile": "ga" }, or delete the file', 0, 0);
    return empty;
  }
  if (tree.type !== 'object') {
    at('the file must hold one object, e.g. { "profile": "ga", "rules": { "agenda-item": "warning" } }', tree.offset, tree.length);
    return empty;
  }
  reportDuplicateKeys(tree, at);

  const raw = getNodeValue(tree) as Record<string, unknown>;
  const { settings, problems: found } = validateSettings(raw, { ruleIds: RULE_IDS, extraKeys: CONFIG_FILE_KEYS });
  for (const p of found) {
    const node = (p.path.length ? findNodeAtLocation(tree, [...p.path]) : tree) ?? tree;
    const target = p.target === 'key' && node.parent?.type === 'property' ? node.parent.children?.[0] ?? node : node;
    at(p.message, target.offset, target.length);
  }

  const schemaNode = findNodeAtLocation(tree, ['$schema']);
  if (schemaNode && schemaNode.type !== 'string') at('"$schema" must be a string (the schema\'s path or URL), or leave it out', schemaNode.offset, schemaNode.length);

  const extendsList: { path: string; offset: number; length: number }[] = [];
  const extendsNode = findNodeAtLocation(tree, ['extends']);
  if (extendsNode) {
    const entries = extendsNode.type === 'array' ? extendsNode.children ?? [] : [extendsNode];
    if (extendsNode.type !== 'array' && extendsNode.type !== 'string') {
      at('"extends" must be a path relative to this file, e.g. "../.unresrc.json", or a list of such paths', extendsNode.offset, extendsNode.length);
    } else {
      for (const entry of entries) {
        const value = entry.value;
        if (entry.type !== 'string' || typeof value !== 'string' || value.trim() === '') {
          at('each "extends" entry must be a path relative to this file in quotes, e.g. "../.unresrc.json"', entry.offset, entry.length);
        } else if (/^(?:[A-Za-z]:)?[\\/]/.test(value)) {
          at(`"extends" takes a path relative to this file, not "${value}"; write e.g. "../.unresrc.json"`, entry.offset, entry.length);
        } else extendsList.push({ path: value, offset: entry.offset, length: entry.length });
      }
    }
  }

  const origins: Record<OriginKey, SettingOrigin[]> = {};
  const origin = (node: Node | undefined): SettingOrigin[] => [{ file, line: lineOf(text, node?.offset ?? 0) }];
  for (const key of SETTING_KEYS) {
    if (key === 'rules') {
      for (const id of Object.keys(settings.rules ?? {})) origins[`rules.${id}`] = origin(findNodeAtLocation(tree, ['rules', id]));
    } else if (key === 'phrases') {
      for (const kind of ['preambular', 'operative'] as const) {
        if (settings.phrases?.[kind] !== undefined) origins[`phrases.${kind}`] = origin(findNodeAtLocation(tree, ['phrases', kind]));
      }
    } else if (key === 'mun') {
      for (const k of MUN_KEYS) if (settings.mun?.[k] !== undefined) origins[`mun.${k}`] = origin(findNodeAtLocation(tree, ['mun', k]));
    } else if (settings[key] !== undefined) origins[key] = origin(findNodeAtLocation(tree, [key]));
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { settings: problems.length ? {} : settings, extends: extendsList, origins, problems };
}

/**
 * Reads a configuration file and the files it extends (paths relative to the extending file;
 * the extending file's values win, `rules` merge by id, `phrases` lists add up). Never throws:
 * a missing, unreadable or wrong file becomes a problem, and then `settings` is empty.
 */
export function loadConfigFile(file: string, host: ConfigHost): LoadedConfig {
  const files: string[] = [];
  const problems: ConfigProblem[] = [];

  function load(path: string, chain: readonly string[], from?: { file: string; text: string; offset: number; length: number }): { settings: UnresSettings; origins: Record<OriginKey, SettingOrigin[]> } | undefined {
    const complain = (message: string): undefined => {
      problems.push(from ? locate(from.text, from.file, message, from.offset, from.length) : { file: path, message, offset: 0, length: 0, line: 1, column: 1 });
      return undefined;
    };
    if (chain.includes(path)) return complain(`"extends" makes a cycle (${[...chain.slice(chain.indexOf(path)), path].join(' → ')}); remove one of these "extends"`);
    if (chain.length >= MAX_EXTENDS_DEPTH) return complain(`"extends" chains more than ${MAX_EXTENDS_DEPTH} files; shorten the chain`);
    let text: string | undefined;
    try {
      text = host.readFile(path);
    } catch (e) {
      // A file that `extends` names but that is a folder (or a device, or too large): the path in
      // "extends" is what to fix, not the folder (the host's advice is for a file found by discovery).
      const why = oneLine(e);
      const advice = from ? why.replace(/; (?:rename or remove it|point to a JSON file|check the path)$/, '; fix the path in "extends" (it is relative to this file)') : why;
      return complain(`cannot read ${from ? `"${path}"` : 'the file'}: ${advice}`);
    }
    if (text === undefined) return complain(from ? `cannot find "${path}"; fix the path in "extends" (it is relative to this file)` : 'the file does not exist; check the path');
    files.push(path);
    const parsed = parseConfigText(text, path);
    if (parsed.problems.length) {
      problems.push(...parsed.problems);
      return undefined;
    }
    let settings: UnresSettings = {};
    let origins: Record<OriginKey, SettingOrigin[]> = {};
    for (const ext of parsed.extends) {
      const base = load(host.join(host.dirname(path), ext.path), [...chain, path], { file: path, text, offset: ext.offset, length: ext.length });
      if (!base) return undefined;
      settings = mergeSettings(settings, base.settings);
      origins = mergeOrigins(origins, base.origins);
    }
    return { settings: mergeSettings(settings, parsed.settings), origins: mergeOrigins(origins, parsed.origins) };
  }

  const result = load(file, []);
  if (!result || problems.length) return { file, files, settings: {}, origins: {}, problems };
  return { file, files, settings: result.settings, origins: result.origins, problems: [] };
}

/** The nearest `.unresrc.json` in the folder of `documentPath` or a folder above it, if any. */
export function findConfigFile(documentPath: string, host: ConfigHost, options: { readonly stopAt?: string } = {}): string | undefined {
  let dir = host.dirname(documentPath);
  for (let i = 0; i < 256; i++) {
    const candidate = host.join(dir, CONFIG_FILE_NAME);
    if (exists(host, candidate)) return candidate;
    const parent = host.dirname(dir);
    if (parent === dir || dir === options.stopAt) return undefined;
    dir = parent;
  }
  return undefined;
}

/**
 * The configuration that applies to a draft: the nearest `.unresrc.json` walking up from the
 * draft's folder (up to `stopAt`, inclusive, or the root), loaded with what it extends; undefined
 * when there is none. The language server calls this with its own file reader; on problems it
 * shows them on the configuration file and lints with the defaults (`settings` is empty).
 */
export function discoverConfig(documentPath: string, host: ConfigHost, options: { readonly stopAt?: string } = {}): LoadedConfig | undefined {
  const file = findConfigFile(documentPath, host, options);
  return file === undefined ? undefined : loadConfigFile(file, host);
}

/** A memo of `discoverConfig` by folder, for linting many drafts; `clear()` after a config file changes. */
export interface ConfigResolver {
  forFile(documentPath: string): LoadedConfig | undefined;
  clear(): void;
}

/** Creates a `ConfigResolver` over a host: each folder and each configuration file is read once. */
export function createConfigResolver(host: ConfigHost, options: { readonly stopAt?: string } = {}): ConfigResolver {
  const byDir = new Map<string, string | undefined>();
  const byFile = new Map<string, LoadedConfig>();
  function configFileOf(dir: string): string | undefined {
    if (byDir.has(dir)) return byDir.get(dir);
    const candidate = host.join(dir, CONFIG_FILE_NAME);
    let found: string | undefined;
    if (exists(host, candidate)) found = candidate;
    else {
      const parent = host.dirname(dir);
      found = parent === dir || dir === options.stopAt ? undefined : configFileOf(parent);
    }
    byDir.set(dir, found);
    return found;
  }
  return {
    forFile(documentPath) {
      const file = configFileOf(host.dirname(documentPath));
      if (file === undefined) return undefined;
      let loaded = byFile.get(file);
      if (!loaded) {
        loaded = loadConfigFile(file, host);
        byFile.set(file, loaded);
      }
      return loaded;
    },
    clear() {
      byDir.clear();
      byFile.clear();
    },
  };
}

/** Whether a file is there; one that is there but unreadable counts, so that its problem is reported. */
function exists(host: ConfigHost, path: string): boolean {
  try {
    return host.readFile(path) !== undefined;
  } catch {
    return true;
  }
}

function mergeOrigins(base: Record<OriginKey, SettingOrigin[]>, over: Readonly<Record<OriginKey, readonly SettingOrigin[]>>): Record<OriginKey, SettingOrigin[]> {
  const out = { ...base };
  for (const [key, list] of Object.entries(over)) out[key] = key.startsWith('phrases.') ? [...(base[key] ?? []), ...list] : [...list];
  return out;
}

function reportDuplicateKeys(node: Node, at: (message: string, offset: number, length: number) => void): void {
  // An explicit stack: a deeply nested file must not exhaust the call stack.
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const prop of n.children ?? []) {
        const key = prop.children?.[0];
        if (!key || typeof key.value !== 'string') continue;
        if (seen.has(key.value)) at(`"${key.value}" is written twice in this object; keep one`, key.offset, key.length);
        seen.add(key.value);
      }
    }
    for (const c of n.children ?? []) stack.push(c);
  }
}

/** The offset where objects and lists first nest deeper than `limit`, skipping strings and comments; undefined if never. */
function nestingBeyond(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  // Token kinds of jsonc-parser's SyntaxKind (a const enum, not importable here): 1 `{`, 2 `}`, 3 `[`, 4 `]`, 17 end.
  for (let kind = scanner.scan(); kind !== 17; kind = scanner.scan()) {
    if (kind === 1 || kind === 3) {
      if (++depth > limit) return scanner.getTokenOffset();
    } else if (kind === 2 || kind === 4) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

function syntaxMessage(code: string, text: string, offset: number): string {
  const found = describeAt(text, offset);
  switch (code) {
    case 'InvalidSymbol':
      return `unexpected ${found}; .unresrc.json is JSON (comments and trailing commas allowed): quote keys and strings with "`;
    case 'InvalidNumberFormat':
      return `malformed number ${found}; write a plain JSON number`;
    case 'PropertyNameExpected':
      return `expected a key in double quotes, found ${found}`;
    case 'ValueExpected':
      return `expected a value, found ${found}; write a string in double quotes, an object or a list`;
    case 'ColonExpected':
      return `expected ":" after the key, found ${found}`;
    case 'CommaExpected':
      return `expected "," between entries, found ${found}`;
    case 'CloseBraceExpected':
      return `expected "}" to close the object, found ${found}`;
    case 'CloseBracketExpected':
      return `expected "]" to close the list, found ${found}`;
    case 'EndOfFileExpected':
      return `unexpected ${found} after the settings object; the file holds one object`;
    case 'UnexpectedEndOfComment':
      return 'a /* comment */ is not closed; add */';
    case 'UnexpectedEndOfString':
      return 'a string is not closed; add the closing "';
    case 'InvalidUnicode':
    case 'InvalidEscapeCharacter':
      return 'invalid escape in a string; write \\" \\\\ \\n or \\uXXXX';
    case 'InvalidCharacter':
      return 'a control character (such as a tab or line break) inside a string; remove it or write it as an escape';
    default:
      return `the file is not valid JSON (${code}) ${found}; fix the syntax`;
  }
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  if (text[offset] === '"') {
    const close = text.indexOf('"', offset + 1);
    if (close > offset && close - offset <= 40 && !text.slice(offset, close).includes('\n')) return text.slice(offset, close + 1);
  }
  const word = /^[^\s{}[\],:"]{1,20}/.exec(text.slice(offset, offset + 20));
  const shown = word ? word[0] : text[offset];
  return `"${shown}"`;
}

function locate(text: string, file: string, message: string, offset: number, length: number): ConfigProblem {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, message, offset, length, line, column: end - lineStart + 1 };
}

function lineOf(text: string, offset: number): number {
  return locate(text, '', '', offset, 0).line;
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0];
}
