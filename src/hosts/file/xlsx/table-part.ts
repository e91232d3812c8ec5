// An Excel table part (xl/tables/tableN.xml) with OOXML's defaults: headerRowCount 1 and totalsRowCount 0 when absent.
import { parseCellArea, type Box } from '../../../core';
import type { BookTable } from '../book';
import { attribute, cellText, elements } from './xml';

export interface TablePart extends BookTable {
  /** The part's path in the package, for a writer that patches it. */
  readonly path: string;
  /** The table's filter range; null when its filter buttons are off. */
  readonly autoFilter: Box | null;
}

/** Reads a table part; null when it has no usable name or range. */
export function parseTablePart(xml: string, path: string): TablePart | null {
  const root = elements(xml, 'table')[0];
  if (root === undefined) return null;
  const name = attribute(root.tag, 'displayName') ?? attribute(root.tag, 'name');
  const ref = parseCellArea(attribute(root.tag, 'ref') ?? '');
  if (name === undefined || ref === null) return null;
  // ECMA-376 CT_Table: headerRowCount defaults to 1 (Excel leaves it out), totalsRowCount to 0.
  const headerRowCount = Number(attribute(root.tag, 'headerRowCount') ?? 1);
  const totalsRowCount = Number(attribute(root.tag, 'totalsRowCount') ?? 0);
  const columns = elements(root.inner, 'tableColumn').map(({ tag }) =>
    cellText(attribute(tag, 'name') ?? ''),
  );
  const filter = elements(root.inner, 'autoFilter')[0];
  return {
    name,
    path,
    top: ref.top,
    left: ref.left,
    bottom: ref.bottom,
    right: ref.right,
    headerRow: headerRowCount > 0,
    totalsRow: totalsRowCount > 0,
    columns,
    autoFilter: filter === undefined ? null : parseCellArea(attribute(filter.tag, 'ref') ?? ''),
  };
}
