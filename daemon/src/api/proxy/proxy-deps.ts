import type { IncomingMessage } from 'node:http';
import { THREAT_CATEGORIES, type FindingCategory } from '../../engine/types';
import type { Soc } from '../../soc/create-soc';
import type { Clock } from '../../util/clock';
import type { Logger } from '../../util/logger';

/** The OpenAI-compatible server the proxy forwards to. The key is the proxy's own, never the client's. */
export interface UpstreamConfig {
  /** e.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`. */
  baseURL: string;
  apiKey?: string;
  /** Time to the response headers; for streams also the longest silence between two chunks. */
  timeoutMs: number;
}

/**
 * What the proxy blocks, redacts and only watches. Read per request, so a settings change applies
 * to the next one.
 */
export interface ProxyPolicy {
  /** False (the SOC toggled off): the gate still applies, nothing is scanned. */
  monitoring: boolean;
  /** Output leaks: true = redact the span in place, false = refuse the response (or cut the stream). */
  redact: boolean;
  /**
   * A flagged input message of one of these categories refuses the request before the upstream
   * sees it; other categories (by default `hidden_unicode` alone) are only reported to the SOC.
   */
  blockInput: readonly FindingCategory[];
  /**
   * A detection by the classifier alone (no pattern rule agrees) refuses the request only from this
   * verdict score up; below it the request goes on and the SOC still gets the alert. 0.5 = refuse
   * whatever the engine flags.
   */
  blockModelOnlyAbove: number;
  /** Engine rule ids whose findings in a response are redacted (pattern rules with exact spans). */
  redactEngineRules: readonly string[];
  /** A response repeating this many characters of the system prompt verbatim leaks it. */
  systemPromptLeakChars: number;
  /** Characters of a streamed reply held back so a secret is recognised before its first character leaves. */
  streamHoldBackChars: number;
  /** Largest upstream response body read (non-streaming); larger ones are a 502. */
  maxResponseBytes: number;
}

/**
 * Defaults: every one of the five threat categories in any message refuses the request when a
 * pattern rule found it or the classifier is confident (score ≥ 0.75); borderline classifier-only
 * detections and hidden Unicode on its own (common in pasted text) are reported to the SOC, not
 * refused. Leaks in replies are redacted.
 */
export function defaultProxyPolicy(): ProxyPolicy {
  return {
    monitoring: true,
    redact: true,
    blockInput: [...THREAT_CATEGORIES],
    blockModelOnlyAbove: 0.75,
    redactEngineRules: ['pii-us-ssn', 'pii-payment-card', 'pii-iban', 'pii-pci-card-with-expiry', 'pii-pci-track-data', 'pii-id-document-number', 'pii-hipaa-medical-record-number', 'pii-hipaa-health-plan-id'],
    systemPromptLeakChars: 60,
    streamHoldBackChars: 64,
    maxResponseBytes: 8 * 1024 * 1024,
  };
}

/** A labelled local answer for when no upstream is configured. */
export interface FallbackAnswerer {
  answer(userText: string): string;
}

/** What the proxy needs from the daemon. */
export interface ProxyDeps {
  soc: Soc;
  /** Undefined: no model configured; the labelled fallback responder answers. */
  upstream: UpstreamConfig | undefined;
  clientIp: (req: IncomingMessage) => string;
  logger: Logger;
  clock: Clock;
  policy: () => ProxyPolicy;
  /** Defaults to the daemon's FallbackResponder. */
  fallback?: FallbackAnswerer;
}
