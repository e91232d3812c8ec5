// The little XML the package reader needs: attributes of one start tag, elements by local name, text with its escapes.

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML character references and the five named entities. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? whole;
  });
}

/**
 * OOXML's escape for characters XML cannot hold (`_x000D_` is a carriage return); `_x005F_` escapes
 * the underscore itself, so `_x005F_x000D_` is the literal text "_x000D_".
 */
function decodeOoxmlEscapes(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Text content as the user typed it: XML entities, then OOXML's `_xHHHH_` escapes. */
export function cellText(raw: string): string {
  const plain = raw.includes('&') ? decodeEntities(raw) : raw;
  return plain.includes('_x') ? decodeOoxmlEscapes(plain) : plain;
}

/** An attribute value of a start tag (the text from `<` to `>`), entities decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  // A space (or line break) before the name keeps "r" from matching inside "xr:uid" or "ref".
  const at = new RegExp(`[\\s]${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (at === null) return undefined;
  const value = at[2] ?? at[3];
  return value.includes('&') ? decodeEntities(value) : value;
}

const startTags = new Map<string, RegExp>();

/** The start-tag pattern of a local name, made once (the shared strings ask for "t" a million times). */
function startTag(localName: string): RegExp {
  let pattern = startTags.get(localName);
  if (pattern === undefined) {
    pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])`, 'g');
    startTags.set(localName, pattern);
  }
  return pattern;
}

export interface XmlElement {
  /** The start tag, from `<` to `>` inclusive. */
  readonly tag: string;
  /** What is between the start and the end tag; "" for an empty element. */
  readonly inner: string;
}

/**
 * Every element with this local name (any namespace prefix), in document order. Elements of that
 * name must not nest inside each other, which holds for every element the reader asks for.
 */
export function elements(xml: string, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const start = startTag(localName);
  start.lastIndex = 0;
  for (let m = start.exec(xml); m !== null; m = start.exec(xml)) {
    const tagEnd = xml.indexOf('>', m.index);
    if (tagEnd === -1) break;
    const tag = xml.slice(m.index, tagEnd + 1);
    if (tag.endsWith('/>')) {
      found.push({ tag, inner: '' });
      continue;
    }
    const qualified = m[0].slice(1);
    const close = xml.indexOf(`</${qualified}>`, tagEnd);
    const end = close === -1 ? xml.length : close;
    found.push({ tag, inner: xml.slice(tagEnd + 1, end) });
    start.lastIndex = end;
  }
  return found;
}

/** The text of a run container (`<si>`, `<is>`): its `<t>` pieces joined (rich text runs), phonetic runs left out. */
export function runText(inner: string): string {
  // The usual shared string is one plain <t>: taken without a search for runs.
  const plain = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/.exec(inner);
  if (plain !== null) return cellText(plain[1]);
  const withoutPhonetic = inner.includes('rPh')
    ? inner.replace(/<(?:\w+:)?rPh[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
    : inner;
  let text = '';
  for (const t of elements(withoutPhonetic, 't')) text += t.inner;
  return cellText(text);
}
