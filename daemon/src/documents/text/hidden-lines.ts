import { normalize } from '../../engine/normalize';
import { hiddenFindings } from '../../engine/rules/hidden-unicode';
import type { FindingDraft } from '../draft';
import { documentRule } from '../rule-meta';
import type { LineIndex } from './lines';

export function hiddenMessage(ruleId: string, evidence: string): string {
  return `${documentRule(ruleId)?.title ?? ruleId} (${evidence})`;
}

/** Any invisible character the engine grades (cheap test before the per-line pass). */
const MAYBE_HIDDEN = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDDEF]/;
const MAX_LINES = 200;

/** False when the text certainly has no hidden character (then no line index is worth building). */
export function mayHaveHidden(text: string): boolean {
  return MAYBE_HIDDEN.test(text);
}

/**
 * Hidden-Unicode findings anywhere in a code or config file ("Trojan Source", smuggled tags in
 * a tool description), without running the prompt rules on code. Only lines with such characters
 * are looked at.
 */
export function hiddenLineFindings(text: string, lines: LineIndex): FindingDraft[] {
  if (!MAYBE_HIDDEN.test(text)) return [];
  const out: FindingDraft[] = [];
  let looked = 0;
  for (let l = 0; l < lines.lineCount && looked < MAX_LINES; l++) {
    const s = lines.lineText(l);
    if (!MAYBE_HIDDEN.test(s)) continue;
    looked++;
    const base = lines.lineStart(l);
    for (const f of hiddenFindings(s, normalize(s).hidden)) {
      out.push({ ruleId: f.ruleId, start: base + f.start, end: base + f.end, message: hiddenMessage(f.ruleId, f.evidence), confidence: f.confidence, severity: f.severity, evidence: f.evidence });
    }
  }
  return out;
}
