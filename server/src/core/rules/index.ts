/** The ordered rule registry. Add a rule: write `<id>.ts`, its doc page, and list it here. */
import { agendaItem } from './agenda-item';
import { footnoteDuplicate } from './footnote-duplicate';
import { footnoteOrder } from './footnote-order';
import { footnoteUndefined } from './footnote-undefined';
import { footnoteUnreferenced } from './footnote-unreferenced';
import { openerItalics } from './opener-italics';
import { operativeNumbering } from './operative-numbering';
import { operativeOpener } from './operative-opener';
import { operativePreambularForm } from './operative-preambular-form';
import { operativePunctuation } from './operative-punctuation';
import { organLine } from './organ-line';
import { preambleNumbered } from './preamble-numbered';
import { preambleOpener } from './preamble-opener';
import { preambleOperativeForm } from './preamble-operative-form';
import { preamblePunctuation } from './preamble-punctuation';
import { sessionLine } from './session-line';
import { subparagraphPunctuation } from './subparagraph-punctuation';
import { subparagraphSequence } from './subparagraph-sequence';
import { subparagraphLabel } from './subparagraph-label';
import { syntax } from './syntax';
// Document structure, footnotes and consistency (issue 3)
import { adoptionDateSession } from './adoption-date-session';
import { adoptionLine } from './adoption-line';
import { agendaItemReference } from './agenda-item-reference';
import { agendaItemTitle } from './agenda-item-title';
import { blockOrder } from './block-order';
import { citedResolutionDate } from './cited-resolution-date';
import { closingBlock } from './closing-block';
import { closingDate } from './closing-date';
import { committeeLine } from './committee-line';
import { distributionLine } from './distribution-line';
import { draftAdoptedElements } from './draft-adopted-elements';
import { footnoteCapital } from './footnote-capital';
import { footnoteDuplicateText } from './footnote-duplicate-text';
import { footnoteFullStop } from './footnote-full-stop';
import { footnoteIbid } from './footnote-ibid';
import { footnotePageLocator } from './footnote-page-locator';
import { footnotePlacement } from './footnote-placement';
import { footnoteRepeatedReference } from './footnote-repeated-reference';
import { inTextSymbol } from './in-text-symbol';
import { officialRecordsCitation } from './official-records-citation';
import { officialRecordsStyle } from './official-records-style';
import { openerCapitalization } from './opener-capitalization';
import { operativeAdverbPosition } from './operative-adverb-position';
import { organConsistency } from './organ-consistency';
import { preambleParticlePosition } from './preamble-particle-position';
import { sessionConsistency } from './session-consistency';
import { sessionReference } from './session-reference';
import { singleOperativeNumbered } from './single-operative-numbered';
import { singleSentence } from './single-sentence';
import { sponsorLine } from './sponsor-line';
import { subparagraphCapital } from './subparagraph-capital';
import { symbolLine } from './symbol-line';
import { titleCase } from './title-case';
import { titleLine } from './title-line';
// References, dates, numbers, language, cross-references (issue 3)
import { acronym } from './acronym';
import { annexReference } from './annex-reference';
import { capitalization } from './capitalization';
import { countryName } from './country-name';
import { currency } from './currency';
import { dash } from './dash';
import { dateFormat } from './date-format';
import { dateRange } from './date-range';
import { emphasis } from './emphasis';
import { enDash } from './en-dash';
import { entitledQuotes } from './entitled-quotes';
import { expression } from './expression';
import { jointSymbol } from './joint-symbol';
import { munVocabulary } from './mun-vocabulary';
import { numberFormat } from './number-format';
import { numberWords } from './number-words';
import { ordinalNumber } from './ordinal-number';
import { ordinalSpelling } from './ordinal-spelling';
import { paragraphReference } from './paragraph-reference';
import { paragraphReferenceFormat } from './paragraph-reference-format';
import { perCent } from './per-cent';
import { presentResolution } from './present-resolution';
import { quotationMarks } from './quotation-marks';
import { resolutionReference } from './resolution-reference';
import { resolutionYear } from './resolution-year';
import { secretaryGeneral } from './secretary-general';
import { serialComma } from './serial-comma';
import { spelling } from './spelling';
import { symbolFormat } from './symbol-format';
import { timeFormat } from './time-format';
import { unAbbreviation } from './un-abbreviation';
import { unSpelling } from './un-spelling';
// Profiles, directives and the remaining skeleton and footnote rules (issue 3)
import { decisionText } from './decision-text';
import { directiveUnknownRule } from './directive-unknown-rule';
import { footnoteMissingSource } from './footnote-missing-source';
import { negotiationMarks } from './negotiation-marks';
import { sectionNumbering } from './section-numbering';
// Preamble order and binding language (issue 3: PRE-07, OP-08)
import { bindingLanguage } from './binding-language';
import { preambleOrder } from './preamble-order';
import type { Rule } from './types';

/** Every rule, in the order diagnostics of equal position are listed. */
export const rules: readonly Rule[] = [
  syntax,
  sessionLine,
  agendaItem,
  organLine,
  preambleNumbered,
  preambleOpener,
  preambleOperativeForm,
  preamblePunctuation,
  openerItalics,
  operativeNumbering,
  operativeOpener,
  operativePreambularForm,
  operativePunctuation,
  subparagraphSequence,
  subparagraphLabel,
  subparagraphPunctuation,
  footnoteUndefined,
  footnoteUnreferenced,
  footnoteDuplicate,
  footnoteOrder,
  // Document structure, footnotes and consistency (issue 3)
  symbolLine,
  distributionLine,
  blockOrder,
  adoptionLine,
  committeeLine,
  titleLine,
  titleCase,
  sponsorLine,
  agendaItemTitle,
  draftAdoptedElements,
  sessionConsistency,
  adoptionDateSession,
  organConsistency,
  closingBlock,
  closingDate,
  openerCapitalization,
  preambleParticlePosition,
  singleOperativeNumbered,
  operativeAdverbPosition,
  subparagraphCapital,
  singleSentence,
  sessionReference,
  agendaItemReference,
  citedResolutionDate,
  footnotePlacement,
  footnoteFullStop,
  footnoteCapital,
  footnotePageLocator,
  footnoteRepeatedReference,
  footnoteDuplicateText,
  footnoteIbid,
  officialRecordsCitation,
  officialRecordsStyle,
  inTextSymbol,
  // References, dates, numbers, language, cross-references (issue 3)
  symbolFormat,
  jointSymbol,
  resolutionReference,
  resolutionYear,
  entitledQuotes,
  serialComma,
  dateFormat,
  dateRange,
  enDash,
  timeFormat,
  numberWords,
  perCent,
  numberFormat,
  ordinalNumber,
  ordinalSpelling,
  currency,
  spelling,
  unSpelling,
  capitalization,
  secretaryGeneral,
  unAbbreviation,
  acronym,
  presentResolution,
  countryName,
  expression,
  quotationMarks,
  dash,
  emphasis,
  paragraphReference,
  paragraphReferenceFormat,
  annexReference,
  munVocabulary,
  // Profiles, directives and the remaining skeleton and footnote rules (issue 3)
  directiveUnknownRule,
  decisionText,
  negotiationMarks,
  sectionNumbering,
  footnoteMissingSource,
  // Preamble order and binding language (issue 3: PRE-07, OP-08)
  preambleOrder,
  bindingLanguage,
];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}

/** Where a rule's documentation lives, relative to a base (a directory URL or path ending in `/`). */
export function docsUrl(id: string, base: string): string {
  return `${base}${id}.md`;
}
