// State of QuadrantChart: one scatter series per quadrant, computed once per run.
import { DataVizPalette } from '@fluentui/react-charts';
import { useMemo } from 'react';
import type { Quadrant } from '../../../core';
import { quadrantData } from '../../lib/chart-data';
import type { QuadrantChartProps } from './QuadrantChart.types';

/** Palette tokens, which the chart resolves for the light or dark theme. */
const QUADRANT_COLORS: Readonly<Record<Quadrant, string>> = {
  'Key account': DataVizPalette.color1,
  'Key development': DataVizPalette.color2,
  Maintenance: DataVizPalette.color3,
  Opportunistic: DataVizPalette.disabled,
};

export const QUADRANT_TITLE = 'Portfolio quadrant: score against current revenue';

export function useQuadrantChart({ result }: QuadrantChartProps) {
  return useMemo(() => quadrantData(result, QUADRANT_COLORS, QUADRANT_TITLE), [result]);
}
