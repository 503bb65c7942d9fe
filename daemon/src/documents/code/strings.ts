import type { SyntaxNode } from './syntax';

/** A string's value as the program sees it, with `toSource[i]` = source offset of value index i (length + 1 entries). */
export interface StringValue {
  content: string;
  toSource: number[];
  /** Where an interpolated expression sits in `content` and in the source. */
  holes: { node: SyntaxNode; at: number }[];
  /** Whether `content` equals the raw source between the quotes (no escapes decoded, no holes). */
  raw: boolean;
}

class Builder {
  content = '';
  toSource: number[] = [];
  holes: { node: SyntaxNode; at: number }[] = [];
  raw = true;

  /** Source characters copied as they are. */
  copy(src: string, from: number, to: number): void {
    for (let i = from; i < to; i++) this.toSource.push(i);
    this.content += src.slice(from, to);
  }

  /** Text that stands for the source span [from, to) (a decoded escape, a hole). */
  stand(text: string, from: number): void {
    for (let i = 0; i < text.length; i++) this.toSource.push(from);
    this.content += text;
    this.raw = false;
  }

  finish(end: number): StringValue {
    this.toSource.push(end);
    return { content: this.content, toSource: this.toSource, holes: this.holes, raw: this.raw };
  }
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0', a: '\u0007' };

/** Decodes the escapes of [from, to) into the builder (JS and Python share the common ones). */
function decode(src: string, from: number, to: number, b: Builder, python: boolean): void {
  let i = from;
  let run = from;
  while (i < to) {
    if (src[i] !== '\\' || i + 1 >= to) {
      i++;
      continue;
    }
    b.copy(src, run, i);
    const c = src[i + 1];
    let len = 2;
    let value: string;
    const hex = (n: number): string | undefined => {
      const h = src.slice(i + 2, i + 2 + n);
      return /^[0-9a-fA-F]+$/.test(h) && h.length === n ? h : undefined;
    };
    if (c === 'x' && hex(2)) {
      value = String.fromCharCode(parseInt(hex(2) as string, 16));
      len = 4;
    } else if (c === 'u' && src[i + 2] === '{' && !python) {
      const close = src.indexOf('}', i + 3);
      const cp = close > 0 ? parseInt(src.slice(i + 3, close), 16) : NaN;
      value = Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : c;
      len = close > 0 ? close - i + 1 : 2;
    } else if (c === 'u' && hex(4)) {
      value = String.fromCharCode(parseInt(hex(4) as string, 16));
      len = 6;
    } else if (c === 'U' && python && hex(8)) {
      const cp = parseInt(hex(8) as string, 16);
      value = cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      len = 10;
    } else if (c === '\n') {
      value = '';
    } else if (c === '\r') {
      value = '';
      if (src[i + 2] === '\n') len = 3;
    } else {
      value = SIMPLE[c] ?? c;
    }
    b.stand(value, i);
    i += len;
    run = i;
  }
  b.copy(src, run, to);
}

/** A JavaScript/TypeScript `string` or `template_string` node. */
function jsString(src: string, node: SyntaxNode): StringValue {
  const b = new Builder();
  const from = node.start + 1;
  const to = node.end - 1;
  let at = from;
  for (const c of node.children) {
    if (c.type !== 'template_substitution') continue;
    decode(src, at, c.start, b, false);
    b.holes.push({ node: c, at: b.content.length });
    b.stand(`{${src.slice(c.start + 2, c.end - 1).trim().slice(0, 40)}}`, c.start);
    at = c.end;
  }
  decode(src, at, to, b, false);
  return b.finish(to);
}

/** A Python `string` node: prefix, quotes, `{…}` interpolations of f-strings, raw strings. */
function pyString(src: string, node: SyntaxNode): StringValue {
  const b = new Builder();
  const startTok = node.children.find((c) => c.type === 'string_start');
  const endTok = node.children.find((c) => c.type === 'string_end');
  const from = startTok ? startTok.end : node.start + 1;
  const to = endTok ? endTok.start : node.end - 1;
  const prefix = src.slice(node.start, from).toLowerCase();
  const raw = prefix.includes('r');
  let at = from;
  for (const c of node.children) {
    if (c.type !== 'interpolation') continue;
    if (raw) b.copy(src, at, c.start);
    else decode(src, at, c.start, b, true);
    b.holes.push({ node: c, at: b.content.length });
    b.stand(src.slice(c.start, c.end).slice(0, 42), c.start);
    at = c.end;
  }
  if (raw) b.copy(src, at, to);
  else decode(src, at, to, b, true);
  return b.finish(to);
}

export const STRING_TYPES = new Set(['string', 'template_string', 'concatenated_string']);

/** The value of a string literal node (including implicit concatenation), or undefined for other nodes. */
export function stringValue(src: string, node: SyntaxNode, python: boolean): StringValue | undefined {
  if (node.type === 'template_string') return jsString(src, node);
  if (node.type === 'string') return python ? pyString(src, node) : jsString(src, node);
  if (node.type === 'concatenated_string') {
    const parts = node.children.filter((c) => c.type === 'string').map((c) => pyString(src, c));
    if (parts.length === 0) return undefined;
    const out: StringValue = { content: '', toSource: [], holes: [], raw: false };
    for (const p of parts) {
      for (const h of p.holes) out.holes.push({ node: h.node, at: h.at + out.content.length });
      out.content += p.content;
      out.toSource.push(...p.toSource.slice(0, -1));
    }
    out.toSource.push(parts[parts.length - 1].toSource[parts[parts.length - 1].toSource.length - 1]);
    return out;
  }
  return undefined;
}
