import { EditList } from '../mapped-text';
import { LEGACY_NO_SEMICOLON, NAMED_ENTITIES } from './entity-table';

/** Numeric (&#105; &#x69; &#0000105, semicolon optional as browsers allow) and named (&lt; &colon;) references. */
const ENTITY = /&(?:#(?:[xX]([0-9a-fA-F]{1,12})|([0-9]{1,12}))(;?)|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

function fromCodePoint(cp: number): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Edits replacing every HTML character reference by the character it stands for. */
export function htmlEntityEdits(text: string): EditList {
  const edits = new EditList();
  if (!text.includes('&')) return edits;
  ENTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTITY.exec(text)) !== null) {
    const [whole, hex, dec, , name, nameSemi] = m;
    let out: string | undefined;
    if (hex !== undefined) out = fromCodePoint(parseInt(hex, 16));
    else if (dec !== undefined) out = fromCodePoint(parseInt(dec, 10));
    else if (name !== undefined && (nameSemi === ';' || LEGACY_NO_SEMICOLON.has(name))) out = NAMED_ENTITIES.get(name);
    if (out !== undefined) edits.add(m.index, m.index + whole.length, out);
  }
  return edits;
}
