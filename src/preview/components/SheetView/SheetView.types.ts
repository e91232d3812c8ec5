// Props of SheetView: the sheet to show and the cell the panel asked to show.
import type { SheetSnapshot } from '../../sheet/snapshot';

export interface CellSelection {
  readonly row: number;
  readonly column: number;
  /** Changes on every request, so asking for the same cell again scrolls to it again. */
  readonly request: number;
}

export interface SheetViewProps {
  readonly sheet: SheetSnapshot;
  /** The highlighted cell, on this sheet; null for none. */
  readonly selection: CellSelection | null;
}
