// XML text for package parts: escaping cell text the way Excel does (_xHHHH_ for characters XML cannot hold), reading attributes.

/**
 * Characters XML 1.0 cannot carry (controls other than tab and line feed) and the carriage return
 * (which XML parsers turn into a line feed) are written as `_xHHHH_`, as Excel does; a literal
 * text that looks like such an escape gets its underscore escaped (`_x005F_`), so it reads back as written.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Anything cellText would change; most texts (tiers, names) have none and are returned as they are. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_ESCAPE = /[&<>"\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_x/;

/** Cell or shared text as OOXML stores it: `_xHHHH_` escapes first, then XML's own escapes. */
export function cellText(text: string): string {
  if (!ANY_ESCAPE.test(text)) return text;
  return xmlText(text.replace(NEEDS_ESCAPE, (ch) => `_x${hex4(ch.charCodeAt(0))}_`));
}

/** Reverses cellText's `_xHHHH_` escapes (after XML unescaping). */
export function unescapeCellText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) =>
    String.fromCharCode(parseInt(code, 16)),
  );
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text for element content or a double-quoted attribute. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => XML_ESCAPES[ch]);
}

/** XML's entity and character references resolved. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref === 'amp') return '&';
    if (ref === 'lt') return '<';
    if (ref === 'gt') return '>';
    if (ref === 'quot') return '"';
    if (ref === 'apos') return "'";
    return String.fromCodePoint(
      ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
    );
  });
}

/** An attribute's value in a start tag (unescaped), or null. Matches the local name with any prefix. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s(?:[A-Za-z0-9_]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    tag,
  );
  if (match === null) return null;
  return unescapeXml(match[1] ?? match[2] ?? '');
}

/** A start tag with one attribute set (added before the tag's end when absent). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${xmlText(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_, lead: string) => `${lead}${quoted}`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}=${quoted}${tag.slice(end)}`;
}

/** A start tag without one attribute. */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** Every element `<name ...>...</name>` or `<name .../>` in text, with its position (not nested in itself). */
export function elements(
  text: string,
  name: string,
): { start: number; end: number; xml: string; tag: string }[] {
  const found: { start: number; end: number; xml: string; tag: string }[] = [];
  const open = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  let match: RegExpExecArray | null;
  while ((match = open.exec(text)) !== null) {
    const start = match.index;
    const tagEnd = text.indexOf('>', start);
    if (tagEnd === -1) break;
    const tag = text.slice(start, tagEnd + 1);
    let end: number;
    if (tag.endsWith('/>')) end = tagEnd + 1;
    else {
      const close = text.indexOf(`</${name}>`, tagEnd);
      end = close === -1 ? text.length : close + name.length + 3;
    }
    found.push({ start, end, xml: text.slice(start, end), tag });
    open.lastIndex = end;
  }
  return found;
}

/** The XML declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
