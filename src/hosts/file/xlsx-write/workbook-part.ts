// workbook.xml: its sheets and defined names as we need them, and the few edits we make (our sheets, our marker names).
import { attribute, elements, unescapeXml, withAttribute, xmlText } from './xml';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: string | null;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId: string | null;
  readonly formula: string;
  readonly xml: string;
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The prefix bound to the relationships namespace in workbook.xml ("r" nearly always). */
export function relationshipPrefix(xml: string): string {
  const match = new RegExp(`xmlns:([A-Za-z0-9_]+)="${RELATIONSHIPS_NS}"`).exec(xml);
  return match?.[1] ?? 'r';
}

export function workbookSheets(xml: string): SheetEntry[] {
  const prefix = relationshipPrefix(xml);
  return elements(xml, 'sheet').map(({ tag }) => ({
    name: attribute(tag, 'name') ?? '',
    sheetId: Number(attribute(tag, 'sheetId')),
    relId: new RegExp(`\\s${prefix}:id="([^"]*)"`).exec(tag)?.[1] ?? '',
    state: attribute(tag, 'state'),
  }));
}

export function definedNames(xml: string): DefinedName[] {
  return elements(xml, 'definedName').map(({ tag, xml: element }) => ({
    name: attribute(tag, 'name') ?? '',
    localSheetId: attribute(tag, 'localSheetId'),
    formula: unescapeXml(element.slice(tag.length, element.length - '</definedName>'.length)),
    xml: element,
  }));
}

/**
 * A name's formula over every scope, joined as one union, or null: the Excel host writes our marker
 * names scoped to their sheet, the file host workbook-wide, and a workbook may hold both.
 */
export function markerFormula(names: readonly DefinedName[], name: string): string | null {
  const found = names.filter((n) => n.name === name).map((n) => n.formula.replace(/^=/, ''));
  return found.length === 0 ? null : found.join(',');
}

export interface WorkbookEdit {
  /** Sheets appended to the tab list (so every existing sheet keeps its index). */
  readonly addSheets: readonly { name: string; relId: string; veryHidden: boolean }[];
  /**
   * Names to set workbook-wide (a formula) or remove (null); either way the same names scoped to a
   * sheet go, their areas being in the workbook-wide formula.
   */
  readonly names: ReadonlyMap<string, string | null>;
}

const AFTER_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export function patchWorkbook(xml: string, edit: WorkbookEdit): string {
  let result = xml;
  const prefix = relationshipPrefix(xml);
  if (edit.addSheets.length > 0) {
    let nextId = Math.max(0, ...workbookSheets(xml).map((s) => s.sheetId || 0)) + 1;
    const added = edit.addSheets
      .map(
        (s) =>
          `<sheet name="${xmlText(s.name)}" sheetId="${nextId++}"${s.veryHidden ? ' state="veryHidden"' : ''} ${prefix}:id="${s.relId}"/>`,
      )
      .join('');
    const close = result.indexOf('</sheets>');
    result = `${result.slice(0, close)}${added}${result.slice(close)}`;
  }
  if (edit.names.size === 0) return result;
  for (const name of definedNames(result))
    if (edit.names.has(name.name)) result = result.replace(name.xml, '');
  const added = [...edit.names]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, formula]) => `<definedName name="${name}">${xmlText(formula)}</definedName>`)
    .join('');
  const list = elements(result, 'definedNames')[0];
  if (list !== undefined) {
    const inner = list.tag.endsWith('/>')
      ? ''
      : list.xml.slice(list.tag.length, -'</definedNames>'.length);
    const rebuilt = inner + added === '' ? '' : `<definedNames>${inner}${added}</definedNames>`;
    return `${result.slice(0, list.start)}${rebuilt}${result.slice(list.end)}`;
  }
  if (added === '') return result;
  let at = -1;
  for (const name of AFTER_NAMES) {
    const next = elements(result, name)[0];
    if (next !== undefined && (at === -1 || next.start < at)) at = next.start;
  }
  if (at === -1) at = result.lastIndexOf('</workbook>');
  return `${result.slice(0, at)}<definedNames>${added}</definedNames>${result.slice(at)}`;
}

/**
 * workbook.xml without one sheet's tab: names scoped to later sheets and the active and first tab
 * follow their sheet's new index; names scoped to the removed sheet go with it.
 */
export function removeSheet(xml: string, relId: string): string {
  const prefix = relationshipPrefix(xml);
  const tags = elements(xml, 'sheet');
  const index = tags.findIndex((t) => new RegExp(`\\s${prefix}:id="${relId}"`).test(t.tag));
  if (index === -1) return xml;
  let result = xml.replace(tags[index].xml, '');
  for (const name of definedNames(result)) {
    if (name.localSheetId === null) continue;
    const scope = Number(name.localSheetId);
    if (scope === index) result = result.replace(name.xml, '');
    else if (scope > index)
      result = result.replace(
        name.xml,
        name.xml.replace(/localSheetId="\d+"/, `localSheetId="${scope - 1}"`),
      );
  }
  const remaining = tags.length - 1;
  for (const view of elements(result, 'workbookView')) {
    let tag = view.tag;
    for (const attr of ['activeTab', 'firstSheet']) {
      const value = Number(attribute(tag, attr) ?? 'NaN');
      if (!Number.isInteger(value)) continue;
      const moved = value > index ? value - 1 : value === index ? 0 : value;
      tag = withAttribute(tag, attr, String(Math.min(moved, Math.max(0, remaining - 1))));
    }
    result = result.replace(view.tag, tag);
  }
  return result.replace(/<definedNames><\/definedNames>/, '');
}
