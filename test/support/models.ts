/** Models compared field by field (incremental parsing against a full parse). */
import type { DocumentModel } from '../../server/src/core/model/types';

/**
 * A model without its memo cache, with each paragraph's links written as indexes (its heading and
 * opening emphasis are objects of `headings` and `emphases`), for `deepStrictEqual`.
 */
export function comparableModel(m: DocumentModel): unknown {
  const rest: Record<string, unknown> = { ...m };
  delete rest.cache;
  const links = [...m.preamble, ...m.operative].map((p) => [p.heading ? m.headings.indexOf(p.heading) : null, p.opener.emphasis ? m.emphases.indexOf(p.opener.emphasis) : null]);
  return { ...rest, links };
}
