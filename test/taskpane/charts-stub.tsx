// A stand-in for @fluentui/react-charts in component tests: records the props it gets (the data under test).
// The real charts need d3's ES modules and canvas text metrics; charts.test.tsx renders them once for real.
import type { ScatterChartProps, VerticalBarChartProps } from '@fluentui/react-charts';

export const rendered: { bars: VerticalBarChartProps[]; scatters: ScatterChartProps[] } = {
  bars: [],
  scatters: [],
};

export const DataVizPalette = {
  color1: 'qualitative.1',
  color2: 'qualitative.2',
  color3: 'qualitative.3',
  disabled: 'disabled',
};

export function VerticalBarChart(props: VerticalBarChartProps): JSX.Element {
  rendered.bars.push(props);
  return <div role="img" aria-label={props.chartTitle} />;
}

export function ScatterChart(props: ScatterChartProps): JSX.Element {
  rendered.scatters.push(props);
  return <div role="img" aria-label={props.data.chartTitle} />;
}
