/**
 * The numbers Word prints before the items of its automatic lists, read from the parts of a .docx
 * (`word/document.xml`, `word/numbering.xml`): mammoth turns those items into `<li>` elements but
 * drops the start values (a list that starts at 7, one restarted at 1 in an annex), so the importer
 * numbers its list items with these when they line up one for one with mammoth's.
 *
 * Word's counting, as implemented here: the paragraphs whose numbering instances (`w:num`) share an
 * abstract definition (`w:abstractNum`) count on together, level by level; the first paragraph of
 * an instance that overrides a level's start (`w:lvlOverride` with a `w:startOverride` or a whole
 * `w:lvl`, how Word writes "Restart at 1") starts that level again from the override; an item
 * resets the counts of the levels below it, unless their `w:lvlRestart` says otherwise. A level
 * without a `w:start` starts at 1 (the schema's default is 0; no resolution numbers its paragraphs
 * from 0, and the writers we know always write it). Which paragraphs are items is mammoth's
 * reading, so that the two line up: a paragraph whose mark is a tracked deletion is joined to the
 * next, a drawing's `mc:Choice` is not read, and a paragraph Word prints without a number that
 * mammoth makes an item is an item with none (`printed`).
 *
 * The XML is read with one linear tag scanner, not a DOM: only the elements named here matter.
 */

/** One numbered or bulleted paragraph, in document order. */
export interface WordListItem {
  /** The list level, 0 for the top. */
  readonly level: number;
  /** False for a bullet. */
  readonly ordered: boolean;
  /** The number Word prints (for a bullet, the count it would have). */
  readonly value: number;
  /**
   * False for a paragraph mammoth makes a list item that Word prints without a number (and does
   * not count): its style is numbered, but the paragraph switches numbering off (`w:numId` 0
   * without a level), or it is the source of a tracked move (in Word's text it stands elsewhere).
   */
  readonly printed: boolean;
}

/** Start values and numbers outside this range are not a resolution's: such a file is counted instead. */
const MAX_VALUE = 9999;

interface Level {
  readonly start: number;
  readonly ordered: boolean;
  /** `w:lvlRestart`: restart after an item of this level (1-based) or above; 0 never; undefined after any level above. */
  readonly restart?: number;
}

interface AbstractNum {
  readonly levels: Map<number, Level>;
  /** A link to a numbering style: the levels are elsewhere (not read; such a document is counted). */
  readonly styleLink: boolean;
}

interface Num {
  readonly abstractId: string;
  /** Level → start value (`w:startOverride`). */
  readonly overrides: Map<number, number>;
}

/** A start tag, an end tag or an empty element: `<w:lvl w:ilvl="0">`, `</w:lvl>`, `<w:start w:val="1"/>`. */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s[^<>]*?)?)(\/?)>/g;

function attribute(attrs: string, name: string): string | undefined {
  const at = attrs.indexOf(`${name}="`);
  if (at < 0) return undefined;
  const from = at + name.length + 2;
  const to = attrs.indexOf('"', from);
  return to < 0 ? undefined : attrs.slice(from, to);
}

function intOf(s: string | undefined): number | undefined {
  if (s === undefined || !/^-?\d{1,9}$/.test(s)) return undefined;
  return Number(s);
}

interface Definitions {
  readonly abstracts: Map<string, AbstractNum>;
  readonly nums: Map<string, Num>;
  /** Paragraph style → the abstract definition and level whose `w:pStyle` names it. */
  readonly byStyle: Map<string, { abstractId: string; level: number }>;
}

