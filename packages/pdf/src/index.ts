export { renderPdf, type Block, type PdfSpec, type TableColumn, type TableRow } from './document';
export { extractPdfText } from './extract';
