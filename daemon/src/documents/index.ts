/**
 * Scanning files: prompt files, agent-instruction files, MCP configs and agent code. The language
 * server and `soc-agents scan` both use this API, so they report the same findings.
 */
export type { DocumentFinding, DocumentFix, DocumentKind, DocumentScanOptions, DocumentScanResult, TextEdit } from './types';
export { classifyDocument } from './classify';
export { scanDocument, scanTextDocument } from './scan-document';
export { DOCUMENT_RULES } from './document-rules';
export { documentRule } from './rule-meta';
export { sarifReport, type SarifInput, type SarifOptions } from './report/sarif';
export { applyEdits } from './generic-fixes';
export { warmUpParsers } from './code/parser';
export { TREE_SITTER_WASM_FILES, BUNDLED_WASM_DIR } from './code/wasm-files';
