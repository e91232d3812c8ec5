// The sheets we own whole: the "KAM Summary" sheet (values of the run, styles, the chart's drawing) and the very hidden "_KAM_State" sheet.
import { columnLetters, parseBox, type SummarySheetPlan } from '../../../core';
import { joinedStateText, stateChunks } from '../../state-sheet';
import { referenceColumn, splitRow, textCell, valueCell } from './sheet-cells';
import type { StylesPatch } from './styles';
import { XML_DECLARATION, attribute, elements, unescapeCellText, unescapeXml } from './xml';

const SHEET_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function rowsXml(cells: ReadonlyMap<number, Map<number, string>>): string {
  return [...cells.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const row = cells.get(r) as Map<number, string>;
      const xml = [...row.keys()]
        .sort((a, b) => a - b)
        .map((c) => row.get(c))
        .join('');
      return `<row r="${r}">${xml}</row>`;
    })
    .join('');
}

/** The summary sheet from the plan's computed values; `drawingRelId` places the chart. */
export function summarySheetXml(
  plan: SummarySheetPlan,
  styles: StylesPatch,
  drawingRelId: string | null,
): string {
  const rows = new Map<number, Map<number, string>>();
  for (const cell of plan.cells) {
    const box = parseBox(cell.address);
    if (box === null) continue;
    const font = cell.style === 'label' ? undefined : cell.style;
    const style = styles.cellFormat(cell.numberFormat, font);
    const reference = `${columnLetters(box.left)}${box.top}`;
    const xml =
      typeof cell.value === 'string'
        ? textCell(reference, style, cell.value)
        : valueCell(reference, style, cell.value);
    if (xml === null) continue;
    if (!rows.has(box.top)) rows.set(box.top, new Map());
    rows.get(box.top)?.set(box.left, xml);
  }
  const widths = Object.entries(plan.columnWidths)
    .map(([letters, width]) => ({ column: referenceColumn(letters), width }))
    .sort((a, b) => a.column - b.column)
    .map((w) => `<col min="${w.column}" max="${w.column}" width="${w.width}" customWidth="1"/>`)
    .join('');
  const cols = widths === '' ? '' : `<cols>${widths}</cols>`;
  const drawing = drawingRelId === null ? '' : `<drawing r:id="${drawingRelId}"/>`;
  return `${XML_DECLARATION}<worksheet ${SHEET_NS}>${cols}<sheetData>${rowsXml(rows)}</sheetData>${drawing}</worksheet>`;
}

/** The state sheet: one row per key, the key in A and the text from B on in chunks a cell can hold. */
export function stateSheetXml(entries: ReadonlyMap<string, string>): string {
  let r = 0;
  const rows = new Map<number, Map<number, string>>();
  for (const [key, text] of entries) {
    r++;
    const row = new Map<number, string>([[1, textCell(`A${r}`, null, key)]]);
    stateChunks(text).forEach((chunk, i) =>
      row.set(i + 2, textCell(`${columnLetters(i + 2)}${r}`, null, chunk)),
    );
    rows.set(r, row);
  }
  return `${XML_DECLARATION}<worksheet ${SHEET_NS}><sheetData>${rowsXml(rows)}</sheetData></worksheet>`;
}

/** The texts of a shared-strings part, in order (rich text runs joined, phonetic runs left out). */
export function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return elements(xml, 'si').map((si) => {
    const body = si.xml.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '');
    return elements(body, 't')
      .map((t) =>
        t.tag.endsWith('/>') ? '' : unescapeCellText(unescapeXml(t.xml.slice(t.tag.length, -4))),
      )
      .join('');
  });
}

/** A text cell's value as written by us, ExcelJS or Excel (inline, shared or formula string); null otherwise. */
function cellString(xml: string, shared: () => readonly string[]): string | null {
  const tag = xml.slice(0, xml.indexOf('>') + 1);
  const type = attribute(tag, 't');
  if (type === 'inlineStr') return sharedStrings(`<si>${xml}</si>`)[0] ?? '';
  const v = /<v>([^<]*)<\/v>/.exec(xml)?.[1];
  if (v === undefined) return null;
  if (type === 's') return shared()[Number(v)] ?? null;
  return unescapeCellText(unescapeXml(v));
}

/** The entries of an existing state sheet, in row order, read the way the state store reads them. */
export function readStateEntries(
  sheetXml: string,
  shared: () => readonly string[],
): Map<string, string> {
  const entries = new Map<string, string>();
  for (const row of elements(sheetXml, 'row')) {
    const split = splitRow(row.xml, 0);
    const key = split.cells.find((c) => c.column === 1);
    const name = key === undefined ? null : cellString(key.xml, shared);
    if (name === null || name === '') continue;
    const chunks = split.cells
      .filter((c) => c.column >= 2)
      .sort((a, b) => a.column - b.column)
      .map((c) => cellString(c.xml, shared));
    const text = joinedStateText(chunks, name);
    if (typeof text === 'string') entries.set(name, text);
  }
  return entries;
}
