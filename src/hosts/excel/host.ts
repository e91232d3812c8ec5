// The Excel host: a WorkbookHost over Office.js, each operation one Excel.run with a fixed number of syncs.
import { parseBox, type WritePlan, type Outcome } from '../../core';
import type {
  HostCapabilities,
  ProgressCallback,
  ReadTableResult,
  TableRequest,
  WorkbookHost,
  WriteNotes,
} from '../port';
import { STATE_KEYS, WorkbookState } from '../state';
import { applyPlan } from './apply';
import { DEFAULT_PAYLOAD_BUDGET } from './chunks';
import { clearResults } from './clear';
import {
  detectFeatures,
  guarded,
  type ExcelFeatures,
  type ExcelRunner,
  type OfficeGlobals,
} from './office-api';
import { readTable } from './read';
import { settingsStore } from './settings';
import { readStateSheet, writeStateSheet } from './state-sheet';

export interface ExcelHostOptions {
  /** The `Excel` namespace (default: the global one); tests pass an office-addin-mock object. */
  readonly excel?: ExcelRunner;
  /** The `Office` namespace (default: the global one). */
  readonly office?: OfficeGlobals;
  /** Bytes of data one request may carry (default: half of Excel on the web's 5 MB limit). */
  readonly payloadBudget?: number;
}

function globalExcel(): ExcelRunner {
  if (typeof Excel === 'undefined')
    throw new Error('Office.js is not loaded: the Excel host needs to run inside Excel.');
  return Excel;
}

function globalOffice(): OfficeGlobals {
  if (typeof Office === 'undefined')
    throw new Error('Office.js is not loaded: the Excel host needs to run inside Excel.');
  return Office;
}

class OfficeWorkbookHost implements WorkbookHost {
  private readonly budget: number;
  readonly state: WorkbookState;

  constructor(private readonly options: ExcelHostOptions) {
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    // Document settings, with the state the CLI saved on its hidden sheet as fallback (one Excel.run, read only).
    this.state = new WorkbookState(
      settingsStore(
        () => this.office.context.document.settings,
        (key) =>
          this.run('read the state the command-line tool saved', async (context) => ({
            kind: 'ok',
            value: await readStateSheet(context, key),
          })),
        {
          keys: new Set([STATE_KEYS.history]),
          read: (key) =>
            this.run('read the run history', async (context) => ({
              kind: 'ok',
              value: await readStateSheet(context, key, this.budget),
            })),
          write: (key, text) =>
            this.run('save the run history', async (context) => {
              await writeStateSheet(context, key, text, this.budget);
              return { kind: 'ok', value: undefined };
            }),
        },
      ),
    );
  }

  private get excel(): ExcelRunner {
    return this.options.excel ?? globalExcel();
  }

  private get office(): OfficeGlobals {
    return this.options.office ?? globalOffice();
  }

  /** Runs one Excel.run after checking the requirement sets; every exception becomes an error Outcome. */
  private run<T>(
    doing: string,
    work: (context: Excel.RequestContext, features: ExcelFeatures) => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    return guarded(doing, async () => {
      const features = detectFeatures(this.office);
      if (features.kind === 'error') return features;
      return this.excel.run((context) => work(context, features.value));
    });
  }

  capabilities(): Outcome<HostCapabilities> {
    try {
      const features = detectFeatures(this.office);
      if (features.kind === 'error') return features;
      return {
        kind: 'ok',
        value: {
          charts: features.value.secondaryAxis,
          liveFormulas: true,
          tableColumns: features.value.tableResize,
        },
      };
    } catch (error) {
      return {
        kind: 'error',
        code: 'excel-failure',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  readTable(request: TableRequest = {}): Promise<Outcome<ReadTableResult>> {
    return this.run('read the account table', (context, features) =>
      readTable(context, request, features, this.budget),
    );
  }

  apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>> {
    return this.run('write the results', (context, features) =>
      applyPlan(context, plan, { features, budget: this.budget }, onProgress),
    );
  }

  clearResults(request: TableRequest = {}): Promise<Outcome<WriteNotes>> {
    return this.run('clear the results', (context, features) =>
      clearResults(context, request, { features, budget: this.budget }),
    );
  }

  selectCell(sheet: string, address: string): Promise<Outcome<void>> {
    return this.run(`select ${address}`, async (context) => {
      const box = parseBox(address);
      if (box === null)
        return {
          kind: 'error',
          code: 'bad-address',
          message: `"${address}" is not a cell address.`,
        };
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject)
        return { kind: 'error', code: 'no-sheet', message: `There is no sheet called "${sheet}".` };
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
      return { kind: 'ok', value: undefined };
    });
  }
}

/** The Excel host over Office.js: the globals by default, injected namespaces in tests. */
export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  return new OfficeWorkbookHost(options);
}
