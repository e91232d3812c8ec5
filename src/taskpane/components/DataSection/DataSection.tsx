// The Data section: which table was found, its account and revenue columns (with the detection's confidence), the row filter and the data quality.
import { Caption1, Link, Text } from '@fluentui/react-components';
import { ColumnPicker } from '../ColumnPicker/ColumnPicker';
import { PanelSection } from '../PanelSection/PanelSection';
import { RowFilter } from '../RowFilter/RowFilter';
import type { DataSectionProps } from './DataSection.types';
import { PROBLEMS_SHOWN, useDataSection } from './useDataSection';
import { useDataSectionStyles } from './useDataSectionStyles.styles';

export function DataSection(props: DataSectionProps): JSX.Element {
  const state = useDataSection(props);
  const styles = useDataSectionStyles();
  const where =
    state.tableName === null
      ? `sheet "${state.sheet}"`
      : `table "${state.tableName}" on sheet "${state.sheet}"`;
  return (
    <PanelSection id="data" title="Data">
      <Text
        className={styles.summary}
      >{`${state.accounts} accounts in ${where} (rows ${state.firstRow}–${state.lastRow}).`}</Text>
      {state.choices.map((choice) => (
        <ColumnPicker key={choice.label} {...choice} columns={state.columns} />
      ))}
      <Caption1 className={styles.reason}>
        Each criterion's column is chosen in its card under Criteria.
      </Caption1>
      <RowFilter
        table={props.source.table}
        filter={props.editor.draft.filter}
        onChange={props.editor.setFilter}
      />
      <div className={styles.quality} role="group" aria-label="Data quality">
        <Text weight="semibold">Data quality</Text>
        {state.quality === null && (
          <Caption1>Choose the revenue column to check the data.</Caption1>
        )}
        {state.quality !== null && state.quality.length === 0 && (
          <Text className={styles.ok}>Every cell the model uses could be read.</Text>
        )}
        {state.quality?.map((q) => {
          const open = state.isExpanded(q.column);
          const shown = open ? q.problems : q.problems.slice(0, PROBLEMS_SHOWN);
          return (
            <div key={q.column}>
              <Text>
                <strong>{q.column}</strong>
                {q.unreadable > 0
                  ? `: ${q.unreadable} ${q.unreadable === 1 ? 'cell' : 'cells'} could not be read`
                  : `: ${q.problems.length} ${q.problems.length === 1 ? 'note' : 'notes'}`}
              </Text>
              <ul className={styles.problems}>
                {shown.map((d) => (
                  <li key={`${d.cell}-${d.code}`} className={styles.problem}>
                    <Link
                      as="button"
                      onClick={() => state.onSelectCell(d.cell)}
                      aria-label={`Go to cell ${d.cell}: ${d.message}`}
                    >
                      {d.cell}
                    </Link>{' '}
                    <Caption1>{d.message}</Caption1>
                  </li>
                ))}
                {q.notes.map((note) => (
                  <li key={note}>
                    <Caption1>{note}</Caption1>
                  </li>
                ))}
              </ul>
              {q.problems.length > PROBLEMS_SHOWN && (
                <Link as="button" onClick={() => state.toggle(q.column)} aria-expanded={open}>
                  {open ? 'Show fewer' : `Show all ${q.problems.length}`}
                </Link>
              )}
            </div>
          );
        })}
      </div>
    </PanelSection>
  );
}
