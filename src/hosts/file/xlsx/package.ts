// The workbook's structure from its own parts: sheets (with hidden state), defined names, shared strings, styles.
import type { RawCell } from '../../../core';
import type { SheetState } from '../book';
import { textCell } from './cell';
import type { ZipArchive } from './zip';
import { parseStyles, type CellStyles } from './styles';
import { attribute, cellText, elements, runText } from './xml';

export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  /** The sheet's part, e.g. "xl/worksheets/sheet1.xml"; null for a chart sheet or a dangling reference. */
  readonly path: string | null;
}

export interface DefinedName {
  readonly name: string;
  /** The name's formula text, as stored ("Accounts!$C$2*2", "0.2"). */
  readonly formula: string;
  /** The sheet (tab index) the name belongs to; undefined for a workbook-level name. */
  readonly localSheet?: number;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** The shared strings as cells (whitespace-only text is an empty cell). */
  readonly sharedStrings: readonly RawCell[];
  readonly styles: CellStyles;
  /** Dates count days from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  readonly date1904: boolean;
}

/** Thrown when the package is a zip but not a workbook; the message completes "it ...". */
export class NotAWorkbookError extends Error {}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationships of a part: id -> { target path, type }. */
export function relationships(
  zip: ZipArchive,
  part: string,
): Map<string, { path: string; type: string; external: boolean }> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const found = new Map<string, { path: string; type: string; external: boolean }>();
  const xml = zip.text(relsPath);
  if (xml === null) return found;
  for (const { tag } of elements(xml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id === undefined || target === undefined) continue;
    const external = attribute(tag, 'TargetMode') === 'External';
    found.set(id, {
      path: external ? target : resolveTarget(part, target),
      type: attribute(tag, 'Type') ?? '',
      external,
    });
  }
  return found;
}

/** The workbook part: the package's officeDocument relationship, else the usual place. */
export function workbookPath(zip: ZipArchive): string {
  for (const rel of relationships(zip, '').values())
    if (rel.type.endsWith('/officeDocument')) return rel.path;
  return 'xl/workbook.xml';
}

function sheetState(value: string | undefined): SheetState {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}

/** The shared strings, by an indexOf walk over <si> elements (a table of a million names is common). */
function parseSharedStrings(xml: string | null): RawCell[] {
  if (xml === null) return [];
  const prefix = /<([A-Za-z_][\w.-]*:)?sst[\s>]/.exec(xml)?.[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: RawCell[] = [];
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at)) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) break;
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      strings.push(null);
      at = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end === -1) break;
    strings.push(textCell(runText(xml.slice(tagEnd + 1, end))));
    at = end + close.length;
  }
  return strings;
}

/** Reads the parts every read needs; a package without a workbook part throws NotAWorkbookError. */
export function readWorkbookParts(zip: ZipArchive, path: string): WorkbookParts {
  const xml = zip.text(path);
  if (xml === null || !/<(?:\w+:)?workbook[\s>]/.test(xml))
    throw new NotAWorkbookError('has no workbook part (xl/workbook.xml)');
  const rels = relationships(zip, path);
  const sheets: SheetEntry[] = elements(xml, 'sheet').map(({ tag }) => {
    const rel = rels.get(attribute(tag, 'r:id') ?? attribute(tag, 'id') ?? '');
    const isWorksheet = rel !== undefined && rel.type.endsWith('/worksheet') && !rel.external;
    return {
      name: attribute(tag, 'name') ?? '',
      state: sheetState(attribute(tag, 'state')),
      path: isWorksheet && zip.has(rel.path) ? rel.path : null,
    };
  });
  const definedNames: DefinedName[] = elements(xml, 'definedName').map(({ tag, inner }) => {
    const local = attribute(tag, 'localSheetId');
    return {
      name: attribute(tag, 'name') ?? '',
      formula: cellText(inner),
      ...(local !== undefined ? { localSheet: Number(local) } : {}),
    };
  });
  const relPath = (type: string): string | undefined =>
    [...rels.values()].find((r) => r.type.endsWith(type))?.path;
  const pr = elements(xml, 'workbookPr')[0]?.tag ?? '';
  const date1904 = /^(1|true)$/.test(attribute(pr, 'date1904') ?? '');
  const sstPath = relPath('/sharedStrings');
  const stylesPath = relPath('/styles');
  return {
    sheets,
    definedNames,
    sharedStrings: parseSharedStrings(sstPath === undefined ? null : zip.text(sstPath)),
    styles: parseStyles(stylesPath === undefined ? null : zip.text(stylesPath)),
    date1904,
  };
}
