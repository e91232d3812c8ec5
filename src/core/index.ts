// The core's public API: everything outside src/core imports from here (a lint rule forbids reaching past it).
// Data flows one way: a host's RawTable -> identify() -> RunResult -> planWrite() -> WritePlan -> host.apply().

// Results as values, and the problems found in the data.
export { type ErrorCode, type Outcome, assertNever, fail } from './outcome';
export { concatBytes } from './bytes';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics';
export { figureNotes, isFigureNote } from './diagnostics';

// table/: the table as hosts hand it over, A1 addresses, header matching.
export type { NumberLocale, RawCell, RawTable } from './table/types';
export { sheetRowOf } from './table/types';
export {
  type Box,
  type SheetBox,
  absoluteArea,
  absoluteCell,
  boxAddress,
  cellAddress,
  columnLetters,
  contains,
  parseAddress,
  parseBox,
  parseCellArea,
  singleColumnOf,
  parseUnion,
  sameName,
} from './table/a1';
export { findColumn, headerKey, isResultHeader } from './table/headers';
export { accountRows, type AccountRows, rowsWithData } from './table/account-rows';
export {
  applyFilter,
  describeFilter,
  type FilterChoice,
  filterChoices,
  mergeFilters,
  rowKept,
  valueText,
} from './table/filter';
export {
  type BlockShape,
  blockTable,
  findBlock,
  firstFreeColumn,
  type Grid,
  gridOf,
  HEADER_SCAN_ROWS,
  headerText,
} from './table/block';

// parse/: cells to numbers, ratings and labels, with cell-addressed diagnostics.
export { parseNumberCell, type ParsedValue } from './parse/cells';
export { ratingOf } from './parse/ratings';
export { cellParserFor, extractColumn, extractModeFor, type ExtractMode } from './parse/extract';

// columns/: which column names the accounts, which holds revenue, which can be criteria.
export {
  type ColumnDetection,
  type ColumnMatch,
  type CriterionCandidate,
  detectColumns,
} from './columns/detect';
export { customCriterionId } from './columns/custom';
export { isBlank, profileValues, sampleCells, type ValueProfile } from './columns/values';
export {
  columnLabels,
  MAX_MAPPED_LABELS,
  knownLabelOrder,
  type LabelOrder,
  spreadLabels,
  suggestNormalization,
} from './columns/suggest';
export { ORDINAL_VOCABULARIES, type OrdinalVocabulary } from './columns/ordinals';

// model/: the scoring model file format, the criteria catalogue, presets.
export {
  type AbcThresholds,
  type Criterion,
  type MissingPolicy,
  type Model,
  type ModelFile,
  type ModelInput,
  type RowFilter,
  rowFilterSchema,
  type NormalizeSpec,
  type TierPolicy,
  abcSchema,
  criterionSchema,
  DEFAULT_ABC,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_TIERS,
  describeIssues,
  MODEL_VERSION,
  modelSchema,
  parseModel,
  parseModelFile,
  parseModelJson,
  withoutByteOrderMark,
} from './model/schema';
export { completeModel, requireComplete } from './model/complete';
export {
  CRITERIA_CATALOGUE,
  type CriterionKind,
  type CriterionKindId,
  criterionKind,
  isCriterionKindId,
} from './model/catalogue';
export {
  CUSTOM_WEIGHT,
  findPreset,
  MAX_CRITERIA,
  MIN_CRITERIA,
  modelFromPreset,
  type Preset,
  type PresetName,
  PRESETS,
} from './model/presets';

// score/: normalisation (fit/apply), weighted scores, ranks, tiers, per-row scoring with a run's saved fits.
export {
  type Direction,
  directed,
  fitNormalization,
  type NormalizationFit,
  normalizeColumn,
  normalizeValue,
} from './score/normalize';
export { scoreAccounts } from './score/score';
export { NOT_ENOUGH_DATA } from './score/tiers';
export { reachesCoverage, reachesScore, SCORE_TOLERANCE } from './score/equality';
export { type CriterionMath, whyText } from './score/explain';
export {
  type Calibration,
  calibrationProblem,
  calibrationSchema,
  modelFingerprint,
  type RowScore,
  scoreRow,
  textFingerprint,
  tierFor,
} from './score/calibration';