/** Reads `word/numbering.xml`. */
function readDefinitions(xml: string): Definitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  const byStyle = new Map<string, { abstractId: string; level: number }>();
  let abstractId: string | undefined;
  let abstract: { levels: Map<number, Level>; styleLink: boolean } | undefined;
  let level: { index: number; start: number; ordered: boolean; style?: string; restart?: number } | undefined;
  let num: { id: string; abstractId: string; overrides: Map<number, number> } | undefined;
  let overrideLevel: number | undefined;
  const endLevel = () => {
    if (abstract && level && !abstract.levels.has(level.index)) {
      abstract.levels.set(level.index, { start: level.start, ordered: level.ordered, restart: level.restart });
      if (level.style !== undefined && abstractId !== undefined && !byStyle.has(level.style)) byStyle.set(level.style, { abstractId, level: level.index });
    }
    level = undefined;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const closing = m[1] === '/';
    const name = m[2];
    const attrs = m[3];
    const empty = m[4] === '/';
    switch (name) {
      case 'w:abstractNum':
        if (closing) {
          endLevel();
          if (abstract && abstractId !== undefined && !abstracts.has(abstractId)) abstracts.set(abstractId, abstract);
          abstract = undefined;
          abstractId = undefined;
        } else {
          abstractId = attribute(attrs, 'w:abstractNumId');
          abstract = { levels: new Map(), styleLink: false };
        }
        break;
      case 'w:numStyleLink':
        if (abstract) abstract.styleLink = true;
        break;
      case 'w:lvl':
        if (!abstract) break;
        if (closing || empty) endLevel();
        else level = { index: intOf(attribute(attrs, 'w:ilvl')) ?? 0, start: 1, ordered: true };
        break;
      case 'w:start':
        if (closing) break;
        if (level) level.start = intOf(attribute(attrs, 'w:val')) ?? 1;
        // A whole level inside an instance's override (`w:lvlOverride`/`w:lvl`): its start restarts the level too.
        else if (num && overrideLevel !== undefined && !num.overrides.has(overrideLevel)) {
          const start = intOf(attribute(attrs, 'w:val'));
          if (start !== undefined) num.overrides.set(overrideLevel, start);
        }
        break;
      case 'w:lvlRestart':
        if (level && !closing) level.restart = intOf(attribute(attrs, 'w:val'));
        break;
      case 'w:numFmt':
        if (level && !closing) {
          const format = attribute(attrs, 'w:val');
          level.ordered = format !== 'bullet' && format !== 'none';
        }
        break;
      case 'w:pStyle':
        if (level && !closing) level.style = attribute(attrs, 'w:val');
        break;
      case 'w:num':
        if (closing || empty) {
          if (num && !nums.has(num.id)) nums.set(num.id, { abstractId: num.abstractId, overrides: num.overrides });
          num = undefined;
        } else {
          const id = attribute(attrs, 'w:numId');
          num = id === undefined ? undefined : { id, abstractId: '', overrides: new Map() };
        }
        break;
      case 'w:abstractNumId':
        if (num && !closing) num.abstractId = attribute(attrs, 'w:val') ?? '';
        break;
      case 'w:lvlOverride':
        overrideLevel = closing || empty ? undefined : intOf(attribute(attrs, 'w:ilvl'));
        break;
      case 'w:startOverride':
        // Set before or after a whole level of the same override: the explicit start wins.
        if (num && overrideLevel !== undefined && !closing) {
          const start = intOf(attribute(attrs, 'w:val'));
          if (start !== undefined) num.overrides.set(overrideLevel, start);
        }
        break;
      default:
        break;
    }
  }
  return { abstracts, nums, byStyle };
}

/** The numbering properties of one paragraph of `word/document.xml`. */
interface ParagraphNumbering {
  numId?: string;
  level?: number;
  style?: string;
  /** The paragraph mark is a tracked deletion: mammoth joins the paragraph to the next one. */
  deleted?: boolean;
  /** The paragraph was moved away (a tracked move's source): mammoth keeps it, empty; Word's final text has it elsewhere. */
  movedAway?: boolean;
}

