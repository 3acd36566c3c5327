/** English ordinal words (`seventy-third`) and suffixes (`101st`), CONVENTIONS.md section 13, items 4–5. */

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The ordinal of 1–999 in lower-case words, UN style: `seventy-third`, `one hundred and first`. */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`ordinal out of range: ${n}`);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) {
    const h = `${UNITS[hundreds]} hundred`;
    return rest === 0 ? `${h}th` : `${h} and ${ordinalWord(rest)}`;
  }
  if (rest < 20) return UNIT_ORDINALS[rest];
  const t = Math.floor(rest / 10);
  const u = rest % 10;
  return u === 0 ? TENS_ORDINALS[t] : `${TENS[t]}-${UNIT_ORDINALS[u]}`;
}

let inverse: Map<string, number> | undefined;

/** The number of an ordinal in words, any case (`Seventy-Third` → 73); undefined if not one. */
export function parseOrdinalWord(word: string): number | undefined {
  if (!inverse) {
    inverse = new Map();
    for (let i = 1; i <= 999; i++) inverse.set(ordinalWord(i), i);
  }
  return inverse.get(word.toLowerCase().replace(/\s+/g, ' ').trim());
}

/** The English suffix of an ordinal figure: 1 → `st`, 12 → `th`, 23 → `rd`. */
export function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  switch (n % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}

/** The ordinal with a capital first letter, as on a session line: `Seventy-third`. */
export function capitalizedOrdinal(n: number): string {
  const w = ordinalWord(n);
  return w[0].toUpperCase() + w.slice(1);
}
