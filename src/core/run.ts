// One identification from a host's table to a write plan: the model (given, or built from a preset
// over the detected columns), the run, the plan. Shared by the CLI, the taskpane and the ribbon.
import { type ColumnDetection, detectColumns } from './columns';
import { identify, type RunResult } from './identify';
import type { Model } from './model';
import { planWrite } from './plan';
import type { SheetLayout, WritePlan } from './plan-types';
import { findPreset, modelFromPreset, PRESETS } from './presets';
import type { Diagnostic, Outcome, RawTable } from './types';

export const DEFAULT_PRESET = 'balanced';

export interface IdentifyRequest {
  /** A model to apply as it is. */
  readonly model?: Model;
  /** Otherwise, the preset to build a model from over the detected columns (default: Balanced). */
  readonly preset?: string;
}

export interface Identification {
  readonly result: RunResult;
  readonly plan: WritePlan;
  readonly detection: ColumnDetection;
}

/** The model a request asks for: the given one, or one built from a preset over the detection. */
export function resolveModel(
  table: RawTable,
  detection: ColumnDetection,
  request: IdentifyRequest,
): Outcome<{ readonly model: Model; readonly warnings: readonly Diagnostic[] }> {
  if (request.model !== undefined)
    return { kind: 'ok', value: { model: request.model, warnings: [] } };
  const name = request.preset ?? DEFAULT_PRESET;
  const preset = findPreset(name);
  if (preset === undefined) {
    return {
      kind: 'error',
      code: 'unknown-preset',
      message: `There is no preset called "${name}". Presets: ${PRESETS.map((p) => p.name).join(', ')}.`,
    };
  }
  return modelFromPreset(preset, detection, table);
}

export function runIdentification(
  table: RawTable,
  layout: SheetLayout,
  request: IdentifyRequest = {},
): Outcome<Identification> {
  const detection = detectColumns(table);
  const resolved = resolveModel(table, detection, request);
  if (resolved.kind === 'error') return resolved;
  const outcome = identify(table, resolved.value.model, {
    id: detection.id,
    revenue: detection.revenue,
  });
  if (outcome.kind === 'error') return outcome;
  // The preset's own criteria-count warning names the columns, so it replaces the generic one.
  const warnings = resolved.value.warnings;
  const presetCounted = warnings.some((w) => w.code === 'criteria-count');
  const result: RunResult = {
    ...outcome.value,
    diagnostics: [
      ...warnings,
      ...outcome.value.diagnostics.filter((d) => !(presetCounted && d.code === 'criteria-count')),
    ],
  };
  return { kind: 'ok', value: { result, plan: planWrite(result, layout), detection } };
}
