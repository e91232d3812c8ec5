// State of ParetoChart: the bars and cumulative line, computed once per run (bar chart colours are theme tokens).
import { tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { paretoData } from '../../lib/chart-data';
import type { ParetoChartProps } from './ParetoChart.types';

export function useParetoChart({ result }: ParetoChartProps) {
  return useMemo(() => paretoData(result, tokens.colorBrandBackground), [result]);
}
