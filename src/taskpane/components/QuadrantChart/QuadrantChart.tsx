// The portfolio quadrant: every account by score and current revenue, the two boundaries, the four quadrants named.
import { mergeClasses } from '@fluentui/react-components';
import type { Quadrant } from '../../../core';
import { ChartFigure } from '../ChartFigure/ChartFigure';
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
              <line
                className={styles.grid}
                x1={VIEW.left}
                x2={VIEW.right}
                y1={state.y(t.at)}
                y2={state.y(t.at)}
              />
              <text
                className={styles.tick}
                x={VIEW.left - 4}
                y={state.y(t.at) + 3}
                textAnchor="end"
              >
                {t.label}
              </text>
            </g>
          ))}
          {layout.scoreTicks.map((t) => (
            <g key={`x${t.label}`} data-axis="score">
              <text
                className={styles.tick}
                x={state.x(t.at * 100)}
                y={VIEW.bottom + 13}
                textAnchor="middle"
              >
                {t.label}
              </text>
            </g>
          ))}
          <line
            className={styles.axis}
            x1={VIEW.left}
            x2={VIEW.right}
            y1={VIEW.bottom}
            y2={VIEW.bottom}
          />
          <line
            className={styles.axis}
            x1={VIEW.left}
            x2={VIEW.left}
            y1={VIEW.top}
            y2={VIEW.bottom}
          />
          <text
            className={styles.title}
            x={(VIEW.left + VIEW.right) / 2}
            y={VIEW.height - 10}
            textAnchor="middle"
          >
            Score
          </text>
          <text className={styles.title} x={4} y={12}>
            {log ? 'Current revenue (log scale)' : 'Current revenue'}
          </text>
          {state.boundaries.map((b) => (
            <g key={b.key} data-boundary={b.key}>
              <line
                className={b.kind === 'band' ? styles.band : styles.boundary}
                x1={b.x1}
                x2={b.x2}
                y1={b.y1}
                y2={b.y2}
              />
              <text
                className={b.kind === 'band' ? styles.bandLabel : styles.boundaryLabel}
                x={b.label.x}
                y={b.label.y}
                textAnchor={b.label.anchor}
              >
                {b.label.text}
              </text>
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
