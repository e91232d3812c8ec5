// The Excel table our columns join: its range and column list in its own part, edited only when our columns sit beside it.
import { boxAddress, parseBox, sameName, type Box } from '../../../core';
import { planTableFit, type TableFit } from '../../plan-checks';
import type { InputPackage } from './package';
import { REL_TYPES } from './package';
import { attribute, elements, withAttribute, xmlText } from './xml';

export interface TablePart {
  readonly name: string;
  readonly path: string;
  readonly xml: string;
  readonly box: Box;
  readonly left: number;
  readonly right: number;
  /** Column names in order, from the table's columns list. */
  readonly columns: readonly string[];
}

/** The tables of a sheet, from its relationships. */
export function sheetTables(pkg: InputPackage, sheetPath: string): TablePart[] {
  const tables: TablePart[] = [];
  for (const rel of pkg.relationships(sheetPath)) {
    if (rel.type !== REL_TYPES.table || rel.external) continue;
    const xml = pkg.text(rel.target);
    if (xml === null) continue;
    const tag = elements(xml, 'table')[0]?.tag ?? '';
    const box = parseBox(attribute(tag, 'ref') ?? '');
    if (box === null) continue;
    const columns = elements(xml, 'tableColumn').map((c) => attribute(c.tag, 'name') ?? '');
    tables.push({
      name: attribute(tag, 'displayName') ?? attribute(tag, 'name') ?? '',
      path: rel.target,
      xml,
      box,
      left: box.left,
      right: box.right,
      columns,
    });
  }
  return tables;
}

export function findTablePart(tables: readonly TablePart[], name: string): TablePart | undefined {
  return tables.find((t) => sameName(t.name, name));
}

/** How the table fits our columns, and a clash of our header with a column of theirs (Excel needs unique names). */
export function fitTable(
  table: TablePart,
  written: ReadonlyMap<number, string>,
  cleared: ReadonlySet<number>,
): { fit: TableFit<TablePart>; clash: string | null } {
  const fit = planTableFit(table, table, new Set(written.keys()), cleared);
  const taken = new Set<string>();
  for (let c = table.left; c <= Math.min(fit.right, table.right); c++)
    if (!written.has(c)) taken.add((table.columns[c - table.left] ?? '').toLowerCase());
  const clash = [...written].find(
    ([c, header]) => c <= fit.right && taken.has(header.toLowerCase()),
  );
  return { fit, clash: clash === undefined ? null : clash[1] };
}

/** The table part resized to the fit, our columns named by their headers; null when nothing changes. */
export function patchTablePart(
  fit: TableFit<TablePart>,
  headers: ReadonlyMap<number, string>,
): string | null {
  const { table, right } = fit;
  const items = elements(table.xml, 'tableColumn');
  const renamed = [...headers].some(
    ([c, h]) => c <= table.right && table.columns[c - table.left] !== h,
  );
  if (right === table.right && !renamed) return null;
  let nextId = Math.max(0, ...items.map((i) => Number(attribute(i.tag, 'id')) || 0)) + 1;
  const columns: string[] = [];
  for (let c = table.left; c <= right; c++) {
    const existing = items[c - table.left];
    const header = headers.get(c);
    if (existing !== undefined)
      columns.push(
        header === undefined
          ? existing.xml
          : existing.xml.replace(existing.tag, withAttribute(existing.tag, 'name', header)),
      );
    else columns.push(`<tableColumn id="${nextId++}" name="${xmlText(header ?? `Column${c}`)}"/>`);
  }
  const list = elements(table.xml, 'tableColumns')[0];
  let xml = table.xml;
  if (list !== undefined) {
    const open = withAttribute(list.tag, 'count', String(columns.length));
    xml = `${xml.slice(0, list.start)}${open}${columns.join('')}</tableColumns>${xml.slice(list.end)}`;
  }
  const tableTag = elements(xml, 'table')[0];
  const ref = boxAddress({ ...table.box, right });
  xml = xml.replace(tableTag.tag, withAttribute(tableTag.tag, 'ref', ref));
  const filter = elements(xml, 'autoFilter')[0];
  if (filter !== undefined) {
    const filterBox = parseBox(attribute(filter.tag, 'ref') ?? '');
    if (filterBox !== null)
      xml = xml.replace(
        filter.tag,
        withAttribute(filter.tag, 'ref', boxAddress({ ...filterBox, right })),
      );
  }
  return xml;
}
