/** A random text of up to `maxParts - 1` pieces drawn from `parts`, for tests that compare two implementations on many texts. */
export function randomText(random: () => number, parts: readonly string[], maxParts: number): string {
  let text = '';
  const n = Math.floor(random() * maxParts);
  for (let i = 0; i < n; i++) text += parts[Math.floor(random() * parts.length)];
  return text;
}
