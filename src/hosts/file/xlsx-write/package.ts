// The input package as parts: reading a part's text, its relationships, and the content types, without touching what we copy.
import type { Codec } from './codec';
import { attribute, elements, unescapeXml, xmlText } from './xml';
import { storedData } from '../zip-directory';
import { readInputEntries, type ZipEntry } from './zip-read';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as a package path ("xl/worksheets/sheet1.xml"), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

export const REL_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
} as const;

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it ("../tables/t1.xml" from a sheet). */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** A path written relative to the folder of `fromPart`, as relationship targets usually are. */
export function relativeTarget(fromPart: string, path: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function parseRelationships(xml: string, fromPart: string): Relationship[] {
  return elements(xml, 'Relationship').map(({ tag }) => {
    const external = attribute(tag, 'TargetMode') === 'External';
    const target = attribute(tag, 'Target') ?? '';
    return {
      id: attribute(tag, 'Id') ?? '',
      type: attribute(tag, 'Type') ?? '',
      target: external ? target : resolveTarget(fromPart, target),
      external,
    };
  });
}

export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${xmlText(id)}" Type="${type}" Target="${xmlText(target)}"/>`;
}

export const RELS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A rels part holding exactly these relationships. */
export function relationshipsPart(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NAMESPACE}">${items.join('')}</Relationships>`;
}

/** A relationship id not used in the rels part yet ("rId7"). */
export function freeRelationshipId(existing: readonly Relationship[]): string {
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

const decoder = new TextDecoder('utf-8');

export class InputPackage {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    readonly bytes: Uint8Array,
    readonly codec: Codec,
  ) {
    this.entries = readInputEntries(bytes);
    for (const entry of this.entries) this.byName.set(entry.name.replace(/^\//, ''), entry);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The stored bytes of an entry, as they would be copied. */
  raw(entry: ZipEntry): Uint8Array {
    return storedData(this.bytes, entry);
  }

  /** An entry's content bytes (inflated), or null when the package has no such part. */
  content(name: string): Uint8Array | null {
    const entry = this.entry(name);
    if (entry === undefined) return null;
    const raw = this.raw(entry);
    return entry.method === 0 ? raw : this.codec.inflate(raw);
  }

  text(name: string): string | null {
    const content = this.content(name);
    return content === null ? null : decoder.decode(content);
  }

  relationships(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part));
    return xml === null ? [] : parseRelationships(xml, part);
  }

  /** The workbook part, from the package relationships (xl/workbook.xml in practice). */
  workbookPath(): string | null {
    const main = this.relationships('').find((r) => r.type === REL_TYPES.officeDocument);
    const path = main?.target ?? 'xl/workbook.xml';
    return this.entry(path) !== undefined ? path : null;
  }
}

/** [Content_Types].xml with overrides added for new parts and removed for deleted ones. */
export function patchContentTypes(
  xml: string,
  added: ReadonlyMap<string, string>,
  removed: ReadonlySet<string>,
): string {
  let result = xml;
  for (const override of elements(xml, 'Override')) {
    const part = (attribute(override.tag, 'PartName') ?? '').replace(/^\//, '');
    if (removed.has(part) || added.has(part)) result = result.replace(override.xml, '');
  }
  const items = [...added].map(
    ([part, type]) => `<Override PartName="/${xmlText(part)}" ContentType="${type}"/>`,
  );
  const close = result.lastIndexOf('</Types>');
  return `${result.slice(0, close)}${items.join('')}${result.slice(close)}`;
}

export { unescapeXml };
