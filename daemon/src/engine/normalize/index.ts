import { decodedViews } from './decode/decoded-views';
import { deobfuscatedView } from './deobfuscate';
import { foldText } from './fold';
import { scanHidden } from './hidden-scan';
import type { HiddenSpan } from './hidden-span';
import { toView } from './mapped-text';
import { rot13View } from './rot13-view';
import { reversedView } from './reversed-view';
import { tagsView } from './tags-view';
import type { TextView } from './text-view';

export type { HiddenSpan } from './hidden-span';
export type { HiddenKind } from './char-class';

export interface Normalized {
  /**
   * `views[0]` is always the folded view of the whole message; then, when they apply, the
   * de-obfuscated view, the smuggled-tags view, decoded views (url, html_entities, hex, base64)
   * and, when the message names the cipher, the ROT13 view. De-obfuscated and in-place decoded
   * views hold only the regions around what changed (regions.ts); every view maps back to the
   * original text.
   */
  views: TextView[];
  hidden: HiddenSpan[];
}

/**
 * Turns a message into the views the rules scan. Every view maps back to the original text, so
 * findings point at the characters the user really has, also inside stripped or decoded text.
 * Never throws: lone surrogates, binary junk and hostile encodings only yield fewer views.
 */
export function normalize(text: string): Normalized {
  const { mapped, hiddenAt, marks } = foldText(text);
  const views: TextView[] = [toView('folded', mapped)];
  const hidden = scanHidden(text, hiddenAt);
  const deob = deobfuscatedView(mapped, marks);
  if (deob) views.push(deob);
  const tags = tagsView(text, hidden);
  if (tags) views.push(tags);
  for (const v of decodedViews(text, mapped)) views.push(v);
  const rot13 = rot13View(text, mapped);
  if (rot13) views.push(rot13);
  const reversed = reversedView(mapped);
  if (reversed) views.push(reversed);
  return { views, hidden };
}

export { TextView, TextViewBuilder } from './text-view';
