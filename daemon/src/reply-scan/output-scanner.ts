import { detectExfilLinks, type HostsOf } from './exfil-link-detector';
import { detectPii } from './pii-detector';
import { detectSecrets } from './secret-detector';
import { mergeSpans, minPending, type DetectorResult } from './spans';
import type { SystemPromptIndex } from './system-prompt-leak';

export interface OutputScannerOptions {
  /** The request's system prompt, indexed; undefined when it has none (or a trivial one). */
  systemPrompt: SystemPromptIndex | undefined;
  /** Hosts mentioned in the request (asked for only when a reply has a link): links to them are not exfiltration. */
  hosts: HostsOf;
  systemPromptLeakChars: number;
}

/**
 * The proxy's output detectors for one exchange: secrets, identifiers, exfiltration links and
 * system-prompt leakage. Stateless per call: the streaming guard calls it on a sliding window,
 * the non-streaming path on the whole reply (`final`).
 */
export class OutputScanner {
  constructor(private readonly opts: OutputScannerOptions) {}

  scan(text: string, final: boolean): DetectorResult {
    const parts = [detectSecrets(text, final), detectPii(text, final), detectExfilLinks(text, final, this.opts.hosts)];
    if (this.opts.systemPrompt) parts.push(this.opts.systemPrompt.detect(text, final, this.opts.systemPromptLeakChars));
    let pendingFrom: number | undefined;
    for (const p of parts) pendingFrom = minPending(pendingFrom, p.pendingFrom);
    const spans = mergeSpans(parts.flatMap((p) => p.spans));
    return pendingFrom === undefined ? { spans } : { spans, pendingFrom };
  }
}
