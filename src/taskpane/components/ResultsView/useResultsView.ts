// State of ResultsView: summary cards, top key accounts and linked warnings, derived once per run.
import { useMemo } from 'react';
import { figureNotes, NOT_ENOUGH_DATA } from '../../../core';
import { describeOutput } from '../../../hosts/describe-output';
import { formatNumber, formatShare } from '../../lib/format';
import { linkedDiagnostics, resultSummary, topKeyAccounts } from '../../lib/results';
import type { ResultsViewProps } from './ResultsView.types';

export interface SummaryCard {
  readonly title: string;
  readonly value: string;
  readonly note: string;
}

/** The "Since last run" card: who entered and left the first band, when the run compared with was made. */
function sinceLastRun(result: ResultsViewProps['identification']['result']): SummaryCard[] {
  const c = result.changes;
  if (c === null) return [];
  const key = result.pipeline.tiers.names[0];
  return [
    {
      title: 'Since last run',
      value: `+${c.entered.length} / −${c.left.length}`,
      note: `${c.entered.length} entered ${key}, ${c.left.length} left it; ${c.new.length} new, ${c.gone.length} gone (since ${c.since.slice(0, 10)}${c.modelChanged ? '; the model changed' : ''})`,
    },
  ];
}

export function useResultsView({ identification }: ResultsViewProps) {
  const { result, capabilities } = identification;
  return useMemo(() => {
    const s = resultSummary(result);
    const cards: SummaryCard[] = [
      {
        title: `${s.keyTier} accounts`,
        value: formatNumber(s.keyAccounts),
        note: `of ${formatNumber(s.accounts)} accounts (${[
          ...s.tiers.map((t) => `${t.name} ${t.count}`),
          ...(s.notEnoughData > 0 ? [`${s.notEnoughData} without enough data`] : []),
        ].join(', ')})`,
      },
      {
        title: 'Their revenue share',
        value: formatShare(s.keyRevenueShare),
        note: `of total revenue comes from the ${s.keyTier} tier`,
      },
      {
        // The 80/20 statement is a sentence: its number goes big, the sentence below it.
        title: 'Accounts for 80% of revenue',
        value: formatShare(s.accountsFor80Share),
        note: `${s.paretoStatement}; the top 20% of accounts bring ${formatShare(s.top20Share)}`,
      },
      {
        title: 'Gini',
        value: formatNumber(s.gini, 2),
        note: '0 = revenue spread evenly, 1 = one account has it all',
      },
      ...sinceLastRun(result),
      {
        title: 'HHI',
        value: formatNumber(s.hhi),
        note: 'Sum of squared revenue shares × 10,000; above 2,500 is highly concentrated',
      },
    ];
    return {
      cards,
      top: topKeyAccounts(result),
      warnings: linkedDiagnostics(result),
      keyTier: s.keyTier,
      total: result.diagnostics.length,
      output: describeOutput(result.table.sheet, capabilities),
      filtered: s.filtered,
      // What a reader of the figures must know (data below the table not read, revenue that is
      // company size, currencies): said above the warnings, as the CLI and the summary sheet do.
      figureNotes: figureNotes(result.diagnostics).map((d) => ({
        text: d.message,
        intent: d.severity === 'info' ? ('info' as const) : ('warning' as const),
      })),
      lacking:
        s.notEnoughData === 0
          ? null
          : `${s.notEnoughData === 1 ? '1 account has' : `${s.notEnoughData} accounts have`} values for less than ${formatShare(s.minCoverage)} of the criteria weight: scored, but not ranked or tiered ("${NOT_ENOUGH_DATA}"). Fill in their missing values, or lower the minimum coverage under Criteria.`,
    };
  }, [result, capabilities]);
}
