/**
 * What the classifier reads of HTML: the text of a page, not its plain markup.
 *
 * The corpus's markup is almost all attack payloads (XSS lists, injected web pages), so the model
 * had learned tags themselves as evidence: an ordinary page a web-fetch tool returns scored 0.92
 * ("prompt injection"), `<img src="/logo.png" alt="Company logo">` 0.86 — and the proxy blocks a
 * model-only verdict above 0.75. Tags that cannot run anything are blanked out before the model
 * reads the text (same length, so the model's span still indexes the view); anything with a script,
 * an event handler, a `javascript:`/`data:` URL or an unknown tag stays for the model to see, and
 * the rules (inj-xss-*, exfiltration channels) see the text unchanged either way. Applied in
 * training too (scripts/lib/training-set.ts), so the model learns what it will be shown.
 */

/** Elements that only structure or style content. */
const PLAIN_TAGS = new Set(
  (
    'html head body title meta link div span p a img picture source figure figcaption ul ol li dl dt dd table thead tbody tfoot tr th td caption ' +
    'colgroup col h1 h2 h3 h4 h5 h6 header footer main nav section article aside address strong em b i u s small mark sup sub abbr cite q ' +
    'time code pre kbd samp var blockquote br hr wbr label button form input select option optgroup textarea fieldset legend details summary'
  ).split(' '),
);

/** Attributes without behaviour (no on*, no style: CSS can carry expressions and URLs). */
const PLAIN_ATTRIBUTE =
  /^(?:class|id|href|src|srcset|sizes|alt|title|lang|charset|rel|type|name|method|action|width|height|for|value|placeholder|colspan|rowspan|target|content|property|datetime|dir|role|loading|decoding|tabindex|disabled|checked|selected|required|readonly|multiple|hidden|aria-[a-z-]+|data-[a-z0-9-]+)$/;

/** URL-bearing attributes: relative or http(s), no script scheme, no template or variable syntax. */
const URL_ATTRIBUTE = /^(?:href|src|srcset|action)$/;
const PLAIN_URL = /^(?:https?:\/\/|\/|\.{0,2}\/|#|[\w-]+(?:[./][\w-]+)*(?:[?#]|$))[^\s"'<>`{}$\\]*$/i;

/** One tag: its name (XML names may carry a prefix and dashes) and the attribute text. Bounded, no nested quantifiers. */
const TAG = /<(\/?)([a-zA-Z][\w.:-]{0,40})((?:\s[^<>]{0,2000})?)\s?\/?>|<!doctype html>/gi;
/** One attribute: name, then an optional value (double-, single- or unquoted). */
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** True when `plain(name, value)` holds for every attribute in a tag's attribute text (name lower-cased). */
function everyAttribute(attrs: string, plain: (name: string, value: string) => boolean): boolean {
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTRIBUTE.exec(attrs)) !== null) if (!plain(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '')) return false;
  return true;
}

function plainHtmlAttribute(name: string, value: string): boolean {
  if (!PLAIN_ATTRIBUTE.test(name)) return false;
  if (URL_ATTRIBUTE.test(name) && value !== '' && !PLAIN_URL.test(value.trim())) return false;
  return !value.includes('<') && !value.includes('`');
}

/**
 * An XML document names its own elements: any name is plain there, except those that run, embed
 * or include something. A document type or entity declaration (XXE) keeps the whole text as it is.
 */
const XML_DECLARATION = /^\s{0,8}<\?xml\s[^<>]{0,200}\?>/i;
const XML_ACTIVE = /<!doctype|<!entity|xi:include|xsl:/i;
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'foreignobject', 'style', 'base', 'applet', 'template', 'portal']);
/** In XML, attribute names are the document's own: only event handlers are not plain (values are checked for script schemes). */
const XML_ATTRIBUTE_NAME = /^(?!on)[a-z_][\w.:-]{0,40}$/;

function plainXmlAttribute(name: string, value: string): boolean {
  return XML_ATTRIBUTE_NAME.test(name) && !/^\s*(?:javascript|vbscript|data|file):|[<`]/i.test(value);
}

/**
 * A markdown image: its alt text and URL (an optional title after it). The URL is plain when it is
 * http(s) or relative with no query, fragment, placeholder or variable: the image-exfiltration
 * channel carries its data there (`?d=CONVERSATION`, `{secret}`), and the exfiltration rules read
 * the text unchanged. The model had learned the syntax itself: "![logo](https://cdn.example.com/logo.png)"
 * scored 0.82 (data exfiltration), as `<img src="/logo.png">` had before plain tags were blanked.
 */
const MD_IMAGE = /!\[([^[\]\n]{0,200})\]\(([^()\s]{1,300})(?:\s{1,4}"[^"\n]{0,200}")?\)/g;
const PLAIN_IMAGE_URL = /^(?:https?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?)?(?:\/|\.{1,2}\/)?[\w.~-]{0,80}(?:\/[\w.~-]{1,80}){0,12}$/i;

/** Markdown images with plain URLs: the syntax and URL blanked (same length), the alt text kept. */
function withoutPlainImages(text: string): string {
  return text.replace(MD_IMAGE, (image: string, alt: string, url: string) =>
    PLAIN_IMAGE_URL.test(url) ? `  ${alt}${' '.repeat(image.length - alt.length - 2)}` : image,
  );
}

/** `text` with its plain tags and plain markdown images replaced by spaces of the same length; unchanged when it has none. */
export function withoutPlainMarkup(text: string): string {
  if (text.includes('![')) text = withoutPlainImages(text);
  if (!text.includes('<')) return text;
  const declaration = XML_DECLARATION.exec(text);
  const xml = declaration !== null && !XML_ACTIVE.test(text);
  let changed = false;
  let out = text.replace(TAG, (tag: string, _close: string, name: string | undefined, attrs: string | undefined) => {
    if (name !== undefined) {
      const lower = name.toLowerCase();
      const plain = xml
        ? !ACTIVE_ELEMENTS.has(lower.slice(lower.lastIndexOf(':') + 1)) && (!attrs || everyAttribute(attrs, plainXmlAttribute))
        : PLAIN_TAGS.has(lower) && (!attrs || everyAttribute(attrs, plainHtmlAttribute));
      if (!plain) return tag;
    }
    changed = true;
    return ' '.repeat(tag.length);
  });
  if (xml && declaration) {
    out = ' '.repeat(declaration[0].length) + out.slice(declaration[0].length);
    changed = true;
  }
  return changed ? out : text;
}
