/**
 * A unified diff of two texts, line by line, for `--fix-dry-run`. The common head and tail are
 * trimmed, the middle is aligned by a longest common subsequence when it is small enough
 * (bounded work), and otherwise paired line by line (same length) or shown as one replacement:
 * always correct, minimal when cheap.
 */

/** Most cells of the LCS table before the middle is shown as one replacement. */
const MAX_CELLS = 4_000_000;

interface Line {
  /** The line without its terminator. */
  readonly text: string;
  /** The line break after it ('' for a last line without one). */
  readonly eol: '' | '\n' | '\r\n';
}

/**
 * The lines as Git and `patch` see them: ended by LF only (a CRLF line's CR is kept apart, to be
 * printed back); a CR that is not followed by LF is a character of its line, so that a file with
 * a stray CR, or CR-only line ends, gets a diff that applies.
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    const crlf = i > start && text.charCodeAt(i - 1) === 13;
    lines.push({ text: text.slice(start, crlf ? i - 1 : i), eol: crlf ? '\r\n' : '\n' });
    start = i + 1;
  }
  if (start < text.length) lines.push({ text: text.slice(start), eol: '' });
  return lines;
}

type Op = { kind: ' ' | '-' | '+'; line: Line };

const same = (a: Line, b: Line): boolean => a.text === b.text && a.eol === b.eol;

function align(a: readonly Line[], b: readonly Line[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && same(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) {
    // lcs[i][j] = LCS length of midA[i..] and midB[j..], in one flat table.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = same(midA[i], midB[j]) ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (same(midA[i], midB[j])) {
        ops.push({ kind: ' ', line: midA[i++] });
        j++;
      } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) ops.push({ kind: '-', line: midA[i++] });
      else ops.push({ kind: '+', line: midB[j++] });
    }
    while (i < n) ops.push({ kind: '-', line: midA[i++] });
    while (j < m) ops.push({ kind: '+', line: midB[j++] });
  } else if (n === m) {
    // Too large to align, but as many lines on both sides (fixes mostly edit within lines):
    // pair them in order, which keeps unchanged lines as context.
    for (let i = 0; i < n; i++) {
      if (same(midA[i], midB[i])) ops.push({ kind: ' ', line: midA[i] });
      else ops.push({ kind: '-', line: midA[i] }, { kind: '+', line: midB[i] });
    }
  } else {
    for (const line of midA) ops.push({ kind: '-', line });
    for (const line of midB) ops.push({ kind: '+', line });
  }
  for (const line of a.slice(a.length - tail)) ops.push({ kind: ' ', line });
  return ops;
}

/**
 * The unified diff (3 lines of context) turning `before` into `after`, with `--- a/<name>` and
 * `+++ b/<name>` headers; '' when the texts are equal.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = align(splitLines(before), splitLines(after));
  const out = [`--- ${diffPath('a/', name)}`, `+++ ${diffPath('b/', name)}`];
  // oldBefore[i] / newBefore[i]: lines of each side before op i.
  const oldBefore = new Uint32Array(ops.length + 1);
  const newBefore = new Uint32Array(ops.length + 1);
  ops.forEach((op, i) => {
    oldBefore[i + 1] = oldBefore[i] + (op.kind !== '+' ? 1 : 0);
    newBefore[i + 1] = newBefore[i] + (op.kind !== '-' ? 1 : 0);
  });
  let k = 0;
  while (k < ops.length) {
    // Find the next change, then grow the hunk while changes are closer than 2 × context.
    while (k < ops.length && ops[k].kind === ' ') k++;
    if (k >= ops.length) break;
    const start = Math.max(0, k - context);
    let end = k;
    let lastChange = k;
    while (end < ops.length) {
      if (ops[end].kind !== ' ') lastChange = end;
      else if (end - lastChange > 2 * context) break;
      end++;
    }
    end = Math.min(ops.length, lastChange + context + 1);
    const body: string[] = [];
    for (let i = start; i < end; i++) {
      const op = ops[i];
      // A CRLF line keeps its CR, as `diff -u` prints it, so that the patch applies to the file.
      body.push(`${op.kind}${op.line.text}${op.line.eol === '\r\n' ? '\r' : ''}`);
      if (op.line.eol === '') body.push('\\ No newline at end of file');
    }
    const oldLen = oldBefore[end] - oldBefore[start];
    const newLen = newBefore[end] - newBefore[start];
    out.push(`@@ -${range(oldBefore[start], oldLen)} +${range(newBefore[start], newLen)} @@`);
    // One by one: a hunk of a large draft has too many lines to spread them as arguments.
    for (const line of body) out.push(line);
    k = end;
  }
  return `${out.join('\n')}\n`;
}

/** C escapes of git's quote_c_style; other control characters are written in octal. */
const C_ESCAPES: Readonly<Record<string, string>> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

/**
 * A path of a diff header as Git writes it: in double quotes with C escapes when it holds a control
 * character, `"` or `\` (else `git apply` and `patch` end the name at a tab or misread it), and
 * followed by a tab when it holds a space, so that a trailing space is not lost. Non-ASCII
 * characters stay as they are (Git's `core.quotePath=false`); both tools read them either way.
 */
export function diffPath(prefix: string, name: string): string {
  const full = `${prefix}${name}`;
  // eslint-disable-next-line no-control-regex -- control characters are what must be quoted
  if (!/[\u0000-\u001f\u007f"\\]/.test(full)) return full.includes(' ') ? `${full}\t` : full;
  let quoted = '';
  for (const ch of full) {
    const c = ch.charCodeAt(0);
    quoted += C_ESCAPES[ch] ?? (c < 0x20 || c === 0x7f ? `\\${c.toString(8).padStart(3, '0')}` : ch);
  }
  return `"${quoted}"`;
}

function range(start: number, length: number): string {
  // Unified-diff convention: an empty range names the line before it.
  const first = length === 0 ? start : start + 1;
  return length === 1 ? `${first}` : `${first},${length}`;
}
