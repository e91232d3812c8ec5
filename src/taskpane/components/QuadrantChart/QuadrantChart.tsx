// The portfolio quadrant: every account by score and current revenue, the two boundaries, the four quadrants named.
import { mergeClasses } from '@fluentui/react-components';
import type { Quadrant } from '../../../core';
import { ChartFigure } from '../ChartFigure/ChartFigure';
import { Label, Segment } from './svg-parts';
import type { QuadrantChartProps } from './QuadrantChart.types';
import { pointLabel, QUADRANT_TITLE, useQuadrantChart, VIEW } from './useQuadrantChart';
import { useQuadrantChartStyles } from './useQuadrantChartStyles.styles';

const FILLS: Readonly<
  Record<Quadrant, 'keyAccount' | 'keyDevelopment' | 'maintenance' | 'opportunistic'>
> = {
  'Key account': 'keyAccount',
  'Key development': 'keyDevelopment',
  Maintenance: 'maintenance',
  Opportunistic: 'opportunistic',
};

export function QuadrantChart(props: QuadrantChartProps): JSX.Element {
  const state = useQuadrantChart(props);
  const styles = useQuadrantChartStyles();
  const { layout } = state;
  const log = layout.revenueAxis.scale === 'log';
  return (
    <ChartFigure description={layout.description}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="group"
        aria-label={QUADRANT_TITLE}
        data-revenue-scale={layout.revenueAxis.scale}
      >
        <g aria-hidden="true">
          {layout.revenueAxis.ticks.map((t) => (
            <g key={`y${t.label}`} data-axis="revenue">
              <Segment
                className={styles.grid}
                x={[VIEW.left, VIEW.right]}
                y={[state.y(t.at), state.y(t.at)]}
              />
              <Label
                className={styles.tick}
                x={VIEW.left - 4}
                y={state.y(t.at) + 3}
                anchor="end"
                text={t.label}
              />
            </g>
          ))}
          {layout.scoreTicks.map((t) => (
            <g key={`x${t.label}`} data-axis="score">
              <Label
                className={styles.tick}
                x={state.x(t.at * 100)}
                y={VIEW.bottom + 13}
                anchor="middle"
                text={t.label}
              />
            </g>
          ))}
          <Segment
            className={styles.axis}
            x={[VIEW.left, VIEW.right]}
            y={[VIEW.bottom, VIEW.bottom]}
          />
          <Segment className={styles.axis} x={[VIEW.left, VIEW.left]} y={[VIEW.top, VIEW.bottom]} />
          <Label
            className={styles.title}
            x={(VIEW.left + VIEW.right) / 2}
            y={VIEW.height - 10}
            anchor="middle"
            text="Score"
          />
          <Label
            className={styles.title}
            x={4}
            y={12}
            text={log ? 'Current revenue (log scale)' : 'Current revenue'}
          />
          {state.boundaries.map((b) => (
            <g key={b.key} data-boundary={b.key}>
              <Segment
                className={b.kind === 'band' ? styles.band : styles.boundary}
                x={[b.x1, b.x2]}
                y={[b.y1, b.y2]}
              />
              <Label
                className={b.kind === 'band' ? styles.bandLabel : styles.boundaryLabel}
                x={b.label.x}
                y={b.label.y}
                anchor={b.label.anchor}
                text={b.label.text}
              />
            </g>
          ))}
          {state.corners.map((c) => (
            <text
              key={c.quadrant}
              data-quadrant={c.quadrant}
              className={mergeClasses(styles.corner, styles[FILLS[c.quadrant]])}
              x={c.right ? VIEW.right - 2 : VIEW.left + 4}
              y={c.top ? VIEW.top + 12 : VIEW.bottom - 4}
              textAnchor={c.right ? 'end' : 'start'}
            >
              {`${c.quadrant} (${c.count})`}
            </text>
          ))}
        </g>
        <g role="list" aria-label="Accounts, by score" onKeyDown={state.onKeyDown}>
          {layout.points.map((point, k) => (
            <circle
              key={point.account}
              role="listitem"
              aria-label={pointLabel(point)}
              data-point={k}
              tabIndex={k === state.active ? 0 : -1}
              className={mergeClasses(styles.point, styles[FILLS[point.quadrant]])}
              cx={state.x(point.score)}
              cy={state.revenueY(point.revenue)}
              r={4}
              onFocus={() => state.onFocusPoint(k)}
              onBlur={state.onBlur}
              onMouseEnter={() => state.onHoverPoint(k)}
              onMouseLeave={() => state.onHoverPoint(null)}
            />
          ))}
        </g>
      </svg>
      <p className={styles.readout} data-testid="quadrant-readout">
        {state.shown === null
          ? 'Tab to the dots, then use the arrow keys to read each account.'
          : pointLabel(state.shown)}
      </p>
    </ChartFigure>
  );
}
