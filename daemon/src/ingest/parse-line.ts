import { isIP } from 'node:net';
import type { ActorRef, MessageSource } from '../protocol/domain';

/** What a log line says, as far as the SOC cares: the message text, who sent it, and from where. */
export interface ParsedLine {
  text: string;
  actor: ActorRef;
  source?: MessageSource;
  /** The line was a JSON object (otherwise it was scanned as plain text). */
  json: boolean;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const TEXT_FIELDS = ['message', 'msg', 'content', 'text', 'prompt', 'input', 'output', 'response', 'completion', 'query'];
/** Envelopes agent frameworks wrap a record in; looked into one level deep. */
const NESTED = ['request', 'body', 'data', 'payload', 'event', 'metadata', 'context', 'attributes'];
const IP_FIELDS = ['ip', 'client_ip', 'clientIp', 'remote_addr', 'remoteAddr', 'remote_ip', 'source_ip', 'x_forwarded_for'];
const SESSION_FIELDS = ['session_id', 'sessionId', 'session', 'conversation_id', 'conversationId', 'thread_id'];
const USER_FIELDS = ['user_id', 'userId', 'user', 'username', 'uid'];

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text of a `content` value: a string, or OpenAI/Anthropic content parts `[{type:'text', text}]`. */
function contentText(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const parts = v.map((p) => (typeof p === 'string' ? p : isObject(p) ? contentText(p.text ?? p.content) : undefined)).filter((p) => p);
    return parts.length ? parts.join('\n') : undefined;
  }
  return undefined;
}

function scalar(v: Json | undefined): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function pick(obj: JsonObject, fields: readonly string[], read: (v: Json | undefined) => string | undefined): string | undefined {
  for (const f of fields) {
    const v = read(obj[f]);
    if (v !== undefined) return v;
  }
  for (const n of NESTED) {
    const inner = obj[n];
    if (!isObject(inner)) continue;
    for (const f of fields) {
      const v = read(inner[f]);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

function userOf(v: Json | undefined): string | undefined {
  return isObject(v) ? scalar(v.id ?? v.user_id ?? v.name) : scalar(v);
}

function ipOf(v: Json | undefined): string | undefined {
  // X-Forwarded-For lists the client first.
  const s = scalar(v)?.split(',')[0].trim();
  return s && isIP(stripPort(s)) ? stripPort(s) : undefined;
}

function stripPort(s: string): string {
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(s);
  if (bracketed) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(s);
  return v4 ? v4[1] : s.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

function sourceOf(role: string | undefined): MessageSource | undefined {
  switch (role?.toLowerCase()) {
    case 'user':
    case 'human':
      return 'user';
    case 'system':
    case 'developer':
      return 'system';
    case 'assistant':
    case 'ai':
    case 'model':
      return 'assistant';
    case 'tool':
    case 'function':
    case 'tool_result':
    case 'tool_output':
    case 'function_call_output':
    case 'observation':
      return 'tool_result';
    case 'document':
    case 'retrieval':
      return 'document';
    case 'agent':
    case 'handoff':
      return 'agent';
    default:
      return undefined;
  }
}

/** Message text (undefined when the record has no text field), actor and source of a JSON record. */
function fromObject(obj: JsonObject): { text?: string; actor: ActorRef; source?: MessageSource } {
  const texts: string[] = [];
  for (const f of TEXT_FIELDS) {
    const t = f === 'content' || f === 'text' ? contentText(obj[f]) : scalar(obj[f]) ?? contentText(obj[f]);
    if (t) texts.push(t);
  }
  let lastRole: string | undefined;
  const messages = obj.messages ?? (isObject(obj.request) ? obj.request.messages : undefined);
  if (Array.isArray(messages)) {
    for (const m of messages) {
      if (!isObject(m)) continue;
      const t = contentText(m.content);
      if (t) texts.push(t);
      lastRole = scalar(m.role) ?? lastRole;
    }
  }
  if (texts.length === 0) {
    const nested = pick(obj, TEXT_FIELDS, (v) => scalar(v) ?? contentText(v));
    if (nested) texts.push(nested);
  }
  const actor: ActorRef = {};
  const ip = pick(obj, IP_FIELDS, ipOf);
  const sessionId = pick(obj, SESSION_FIELDS, scalar);
  const userId = pick(obj, USER_FIELDS, userOf);
  if (ip) actor.ip = ip;
  if (sessionId) actor.sessionId = sessionId;
  if (userId) actor.userId = userId;
  const source = sourceOf(scalar(obj.role)) ?? sourceOf(scalar(obj.type)) ?? sourceOf(lastRole);
  return { ...(texts.length ? { text: texts.join('\n') } : {}), actor, ...(source ? { source } : {}) };
}

const IPV4 = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/g;
const IPV6 = /(?<![0-9A-Fa-f:])((?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})(?![0-9A-Fa-f:])/g;

/** The first valid IP address in a plain-text line (IPv4 first: access logs lead with it). */
export function extractIp(line: string): string | undefined {
  for (const re of [IPV4, IPV6]) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) if (isIP(m[1])) return m[1];
  }
  return undefined;
}

/**
 * Parses one log line. A line that looks like a JSON object is read for its message and actor
 * fields; a record without a known text field is scanned whole (its actor still extracted), and a
 * malformed one as plain text, so a broken or unknown record is still scanned and never throws.
 */
export function parseLogLine(line: string): ParsedLine {
  const trimmed = line.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    try {
      const value = JSON.parse(trimmed) as Json;
      if (isObject(value)) {
        const { text, ...rest } = fromObject(value);
        return { text: text ?? trimmed, ...rest, json: true };
      }
    } catch {
      // Not JSON after all: fall through to plain text.
    }
  }
  const ip = extractIp(line);
  return { text: line, actor: ip ? { ip } : {}, json: false };
}
