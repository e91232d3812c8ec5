// Props of Toolbar: the open file, and what the user can do with it.
import type { ThemeName } from '../../../taskpane/lib/office-theme';

export interface ToolbarProps {
  /** Name of the open workbook, or null before the first one is open. */
  readonly fileName: string | null;
  /** Name of the workbook being opened, or null. */
  readonly opening: string | null;
  readonly theme: ThemeName;
  readonly downloading: boolean;
  /** Whether the workbook holds results to download (written by the panel, not cleared since). */
  readonly hasResults: boolean;
  /** Milliseconds from the last click on "Identify key accounts" to its results on screen, or null. */
  readonly identifiedIn: number | null;
  readonly onOpenFile: (file: File) => void;
  readonly onOpenSample: () => void;
  readonly onDownload: () => void;
  readonly onTheme: (theme: ThemeName) => void;
}
