// The preview's toolbar: which workbook is open, open another (or the sample), download the result, theme, timing.
import {
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Switch,
  Text,
  Tooltip,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { ToolbarProps } from './Toolbar.types';
import { useToolbarStyles } from './useToolbarStyles.styles';

export function Toolbar(props: ToolbarProps): JSX.Element {
  const styles = useToolbarStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className={styles.root}>
      <Subtitle2 as="h1" className={styles.title}>
        Key Account Identifier · browser preview
      </Subtitle2>
      {props.opening !== null ? (
        <Spinner size="extra-tiny" label={`Opening ${props.opening}…`} />
      ) : (
        // An <output> (a status): screen readers hear which workbook was opened.
        <output className={styles.file} aria-label="Open workbook">
          {props.fileName ?? 'No workbook open'}
        </output>
      )}
      <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        Open .xlsx or .csv…
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label="Open a workbook (.xlsx or .csv)"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again opens it again.
          event.currentTarget.value = '';
          if (file !== undefined) props.onOpenFile(file);
        }}
      />
      <Button appearance="subtle" onClick={props.onOpenSample}>
        Sample
      </Button>
      <Caption1 className={styles.hint}>or drop a file on the page</Caption1>
      <span className={styles.spacer} />
      <Text className={styles.timing} role="status" aria-live="polite">
        {props.identifiedIn === null ? '' : `Identified in ${Math.round(props.identifiedIn)} ms`}
      </Text>
      <Tooltip
        relationship="description"
        content={
          props.hasResults
            ? 'Saves the workbook with the result columns and the KAM Summary sheet.'
            : 'No results to download: run "Identify key accounts" first.'
        }
      >
        {/* Focusable while disabled, so a keyboard user can reach it and hear why. */}
        <Button
          icon={<ArrowDownloadRegular />}
          disabledFocusable={!props.hasResults || props.downloading}
          onClick={props.onDownload}
        >
          Download .xlsx
        </Button>
      </Tooltip>
      <Switch
        label="Dark theme"
        checked={props.theme === 'dark'}
        onChange={(_, data) => props.onTheme(data.checked ? 'dark' : 'light')}
      />
    </header>
  );
}
