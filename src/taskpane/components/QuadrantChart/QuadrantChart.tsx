// The portfolio quadrant: every account by score (attractiveness) and current revenue, coloured by quadrant.
import { ScatterChart } from '@fluentui/react-charts';
import { ChartFigure } from '../ChartFigure/ChartFigure';
import type { QuadrantChartProps } from './QuadrantChart.types';
import { useQuadrantChart } from './useQuadrantChart';

export function QuadrantChart(props: QuadrantChartProps): JSX.Element {
  const data = useQuadrantChart(props);
  return (
    <ChartFigure description={data.description}>
      <ScatterChart
        data={data.chart}
        height={240}
        xAxisTitle="Score"
        yAxisTitle="Current revenue"
        xMinValue={0}
        yMinValue={0}
        enabledLegendsWrapLines
        xMaxValue={100}
      />
    </ChartFigure>
  );
}
