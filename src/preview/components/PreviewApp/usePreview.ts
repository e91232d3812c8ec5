// State of the preview page: the open workbook, the sheet shown, the highlighted cell, the theme, download.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Outcome } from '../../../core';
import type { ThemeName } from '../../../taskpane/lib/office-theme';
import { saveBytes } from '../../download';
import { useFileDrop } from '../../hooks/useFileDrop';
import { useIdentifyTiming } from '../../hooks/useIdentifyTiming';
import { packageSnapshot } from '../../sheet/package-snapshot';
import { parseAddress, snapshotOf } from '../../sheet/snapshot';
import type { CellSelection } from '../SheetView/SheetView.types';
import {
  downloadName,
  openFile,
  openSample,
  SAMPLE_NAME,
  type OpenWorkbook,
} from '../../workbook-source';

/** A failure as one sentence for the page: never a stack trace. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function systemTheme(): ThemeName {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches === true ? 'dark' : 'light';
}

export function usePreview() {
  const [workbook, setWorkbook] = useState<OpenWorkbook | null>(null);
  const [opening, setOpening] = useState<string | null>(SAMPLE_NAME);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState<ThemeName>(systemTheme);
  const [version, setVersion] = useState(0);
  const [chosenSheet, setChosenSheet] = useState<string | null>(null);
  const [selection, setSelection] = useState<(CellSelection & { sheet: string }) | null>(null);
  const [downloading, setDownloading] = useState(false);
  /** Whether the workbook holds results the panel wrote (Download saves them); a clear removes them. */
  const [hasResults, setHasResults] = useState(false);
  /** Counts the workbooks opened: a new one gets a fresh sheet view (scrolled to its corner). */
  const [serial, setSerial] = useState(0);
  const generation = useRef(0);
  const requests = useRef(0);

  const open = useCallback(async (name: string, opener: () => Promise<Outcome<OpenWorkbook>>) => {
    // Only the last file asked for is shown, however the loads finish.
    const mine = ++generation.current;
    setOpening(name);
    setError(null);
    try {
      const opened = await opener();
      if (mine !== generation.current) return;
      if (opened.kind === 'error') setError(`Could not open "${name}": ${opened.message}`);
      else {
        setWorkbook(opened.value);
        setHasResults(false);
        setSerial((n) => n + 1);
        setChosenSheet(null);
        setSelection(null);
      }
    } catch (thrown) {
      if (mine === generation.current) setError(`Could not open "${name}": ${messageOf(thrown)}`);
    } finally {
      if (mine === generation.current) setOpening(null);
    }
  }, []);

  const openUserFile = useCallback(
    (file: File) => void open(file.name, () => openFile(file)),
    [open],
  );
  const openSampleWorkbook = useCallback(() => void open(SAMPLE_NAME, openSample), [open]);
  useEffect(openSampleWorkbook, [openSampleWorkbook]);
  const dragging = useFileDrop(openUserFile);

  useEffect(
    () =>
      workbook?.host.subscribe((event) => {
        if (event.kind === 'changed') {
          setHasResults(event.cause === 'apply');
          return setVersion((v) => v + 1);
        }
        const at = parseAddress(event.address);
        if (at === null) return;
        setChosenSheet(event.sheet);
        setSelection({ sheet: event.sheet, ...at, request: ++requests.current });
      }),
    [workbook],
  );

  // Sheets come and go with the results (the summary sheet), hence the version.
  const sheets = useMemo(
    () => (workbook === null ? [] : workbook.host.file.sheetNames()),
    [workbook, version],
  );
  const sheetName =
    chosenSheet !== null && sheets.includes(chosenSheet) ? chosenSheet : (sheets[0] ?? null);
  const snapshot = useMemo(() => {
    if (workbook === null || sheetName === null) return null;
    // Until a run loads the workbook for writing, the view shows what the package reader read.
    const loaded = workbook.host.file.loadedWorkbook();
    if (loaded === undefined) {
      const view = workbook.host.file.sheetView(sheetName);
      return view === undefined ? null : packageSnapshot(view);
    }
    const sheet = loaded.getWorksheet(sheetName);
    return sheet === undefined ? null : snapshotOf(sheet);
  }, [workbook, sheetName, version]);

  const download = useCallback(async () => {
    if (workbook === null) return;
    setDownloading(true);
    try {
      const { bytes } = await workbook.host.file.toBuffer('xlsx');
      saveBytes(bytes, downloadName(workbook.fileName));
    } catch (thrown) {
      setError(`Could not write the workbook: ${messageOf(thrown)}`);
    } finally {
      setDownloading(false);
    }
  }, [workbook]);

  return {
    workbook,
    serial,
    opening,
    error,
    dismissError: () => setError(null),
    theme,
    setTheme,
    sheets,
    sheetName,
    chooseSheet: setChosenSheet,
    snapshot,
    selection: selection !== null && selection.sheet === sheetName ? selection : null,
    dragging,
    downloading,
    hasResults,
    download,
    openUserFile,
    openSampleWorkbook,
    identifiedIn: useIdentifyTiming(workbook?.host ?? null),
  };
}
