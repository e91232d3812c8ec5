// The portfolio quadrant: every account by score (attractiveness) and current revenue, coloured by quadrant.
import { ScatterChart } from '@fluentui/react-charts';
import { useQuadrantChartStyles } from './useQuadrantChartStyles.styles';
import type { QuadrantChartProps } from './QuadrantChart.types';
import { useQuadrantChart } from './useQuadrantChart';

export function QuadrantChart(props: QuadrantChartProps): JSX.Element {
  const data = useQuadrantChart(props);
  const styles = useQuadrantChartStyles();
  return (
    <figure className={styles.figure} aria-label={data.description}>
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
      <figcaption className={styles.caption}>{data.description}</figcaption>
    </figure>
  );
}
