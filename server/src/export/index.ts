/** Exporters of a parsed draft: Word (.docx) and standalone HTML, sharing one print layout. */
export { toDocx, docxBytes, layoutToDocument, type DocxOptions } from './docx';
export { toHtml, layoutToHtml, escapeHtml, type HtmlOptions } from './html';
export { buildLayout, type Layout, type LayoutBlock, type LayoutFootnote, type Inline } from './layout';
