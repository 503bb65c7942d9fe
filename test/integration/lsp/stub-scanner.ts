import type { DocumentFinding, DocumentKind, DocumentScanOptions, DocumentScanResult } from '../../../daemon/src/documents/types';
import type { DocumentScanner } from '../../../daemon/src/lsp/document-scanner';

/**
 * A stand-in for daemon/src/documents with the same contract, for tests of the server's own logic
 * (debounce, staleness, overrides, workspace scan): it flags the word INJECT (high, with a fix that
 * deletes it) and zero-width spaces (medium), in `.prompt` and `.ts` files only.
 */
export class StubScanner implements DocumentScanner {
  scans = 0;
  /** Busy time per scan, ms (a slow file), and an optional gate that holds a scan until released. */
  busyMs = 0;
  gate: Promise<void> | undefined;
  readonly seenTexts: string[] = [];
  /** How many of the next scans stop at their time budget (a large file scanned in slices). */
  slicesLeft = 0;
  readonly budgets: (number | undefined)[] = [];

  classify(path: string): DocumentKind {
    if (path.endsWith('.prompt')) return 'prompt';
    if (path.endsWith('.ts')) return 'agent_code';
    return 'other';
  }

  async scan(text: string, opts: DocumentScanOptions): Promise<DocumentScanResult> {
    this.scans++;
    this.seenTexts.push(text);
    this.budgets.push(opts.timeBudgetMs);
    if (this.gate) await this.gate;
    const until = Date.now() + this.busyMs;
    while (Date.now() < until) {
      // Busy on purpose: a synchronous scan of a large file.
    }
    const findings: DocumentFinding[] = [];
    const off = opts.severityOverrides ?? {};
    let n = 0;
    for (const m of text.matchAll(/INJECT|\u200b/g)) {
      const inject = m[0] === 'INJECT';
      const ruleId = inject ? 'pi-ignore-previous' : 'uni-invisible-format';
      if (off[ruleId] === 'off') continue;
      const start = m.index;
      const end = start + m[0].length;
      findings.push({
        ruleId,
        category: inject ? 'prompt_injection' : 'hidden_unicode',
        severity: inject ? 'high' : 'medium',
        confidence: 0.9,
        start,
        end,
        evidence: m[0],
        message: inject ? 'Injection text' : 'Hidden character',
        fingerprint: `${ruleId}:${n++}`,
        ...(inject ? { related: [{ start: 0, end: Math.min(1, text.length), message: 'file starts here' }] } : {}),
        fixes: [
          { title: inject ? 'Delete INJECT' : 'Remove hidden characters', kind: 'quickfix', edits: [{ start, end, newText: '' }], preferred: true },
          { title: `Ignore ${ruleId}`, kind: 'ignore', edits: [{ start: 0, end: 0, newText: `<!-- soc-ignore ${ruleId} -- test -->\n` }] },
        ],
      });
    }
    if (this.slicesLeft > 0) {
      this.slicesLeft--;
      return { kind: this.classify(opts.path), findings: findings.slice(0, 1), suppressed: 0, incomplete: true };
    }
    return { kind: this.classify(opts.path), findings, suppressed: 0 };
  }
}
