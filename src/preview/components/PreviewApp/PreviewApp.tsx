// The preview page: the real taskpane beside a sheet view of the workbook the file host holds in the browser.
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { SheetView } from '../SheetView/SheetView';
import { TaskpaneMount } from '../TaskpaneMount/TaskpaneMount';
import { Toolbar } from '../Toolbar/Toolbar';
import { usePreview } from './usePreview';
import { usePreviewStyles } from './usePreviewStyles.styles';

export function PreviewApp(): JSX.Element {
  const state = usePreview();
  const styles = usePreviewStyles();
  const { workbook, snapshot } = state;
  return (
    // The page's layout is on a div of its own: Fluent gives the provider's classes to the portals it
    // mounts (the toolbar's tooltip), which would then cover the page.
    <FluentProvider theme={state.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <Toolbar
          fileName={workbook?.fileName ?? null}
          opening={state.opening}
          theme={state.theme}
          downloading={state.downloading}
          hasResults={state.hasResults}
          identifiedIn={state.identifiedIn}
          onOpenFile={state.openUserFile}
          onOpenSample={state.openSampleWorkbook}
          onDownload={() => void state.download()}
          onTheme={state.setTheme}
        />
        {state.error !== null && (
          <MessageBar intent="error" className={styles.message}>
            <MessageBarBody>{state.error}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label="Dismiss"
                  icon={<DismissRegular />}
                  onClick={state.dismissError}
                />
              }
            />
          </MessageBar>
        )}
        <div className={styles.main}>
          <aside className={styles.panel} aria-label="Taskpane" data-testid="taskpane">
            {workbook !== null && <TaskpaneMount host={workbook.host} theme={state.theme} />}
          </aside>
          <section
            className={styles.sheet}
            aria-label={workbook === null ? 'Workbook' : `Workbook ${workbook.fileName}`}
          >
            {snapshot === null ? (
              <Spinner
                className={styles.waiting}
                label={state.opening === null ? 'No workbook open' : 'Opening the workbook…'}
              />
            ) : (
              // A new workbook or sheet starts scrolled to its top-left corner, as in Excel.
              <SheetView
                key={`${state.serial}:${snapshot.name}`}
                sheet={snapshot}
                selection={state.selection}
              />
            )}
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={state.sheetName ?? ''}
              onTabSelect={(_, data) => state.chooseSheet(String(data.value))}
              aria-label="Sheets"
            >
              {state.sheets.map((name) => (
                <Tab key={name} value={name}>
                  {name}
                </Tab>
              ))}
            </TabList>
          </section>
        </div>
        {state.dragging && (
          <div className={styles.drop} aria-hidden>
            Drop an .xlsx or .csv file to open it
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
