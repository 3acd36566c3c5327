/** The output formats of `unres lint --format`. */
import type { Formatter } from '../report';
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import { text } from './text';

/** Every format by name; `stylish` is the default. */
export const FORMATTERS = { stylish, text, json, sarif, github, junit } satisfies Record<string, Formatter>;

/** A format name. */
export type FormatName = keyof typeof FORMATTERS;

/** Whether a string names a format. */
export function isFormatName(value: string): value is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, value);
}
