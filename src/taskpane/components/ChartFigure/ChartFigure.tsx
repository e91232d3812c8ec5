// A chart as a figure: the chart, and its description as caption and accessible name.
import type { ChartFigureProps } from './ChartFigure.types';
import { useChartFigureStyles } from './useChartFigureStyles.styles';

export function ChartFigure({ description, children }: ChartFigureProps): JSX.Element {
  const styles = useChartFigureStyles();
  return (
    <figure className={styles.figure} aria-label={description}>
      {children}
      <figcaption className={styles.caption}>{description}</figcaption>
    </figure>
  );
}
