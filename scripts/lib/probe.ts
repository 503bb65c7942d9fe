/**
 * The independent probe (test/fixtures/probe) and the agent-traffic guard set (test/fixtures/traffic):
 * messages written for the project that nothing is trained on. Read by the quality bench and by the
 * training guard that keeps them unseen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageSource } from '../../daemon/src/engine/types';

export const PROBE_SETS = ['dev', 'dev2', 'test'] as const;
export type ProbeSet = (typeof PROBE_SETS)[number];

export interface ProbeRow {
  id: string;
  text: string;
  label: 'attack' | 'benign';
  category: string;
  lang: string;
}

/** Rows of a JSONL file under test/fixtures. */
function readFixture<T>(...path: string[]): T[] {
  return readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', ...path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function loadProbe(set: ProbeSet): ProbeRow[] {
  return readFixture<ProbeRow>('probe', `${set}.jsonl`);
}

/** A message of the agent-traffic guard set (test/fixtures/traffic): tool results, system prompts, replies. */
export interface TrafficRow {
  id: string;
  text: string;
  source: MessageSource;
  label: 'attack' | 'benign';
}

export function loadTraffic(): TrafficRow[] {
  return readFixture<TrafficRow>('traffic', 'agent-traffic.jsonl');
}

/** A message of the held-out helper batteries (test/fixtures/batteries): attacks and look-alikes, each for one engine source. */
export interface HeldoutBatteryRow {
  id: string;
  battery: string;
  source: MessageSource;
  label: 'attack' | 'benign';
  text: string;
}

/**
 * Six batteries (h89-h94) written by helpers after the session-18 training data and never trained
 * or tuned on: a fresh-traffic measure next to the probe (scripts/data/helper-batteries.json holds
 * the batteries that were trained on).
 */
export function loadHeldoutBatteries(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout.jsonl');
}

/**
 * Eight batteries (session 19) in the languages the corpus has almost only attacks in (Hindi,
 * Bengali, Urdu, Marathi, Tamil, Telugu, Thai, Vietnamese, Indonesian, Malay, Tagalog, Korean,
 * Arabic, Persian, Hebrew, Turkish): h103-h106 written after the first twelve batteries trained on
 * for those languages, h117-h120 after the last four (chat messages); never trained on.
 */
export function loadLanguageHeldout(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-languages.jsonl');
}

/**
 * Two batteries of messages between agents (h111-h112, session 19, all source `agent`): the set the
 * model threshold for that source was chosen on (decide.ts), never trained on.
 */
export function loadAgentDev(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'agent-dev.jsonl');
}

/**
 * Two batteries in Slavic languages and Greek (session 20): h125 (banking, insurance, health, HR) was
 * the dev set the session's rules for those languages were written against; h126 (software teams and
 * coding agents) stayed unread. Never trained on.
 */
export function loadSlavicBatteries(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-slavic.jsonl');
}

/**
 * Two batteries of enterprise and coding-agent traffic (session 21; two look-alikes that nearly copied training rows dropped): h135 (HR, finance, legal and IT help desks in English,
 * German and Italian) stayed unread; h136 (planted code comments, CI logs and issues in eight languages) was the dev set of
 * the session's last comment rules. Never trained on.
 */
export function loadAgentBatteriesS21(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-agents-s21.jsonl');
}

/**
 * Two batteries in the seven required languages (session 22), both never read: h141 healthcare,
 * education, e-commerce, HR and legal in English, French, German and Spanish; h142 coding, data,
 * support and multi-agent pipelines in Chinese, Japanese and Russian. Never trained on.
 */
export function loadHeldoutS22(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-s22.jsonl');
}

/**
 * Two more in the seven required languages (session 23), both never read: h155 banks, insurers,
 * airlines, hotels and government portals in English, French, German and Spanish; h156 browser
 * agents, email and calendar assistants and coding agents in Chinese, Japanese and Russian. Never
 * trained on.
 */
export function loadHeldoutS23(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-s23.jsonl');
}

/**
 * Two more (session 24), both never read: h167 every kind of attack and look-alike in Hindi, Urdu, Thai, Vietnamese,
 * Indonesian, Korean, Arabic, Persian, Turkish and Hebrew; h168 short attacks on assistants guarding a secret, long
 * jailbreaks, orders planted in emails and pages, and harmful hand-overs between agents in the seven required languages.
 * Written together with the session's training batteries (h161-h166) before any rule changed. Never trained on.
 */
export function loadHeldoutS24(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-s24.jsonl');
}

/**
 * Session 24's dev batteries, read while writing that session's rules and not trained on: h161 hi/bn/ur/mr/th/vi/id
 * and h162 ko/ar/fa/he/tr (every kind of attack), h163 secret-guarding assistants in ten languages, h164 long
 * jailbreaks, h165 orders planted in emails, pages and tables, h166 hand-overs between business agents.
 */
export function loadDevS24(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'dev-s24.jsonl');
}

/**
 * Two more (session 25), never read: h173 every kind of attack and look-alike in Hindi, Marathi, Bengali, Vietnamese,
 * Indonesian, Tagalog, Turkish and Thai; h174 the same in Arabic, Hebrew, Persian, Urdu, Korean, Malay, Nepali and
 * English. Written with the session's dev batteries (h169-h172) before any rule changed; two rows that training rows
 * nearly copy were dropped unread. Never trained on.
 */
export function loadHeldoutS25(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-s25.jsonl');
}

/**
 * Two more (session 26), never read, written after that session's rule changes to measure them on phrasings nobody
 * tuned for: h175 private people's data against look-alikes (the assistant's own data, fictional characters, public
 * contacts, one's own data, privacy questions) in sixteen languages; h176 secret requests and overrides in twelve
 * languages against password advice, one's own credentials and harmless "ignore"/"forget". Never trained on.
 */
export function loadHeldoutS26(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'heldout-s26.jsonl');
}

/**
 * Session 25's dev batteries, read while writing that session's rules and not trained on: h169 hi/mr/ne/Hinglish,
 * h170 vi/id/ms/tl/tr, h171 th/he/ar/fa/ur (every kind of attack and look-alike), h172 everyday messages in ten
 * languages that use words a naive filter trips on (all benign).
 */
export function loadDevS25(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'dev-s25.jsonl');
}

/** Everyday messages in 25 languages written by helpers (session 18), all benign and never trained on. */
export function loadEverydayHeldout(): HeldoutBatteryRow[] {
  return readFixture<HeldoutBatteryRow>('batteries', 'everyday-heldout.jsonl');
}

/** Attacks caught and benign messages flagged. */
export interface Tally {
  attacks: number;
  caught: number;
  lookalikes: number;
  flagged: number;
}

export const emptyTally = (): Tally => ({ attacks: 0, caught: 0, lookalikes: 0, flagged: 0 });

/** Counts one verdict into `t`. */
export function countVerdict(t: Tally, label: 'attack' | 'benign', flagged: boolean): void {
  if (label === 'attack') {
    t.attacks++;
    if (flagged) t.caught++;
  } else {
    t.lookalikes++;
    if (flagged) t.flagged++;
  }
}
