// A model file made complete: a criterion that left out `normalize` gets the method its column's values suggest (DESIGN 4.1).
import { customCandidate } from '../columns/custom';
import { headerWords } from '../columns/header-words';
import { suggestNormalization } from '../columns/suggest';
import { profileValues, sampleCells } from '../columns/values';
import type { Outcome } from '../outcome';
import { findColumn } from '../table/headers';
import type { RawTable } from '../table/types';
import { criterionKind, isCriterionKindId } from './catalogue';
import type { CriterionFile, Model, ModelFile, NormalizeSpec } from './schema';

const METHODS = 'minmax, log-minmax, percentile, scale, categorical, recency or rating';

function named(criterion: CriterionFile, position: number): string {
  return `criterion ${position + 1} (${criterion.label ?? criterion.column})`;
}

/**
 * What detection would suggest for the column: as the catalogue kind the criterion's id names (so
 * "arr" reads money on a log scale), otherwise as any other scorable column (numbers, picklists,
 * yes/no, dates). Null for free text, identifiers and empty columns.
 */
function suggestedNormalize(
  criterion: CriterionFile,
  table: RawTable,
  index: number,
): NormalizeSpec | null {
  const profile = profileValues(sampleCells(table, index), table);
  if (isCriterionKindId(criterion.id)) {
    const suggestion = suggestNormalization(criterionKind(criterion.id), profile, table, index);
    if (suggestion !== null) return suggestion.normalize;
  }
  const header = table.headers[index];
  return (
    customCandidate({ index, header, words: headerWords(header), profile }, table)?.normalize ??
    null
  );
}

/**
 * Fills in each left-out `normalize` from the table's values. A column the model names but the table
 * lacks is left for the run to refuse (with the table's headers); a column with nothing to suggest
 * from is refused here, saying what to write.
 */
export function completeModel(file: ModelFile, table: RawTable): Outcome<Model> {
  const criteria: Model['criteria'] = [];
  for (const [position, criterion] of file.criteria.entries()) {
    if (criterion.normalize !== undefined) {
      criteria.push({ ...criterion, normalize: criterion.normalize });
      continue;
    }
    const index = findColumn(table.headers, criterion.column);
    // The run names the missing column with the table's headers; any method does until then.
    const normalize: NormalizeSpec | null =
      index < 0 ? { method: 'minmax' } : suggestedNormalize(criterion, table, index);
    if (normalize === null)
      return {
        kind: 'error',
        code: 'model-invalid',
        message: `The model is not valid: ${named(criterion, position)}: normalize is left out, and the column "${criterion.column}" holds no numbers, known labels, yes/no or dates to suggest a method from. Give it, e.g. "normalize": {"method": "categorical", "map": {"High": 1, "Low": 0}} (methods: ${METHODS}).`,
      };
    criteria.push({ ...criterion, normalize });
  }
  return { kind: 'ok', value: { ...file, criteria } };
}

/**
 * The model file as a complete model where no table is at hand to suggest from (kam sql): a left-out
 * `normalize` is refused, naming the criterion and what to write.
 */
export function requireComplete(file: ModelFile, why: string): Outcome<Model> {
  const criteria: Model['criteria'] = [];
  for (const c of file.criteria)
    if (c.normalize !== undefined) criteria.push({ ...c, normalize: c.normalize });
  if (criteria.length === file.criteria.length) return { kind: 'ok', value: { ...file, criteria } };
  const position = file.criteria.findIndex((c) => c.normalize === undefined);
  return {
    kind: 'error',
    code: 'model-invalid',
    message: `${named(file.criteria[position], position)}: normalize is left out, and ${why}. Give it, e.g. "normalize": {"method": "minmax"} (methods: ${METHODS}).`,
  };
}
