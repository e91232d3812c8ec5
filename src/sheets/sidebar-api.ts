// The server functions the sidebar calls through google.script.run: each one Apps Script execution,
// synchronous, taking checked arguments and returning an Outcome (plain data google.script.run can carry).
// The sidebar's client is typed from SidebarApi, so the two sides cannot disagree.
import type { Outcome, RawCell } from '../core';
import type { HostCapabilities, StoredText, WriteNotes } from '../hosts/port';
import type { SheetsWorkbookHost } from '../hosts/sheets';
import {
  cellSchema,
  checked,
  planFrameSchema,
  rowBlockSchema,
  rowsRequestSchema,
  rowsTargetSchema,
  stateEntriesSchema,
  stateKeySchema,
  tableRequestSchema,
} from './sidebar-schemas';
import { pageRows, type RowsRequest, type TablePage } from './sidebar-protocol';

function then<T, U>(outcome: Outcome<T>, next: (value: T) => Outcome<U>): Outcome<U> {
  return outcome.kind === 'error' ? outcome : next(outcome.value);
}

/** The sidebar's server functions over a host made for each call (each call is its own execution). */
export function sidebarApi(host: () => SheetsWorkbookHost, showMethodology: () => void) {
  return {
    kamCapabilities(): Outcome<HostCapabilities> {
      return host().capabilities();
    },
    kamReadTable(request?: unknown): Outcome<TablePage> {
      return then(checked(tableRequestSchema, request, 'a table request'), (wanted) =>
        then(host().readTableNow(wanted), ({ table, layout }) => ({
          kind: 'ok',
          value: {
            table: { ...table, rows: table.rows.slice(0, pageRows(table.headers.length)) },
            layout,
            totalRows: table.rows.length,
          },
        })),
      );
    },
    kamReadRows(request: RowsRequest): Outcome<RawCell[][]> {
      return then(checked(rowsRequestSchema, request, 'a row request'), (r) =>
        host().readRowsNow(r.sheet, {
          top: r.top,
          left: r.left,
          bottom: r.top + r.count - 1,
          right: r.right,
        }),
      );
    },
    kamBeginWrite(frame: unknown): Outcome<WriteNotes> {
      return then(checked(planFrameSchema, frame, 'a write plan'), (f) => host().beginWrite(f));
    },
    kamWriteRows(target: unknown, block: unknown): Outcome<void> {
      return then(checked(rowsTargetSchema, target, 'a write target'), (t) =>
        then(checked(rowBlockSchema, block, 'rows to write'), (b) => host().writeRows(t, b)),
      );
    },
    kamFinishWrite(frame: unknown): Outcome<WriteNotes> {
      return then(checked(planFrameSchema, frame, 'a write plan'), (f) => host().finishWrite(f));
    },
    kamClearResults(request?: unknown): Outcome<WriteNotes> {
      return then(checked(tableRequestSchema, request, 'a table request'), (wanted) =>
        host().clearNow(wanted),
      );
    },
    kamReadState(key: string): Outcome<StoredText> {
      return then(checked(stateKeySchema, key, 'a state key'), (k) => host().readStateNow(k));
    },
    kamWriteState(entries: Readonly<Record<string, string>>): Outcome<void> {
      return then(checked(stateEntriesSchema, entries, 'state to save'), (e) =>
        host().writeStateNow(e),
      );
    },
    kamSelectCell(sheet: string, address: string): Outcome<void> {
      return then(checked(cellSchema, { sheet, address }, 'a cell'), (c) =>
        host().selectCellNow(c.sheet, c.address),
      );
    },
    /** The panel's "How the numbers are computed": a dialog, since the sidebar has no pages beside it. */
    kamShowMethodology(): Outcome<void> {
      showMethodology();
      return { kind: 'ok', value: undefined };
    },
  };
}

/** The server functions by name, as the sidebar's client calls them. */
export type SidebarApi = ReturnType<typeof sidebarApi>;
