// A WorkbookHost decorator over the file host: forwards every call and tells the preview when the sheet changed.
import type { WritePlan, Outcome } from '../core';
import type { FileWorkbookHost } from '../hosts/file';
import type * as port from '../hosts/port';
import type { WorkbookState } from '../hosts/state';

export type HostEvent =
  /** Result columns, rules or the summary sheet were written or removed: the sheet view must redraw. */
  | { readonly kind: 'changed'; readonly cause: 'apply' | 'clear' }
  /** The panel asked to show a cell (a diagnostic's link). */
  | { readonly kind: 'select'; readonly sheet: string; readonly address: string };

export type HostListener = (event: HostEvent) => void;

export class NotifyingHost implements port.WorkbookHost {
  private readonly listeners = new Set<HostListener>();

  constructor(
    /** The file host holding the workbook: the sheet view reads it, the download writes it. */
    readonly file: FileWorkbookHost,
  ) {}

  /** Subscribes to changes; returns the unsubscribe function (what a React effect's cleanup wants). */
  subscribe(listener: HostListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get state(): WorkbookState {
    return this.file.state;
  }

  capabilities(): Outcome<port.HostCapabilities> {
    return this.file.capabilities();
  }

  readTable(request?: port.TableRequest): Promise<Outcome<port.ReadTableResult>> {
    return this.file.readTable(request);
  }

  async apply(
    plan: WritePlan,
    onProgress?: port.ProgressCallback,
  ): Promise<Outcome<port.WriteNotes>> {
    const outcome = await this.file.apply(plan, onProgress);
    // A refused plan changed nothing, so there is nothing to redraw.
    if (outcome.kind === 'ok') this.emit({ kind: 'changed', cause: 'apply' });
    return outcome;
  }

  async clearResults(request?: port.TableRequest): Promise<Outcome<port.WriteNotes>> {
    const outcome = await this.file.clearResults(request);
    if (outcome.kind === 'ok') this.emit({ kind: 'changed', cause: 'clear' });
    return outcome;
  }

  /** The file host has no window; the preview's sheet view is the window, so it is told instead. */
  async selectCell(sheet: string, address: string): Promise<Outcome<void>> {
    this.emit({ kind: 'select', sheet, address });
    return { kind: 'ok', value: undefined };
  }

  private emit(event: HostEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
