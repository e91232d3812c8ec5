// The Pareto chart: revenue share per account (or slice of accounts) as bars, the cumulative share as a line.
import { VerticalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { ParetoChartProps } from './ParetoChart.types';
import { ChartFigure } from '../ChartFigure/ChartFigure';
import { useParetoChart } from './useParetoChart';

export function ParetoChart(props: ParetoChartProps): JSX.Element {
  const data = useParetoChart(props);
  return (
    <ChartFigure description={data.description}>
      <VerticalBarChart
        chartTitle="Pareto chart: revenue share and cumulative share"
        data={data.points}
        height={220}
        hideLabels
        lineLegendText="Cumulative share (%)"
        lineLegendColor={tokens.colorPaletteDarkOrangeForeground1}
        secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: 100 }}
        yAxisTitle="Share of revenue (%)"
        secondaryYAxistitle="Cumulative (%)"
        xAxisTitle={data.grouped ? 'Accounts by revenue (top %)' : 'Accounts by revenue'}
        wrapXAxisLables
      />
    </ChartFigure>
  );
}
