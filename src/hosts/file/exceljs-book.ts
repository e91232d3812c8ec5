// The ExcelJS workbook as a SheetBook: what the read path asks once a write has loaded the workbook into ExcelJS.
import type { Workbook, Worksheet } from 'exceljs';
import type { Grid, RawCell, SheetBox } from '../../core';
import type { SheetBook, UncachedCell } from './book';
import { rowValues, sheetGrid } from './cells';
import { areasOf } from './markers';
import { sheetTables, type TableInfo } from './tables';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export class ExcelJsBook implements SheetBook<Worksheet, TableInfo> {
  constructor(readonly workbook: Workbook) {}

  sheets(): readonly Worksheet[] {
    return this.workbook.worksheets;
  }

  tables(sheet: Worksheet): readonly TableInfo[] {
    return sheetTables(sheet);
  }

  grid(sheet: Worksheet): Grid {
    return sheetGrid(sheet);
  }

  rowValues(sheet: Worksheet, row: number, first: number, last: number): RawCell[] {
    return rowValues(sheet, row, first, last);
  }

  definedAreas(name: string): SheetBox[] {
    return areasOf(this.workbook, name);
  }

  uncachedFormulas(sheet: Worksheet): readonly UncachedCell[] {
    const found: UncachedCell[] = [];
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value: unknown = cell.value;
        const formula = isRecord(value) && ('formula' in value || 'sharedFormula' in value);
        if (formula && value.result === undefined) found.push({ row: r, column: c });
      }),
    );
    return found;
  }
}
