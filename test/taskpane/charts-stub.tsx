// A stand-in for @fluentui/react-charts in component tests: records the props it gets (the data under test).
// The real charts need d3's ES modules and canvas text metrics; charts.test.tsx renders them once for real.
import type { VerticalBarChartProps } from '@fluentui/react-charts';

export const rendered: { bars: VerticalBarChartProps[] } = { bars: [] };

export function VerticalBarChart(props: VerticalBarChartProps): JSX.Element {
  rendered.bars.push(props);
  return <div role="img" aria-label={props.chartTitle} />;
}
