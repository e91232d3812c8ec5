// An in-memory WorkbookHost for taskpane tests: holds a RawTable, records every call; the real core does the work.
import {
  type ErrorCode,
  parseModel,
  type Model,
  type WritePlan,
  type Outcome,
  type RawTable,
} from '../../src/core';
import type {
  HostCapabilities,
  ProgressCallback,
  ReadTableResult,
  TableRequest,
  WorkbookHost,
  WriteNotes,
} from '../../src/hosts/port';
import { STATE_KEYS, WorkbookState } from '../../src/hosts/state';
import { MemoryStore } from '../support/memory-store';

const OK: Outcome<void> = { kind: 'ok', value: undefined };

/**
 * Twelve accounts on sheet "Accounts" (header on row 1, column A), with the columns of DESIGN 1.
 * One ARR cell (C6, Litware) reads "lots": unreadable, reported with its address.
 */
export const ACCOUNTS: RawTable = {
  sheet: 'Accounts',
  tableName: 'AccountTable',
  headerRow: 1,
  firstColumn: 1,
  headers: [
    'Account',
    'Region',
    'ARR',
    'Revenue potential',
    'Product fit',
    'Relationship',
    'Credit rating',
    'Cost to serve',
  ],
  rows: [
    ['Northwind Traders', 'EMEA', 420000, 900000, 5, 'High', 'AA', 30000],
    ['Contoso Pharma', 'Americas', 380000, 500000, 4, 'High', 'A', 45000],
    ['Fabrikam Logistics', 'EMEA', 150000, 800000, 5, 'Medium', 'BBB', 12000],
    ['Adatum Insurance', 'APAC', 90000, 150000, 2, 'Low', 'BB', 20000],
    ['Litware Systems', 'Americas', 'lots', 300000, 3, 'Medium', 'A-', 15000],
    ['Proseware Labs', 'EMEA', 60000, 700000, 4, 'High', 'BBB+', 8000],
    ['Tailspin Airlines', 'APAC', 610000, 200000, 2, 'Low', 'B', 90000],
    ['Wingtip Retail', 'Americas', 45000, 90000, 3, 'Medium', 'BB+', 9000],
    ['Woodgrove Bank', 'EMEA', 270000, 400000, 4, 'Medium', 'AA-', 25000],
    ['Alpine Ski House', 'EMEA', 30000, 60000, 1, 'Low', 'CCC', 7000],
    ['Blue Yonder Freight', 'APAC', 120000, 350000, 3, 'High', 'A+', 11000],
    ['Coho Winery', 'Americas', 20000, 40000, 2, 'Low', 'BB-', 5000],
  ],
};

/** A parsed model, or a thrown error naming what is wrong (test fixtures only). */
export function model(input: unknown): Model {
  const parsed = parseModel(input);
  if (parsed.kind !== 'ok') throw new Error(parsed.message);
  return parsed.value;
}

/** Three criteria over ACCOUNTS: ARR (money), Product fit (1-5), Relationship (rating words). */
export const FIT_AND_ARR = model({
  version: 1,
  name: 'Fit and ARR',
  idColumn: 'Account',
  revenueColumn: 'ARR',
  criteria: [
    { id: 'arr', column: 'ARR', weight: 3, normalize: { method: 'log-minmax' } },
    {
      id: 'product-fit',
      column: 'Product fit',
      weight: 2,
      normalize: { method: 'scale', min: 1, max: 5 },
    },
    {
      id: 'relationships',
      column: 'Relationship',
      weight: 1,
      normalize: { method: 'rating', min: 1, max: 5 },
    },
  ],
});

export interface FakeHostOptions {
  /** Makes readTable fail with this Outcome error. */
  readonly readError?: { readonly code: ErrorCode; readonly message: string };
  /** What apply reports it could not do as planned. */
  readonly applyNotes?: readonly string[];
  /** Makes apply fail with this Outcome error. */
  readonly applyError?: { readonly code: ErrorCode; readonly message: string };
  /** Reads after the first (the panel has loaded; these are the runs') wait for this: to test cancel. */
  readonly readGate?: Promise<void>;
  readonly savedModel?: Model;
  readonly library?: readonly Model[];
}

export class FakeHost implements WorkbookHost {
  readonly applied: WritePlan[] = [];
  readonly cleared: (TableRequest | undefined)[] = [];
  readonly selected: { sheet: string; address: string }[] = [];
  readonly reads: (TableRequest | undefined)[] = [];
  readonly store: MemoryStore;
  readonly state: WorkbookState;
  private readonly options: FakeHostOptions;

  constructor(
    readonly table: RawTable = ACCOUNTS,
    options: FakeHostOptions = {},
  ) {
    this.options = options;
    this.store = new MemoryStore({
      [STATE_KEYS.model]: options.savedModel ? JSON.stringify(options.savedModel) : null,
      [STATE_KEYS.library]: JSON.stringify(options.library ?? []),
    });
    this.state = new WorkbookState(this.store);
  }

  /** The models saved as the active model, in order. */
  get saved(): Model[] {
    return this.store.writes
      .map((entries) => entries[STATE_KEYS.model])
      .filter((text): text is string => text !== undefined)
      .map((text) => JSON.parse(text) as Model);
  }

  capabilities(): Outcome<HostCapabilities> {
    return { kind: 'ok', value: { charts: true, liveFormulas: true, tableColumns: true } };
  }

  async readTable(request?: TableRequest): Promise<Outcome<ReadTableResult>> {
    this.reads.push(request);
    if (this.options.readGate !== undefined && this.reads.length > 1) await this.options.readGate;
    if (this.options.readError !== undefined) return { kind: 'error', ...this.options.readError };
    const layout = {
      ownedColumns: {},
      firstFreeColumn: this.table.firstColumn + this.table.headers.length,
    };
    return { kind: 'ok', value: { table: this.table, layout } };
  }

  async apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>> {
    this.applied.push(plan);
    onProgress?.(1, 'Writing results');
    return this.options.applyError === undefined
      ? { kind: 'ok', value: { notes: this.options.applyNotes ?? [] } }
      : { kind: 'error', ...this.options.applyError };
  }

  async clearResults(request?: TableRequest): Promise<Outcome<WriteNotes>> {
    this.cleared.push(request);
    return { kind: 'ok', value: { notes: [] } };
  }

  async selectCell(sheet: string, address: string): Promise<Outcome<void>> {
    this.selected.push({ sheet, address });
    return OK;
  }
}
