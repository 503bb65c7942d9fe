import { normalize } from '../../engine/normalize';
import { hiddenFindings } from '../../engine/rules/hidden-unicode';
import { hiddenKindOf } from '../../engine/normalize/char-class';
import type { FindingDraft } from '../draft';
import { documentRule } from '../rule-meta';
import type { LineIndex } from './lines';

export function hiddenMessage(ruleId: string, evidence: string): string {
  return `${documentRule(ruleId)?.title ?? ruleId} (${evidence})`;
}

/**
 * Per UTF-16 unit: 1 when it is an invisible character the engine grades (hiddenKindOf), or the
 * lead surrogate of one beyond the BMP (tags, supplementary variation selectors). A table walk is
 * a cheap test before the per-line pass: 3× faster than a character-class regex over prose, and
 * it runs over every chunk of a large file not yet scanned. Built on first use (≈ 8 ms of
 * hiddenKindOf calls), not when the CLI, the daemon or the language server loads this module.
 */
let maybeHidden: Uint8Array | null = null;

function maybeHiddenTable(): Uint8Array {
  if (maybeHidden !== null) return maybeHidden;
  const t = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0xd800; cp++) if (hiddenKindOf(cp) !== null) t[cp] = 1;
  for (let cp = 0xe000; cp < 0x10000; cp++) if (hiddenKindOf(cp) !== null) t[cp] = 1;
  for (let cp = 0x10000; cp <= 0xe01ef; cp++) if (hiddenKindOf(cp) !== null) t[0xd800 + ((cp - 0x10000) >> 10)] = 1;
  return (maybeHidden = t);
}
const MAX_LINES = 200;

/** False when the text certainly has no hidden character (then no line index is worth building). */
export function mayHaveHidden(text: string): boolean {
  const table = maybeHiddenTable();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/**
 * Hidden-Unicode findings anywhere in a code or config file ("Trojan Source", smuggled tags in
 * a tool description), without running the prompt rules on code. Only lines with such characters
 * are looked at.
 */
export function hiddenLineFindings(text: string, lines: LineIndex): FindingDraft[] {
  if (!mayHaveHidden(text)) return [];
  const out: FindingDraft[] = [];
  let looked = 0;
  for (let l = 0; l < lines.lineCount && looked < MAX_LINES; l++) {
    const s = lines.lineText(l);
    if (!mayHaveHidden(s)) continue;
    looked++;
    const base = lines.lineStart(l);
    for (const f of hiddenFindings(s, normalize(s).hidden)) {
      out.push({ ruleId: f.ruleId, start: base + f.start, end: base + f.end, message: hiddenMessage(f.ruleId, f.evidence), confidence: f.confidence, severity: f.severity, evidence: f.evidence });
    }
  }
  return out;
}