/** The numbering properties of every paragraph of the body, in document order. */
function readParagraphs(xml: string): ParagraphNumbering[] {
  const out: ParagraphNumbering[] = [];
  // The paragraphs being read (a text box's paragraphs sit inside another's run).
  const open: ParagraphNumbering[] = [];
  let inProperties = 0;
  let inNumPr = false;
  // A tracked change of the paragraph's properties holds the properties as they were: not read.
  let inChange = 0;
  // The run properties of the paragraph mark (`w:pPr/w:rPr`), where a tracked deletion of the mark stands.
  let inMarkProperties = 0;
  // Of a drawing's alternatives (`mc:AlternateContent`) mammoth reads the fallback only.
  let inChoice = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const closing = m[1] === '/';
    const name = m[2];
    const empty = m[4] === '/';
    const current = open[open.length - 1];
    if (name === 'mc:Choice') {
      if (!empty) inChoice = Math.max(0, inChoice + (closing ? -1 : 1));
      continue;
    }
    if (inChoice > 0) continue;
    switch (name) {
      case 'w:rPr':
        if (!empty && (inProperties > 0 || inMarkProperties > 0)) inMarkProperties = Math.max(0, inMarkProperties + (closing ? -1 : 1));
        break;
      case 'w:del':
        if (current && inMarkProperties > 0 && inChange === 0 && !closing) current.deleted = true;
        break;
      case 'w:moveFrom':
        if (current && inMarkProperties > 0 && inChange === 0 && !closing) current.movedAway = true;
        break;
      case 'w:p':
        if (closing) open.pop();
        else {
          const p: ParagraphNumbering = {};
          out.push(p);
          if (!empty) open.push(p);
        }
        break;
      case 'w:pPr':
        if (!empty) inProperties = Math.max(0, inProperties + (closing ? -1 : 1));
        if (closing) inMarkProperties = 0;
        break;
      case 'w:pPrChange':
        if (!empty) inChange = Math.max(0, inChange + (closing ? -1 : 1));
        break;
      case 'w:numPr':
        if (!empty) inNumPr = !closing;
        break;
      case 'w:pStyle':
        if (current && inProperties > 0 && inChange === 0 && !closing) current.style = attribute(m[3], 'w:val');
        break;
      case 'w:ilvl':
        if (current && inNumPr && inChange === 0 && !closing) current.level = intOf(attribute(m[3], 'w:val'));
        break;
      case 'w:numId':
        if (current && inNumPr && inChange === 0 && !closing) current.numId = attribute(m[3], 'w:val');
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * The list items of a document, in order, with the numbers Word prints; undefined when the
 * numbering cannot be followed (a definition linked to a numbering style, an instance that names no
 * definition), and the importer counts instead.
 */
export function wordListItems(documentXml: string, numberingXml: string | undefined): WordListItem[] | undefined {
  const paragraphs = readParagraphs(documentXml);
  if (numberingXml === undefined) return paragraphs.some((p) => p.numId !== undefined && p.numId !== '0') ? undefined : [];
  const { abstracts, nums, byStyle } = readDefinitions(numberingXml);
  // The counts of each abstract definition, by level; the instances already met.
  const counts = new Map<string, (number | undefined)[]>();
  const started = new Set<string>();
  const out: WordListItem[] = [];
  for (const p of paragraphs) {
    if (p.deleted) continue;
    let abstractId: string | undefined;
    let level: number;
    let num: Num | undefined;
    let printed = true;
    // As mammoth reads it: a paragraph's own numbering (a level and an instance), else its style's.
    if (p.numId !== undefined && p.level !== undefined) {
      if (p.numId === '0') continue; // numbering switched off for this paragraph
      num = nums.get(p.numId);
      if (!num) continue;
      abstractId = num.abstractId;
      level = p.level;
    } else if (p.style !== undefined && byStyle.has(p.style)) {
      ({ abstractId, level } = byStyle.get(p.style)!);
      // Word prints no number where the paragraph switches its style's numbering off; mammoth still makes it an item.
      printed = p.numId !== '0';
    } else if (p.numId !== undefined) {
      if (p.numId === '0') continue;
      num = nums.get(p.numId);
      if (!num) continue;
      abstractId = num.abstractId;
      level = 0;
    } else continue;
    const abstract = abstracts.get(abstractId);
    if (!abstract || abstract.styleLink) return undefined;
    const definition = abstract.levels.get(level);
    if (!definition) continue; // mammoth makes no list item of a level that is not defined
    let levelCounts = counts.get(abstractId);
    if (!levelCounts) counts.set(abstractId, (levelCounts = []));
    if (p.movedAway) printed = false;
    if (!printed) {
      out.push({ level, ordered: definition.ordered, value: 0, printed });
      continue;
    }
    let start = definition.start;
    if (num && p.numId !== undefined && !started.has(p.numId)) {
      started.add(p.numId);
      // An instance that restarts levels starts them again at its first paragraph.
      for (const [l] of num.overrides) levelCounts[l] = undefined;
    }
    const override = num?.overrides.get(level);
    if (override !== undefined) start = override;
    const previous = levelCounts[level];
    const value = previous === undefined ? start : previous + 1;
    // A start of 0 or below, or a number no resolution reaches (a hostile `w:start` would make a
    // label of millions of letters): not followed.
    if (value < 1 || value > MAX_VALUE) return undefined;
    levelCounts[level] = value;
    // The levels below restart after this item, unless their `w:lvlRestart` says otherwise.
    for (let d = level + 1; d < levelCounts.length; d++) {
      const restart = abstract.levels.get(d)?.restart;
      if (restart === undefined || (restart > 0 && level <= restart - 1)) levelCounts[d] = undefined;
    }
    out.push({ level, ordered: definition.ordered, value, printed });
  }
  return out;
}