// concentration/: the 80/20 figures and the portfolio quadrant.
export {
  abcClasses,
  accountsFor,
  analyzeConcentration,
  type ConcentrationAnalysis,
  gini,
  hhi,
  paretoCumulativeShares,
  paretoStatement,
  topShare,
} from './concentration/concentration';
export { NO_QUADRANT, type Quadrant, QUADRANTS } from './concentration/portfolio';

// run/: the one entry point of a run, its report, the what-if, KAM.SCORES' table scores.
export { DEFAULT_PRESET, identify, type IdentifyRequest, type RunResult } from './run/identify';
export {
  lacksData,
  type PipelineOptions,
  type PipelineResult,
  type PreparedCriterion,
  type PreparedInput,
  runPipeline,
  tierRevenueShare,
} from './run/pipeline';
export { createWhatIf, type WhatIf, type WhatIfSummary } from './run/what-if';
export { scoreTable } from './run/table-scores';
export { calibrationFrom, inputHeaders } from './run/calibrate';
export {
  abcLetter,
  type AccountReport,
  accountDrivers,
  accountMath,
  accountReport,
  buildReport,
  quadrantName,
  type RunReport,
  reportSchema,
  reportWithoutAccounts,
  type SensitivityReport,
  tierLabel,
  tierName,
} from './run/report';
export { reportJsonPieces } from './run/report-json';

// sql/: the model as one SQL query per warehouse dialect (kam sql, the DuckDB engine).
export {
  dialectRules,
  type DialectRules,
  isSqlDialect,
  SQL_DIALECTS,
  type SqlDialect,
} from './sql/dialect';
export {
  accountsSql,
  DEFAULT_SQL_TABLE,
  SQL_RESULT_COLUMNS,
  type SqlOptions,
  type StagedSql,
  stagedSql,
  summarySql,
} from './sql/query';
export {
  type FigureRow,
  SUMMARY_FIGURES,
  type SummaryFigure,
  type SummaryFigures,
  summaryFiguresOf,
  TIER_FIGURES,
} from './sql/figures';
export { checkTranslatable } from './sql/support';

// plan/: what a host writes back, as plain data.
export {
  columnWidth,
  planWrite,
  RESULT_COLUMNS,
  SCORE_SCALE_COLORS,
  SHARE_BAR_COLOR,
  STABILITY_BAR_COLOR,
  TIER_STYLES,
} from './plan/plan';
export { KEY_ACCOUNT_ROWS, METHODOLOGY_TITLE, type SummaryLinks } from './plan/summary';
export {
  type ConditionalFormatPlan,
  type ParetoChartPlan,
  type PlanValue,
  planValueAt,
  planValueList,
  type PlanValues,
  someText,
  type ResultColumnKey,
  type ResultColumnPlan,
  type SheetLayout,
  SUMMARY_SHEET_NAME,
  type SummaryCellPlan,
  type SummarySheetPlan,
  type WritePlan,
} from './plan/types';

// history/: what changed since the last run, from the snapshot each run leaves in the workbook.
export { changeText, compareRuns, type RunChanges } from './history/changes';
export { decodeSnapshot, encodeSnapshot } from './history/codec';
export {
  HISTORY_BUDGET,
  HISTORY_RUNS,
  historyNote,
  NO_HISTORY,
  readHistory,
  type RunHistory,
  type UpdatedHistory,
  withRun,
} from './history/history';
export { type RunSnapshot, snapshotFromReport, snapshotOf } from './history/snapshot';

// stability/: how much each tier depends on the weights (DESIGN 3.9).
export {
  BORDERLINE_STABILITY,
  type CriterionSensitivity,
  measureRunStability,
  type RunStability,
} from './stability/run-stability';
export {
  DEFAULT_STABILITY,
  drawsFor,
  MIN_STABILITY_DRAWS,
  STABILITY_WORK,
  type StabilityOptions,
  tierStability,
} from './stability/stability';
export { SENSITIVITY_DOWN, SENSITIVITY_UP, weightSensitivity } from './stability/sensitivity';
export {
  borderlineAccounts,
  changeWords,
  keptInWords,
  mostSensitive,
  sensitivityWords,
  signedPercent,
  stabilityHeadline,
} from './stability/words';
export { storedStability } from './stability/lookup';
export { seededUniform } from './stability/random';
