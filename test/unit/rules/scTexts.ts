/** Security Council texts of the historic period (shortened from the corpus), shared by the punctuation and form rule tests. */

/** S/RES/47 (1948), shortened: unnumbered operative paragraphs of the time before the numbered ones. */
export const s47 = (date: string) =>
  `47 (1948). Resolution of ${date}\n\nThe Security Council,\n\n_Considering_ that the continuation of the dispute is likely to endanger international peace and security,\n\n` +
  '_Reaffirms_ its resolution 38 (1948) of 17 January 1948 ;\n\n' +
  '_Recommends_ to the Governments of India and Pakistan the following measures as those which in the opinion of the Council are appropriate to bring about a cessation of the fighting :\n\n' +
  'A. Restoration of peace and order\n\n1. The Government of Pakistan should undertake to use its best endeavours to secure the withdrawal of tribesmen ;\n\n' +
  '2. The Government of India should undertake that there will be established a Plebiscite Administration.\n\nAdopted at the 286th meeting.\n';
/** S/RES/33 (1947): `Resolves :` is the lead-in of the numbered paragraphs, with no preamble before it. */
export const s33 = (organ: string, date = '27 August 1947') =>
  `33 (1947). Resolution of ${date} [S/528]\n\n${organ}\n\n_Resolves_ :\n\n` +
  '1. That the sub-committee of the Committee of Experts be instructed to negotiate with the General Assembly’s committee on procedure for its acceptance of rule 58 of the provisional rules of procedure ;\n\n' +
  '2. That the Secretary-General be requested to act as convener of the Committee.\n\nAdopted at the 190th meeting.\n';
