/**
 * A snippet as plain text, for clients without snippet support: each placeholder `${1:number}`
 * becomes `number`, then tab stops (`$1`, `$0`) are removed, as
 * `text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '')` would. A scanner replaces the
 * first pattern: on many `${1:` without a closing brace it takes quadratic time, each start
 * scanning to the end of the text; this takes linear time.
 */
export function plainSnippet(text: string): string {
  let out = '';
  let copied = 0;
  let i = text.indexOf('${');
  while (i >= 0) {
    let j = i + 2;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i + 2 && text.charCodeAt(j) === 58 /* : */) {
      const close = text.indexOf('}', j + 1);
      // No `}` after this placeholder's colon: none after any later one either.
      if (close < 0) break;
      out += text.slice(copied, i) + text.slice(j + 1, close);
      copied = close + 1;
      i = text.indexOf('${', copied);
    } else i = text.indexOf('${', i + 1);
  }
  return (out + text.slice(copied)).replace(/\$\d+/g, '');
}
