import { detectExfilLinks } from './exfil-link-detector';
import { detectSecrets } from './secret-detector';
import { mergeSpans, type LeakSpan } from './spans';

/**
 * Leaks in a model's reply read from an agent's log or event stream, where the request that led to
 * it is not at hand: secrets, and images or links whose URL itself carries data (an email address,
 * a base64-like run, a secret). The proxy, which has the conversation, uses OutputScanner instead
 * (links to hosts the conversation never named, identifiers, system-prompt leakage).
 */
export function replyLeaks(text: string): LeakSpan[] {
  const spans = [...detectSecrets(text, true).spans, ...detectExfilLinks(text, true, null).spans];
  return spans.length === 0 ? spans : mergeSpans(spans);
}
