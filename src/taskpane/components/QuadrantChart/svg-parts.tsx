// The chart's two drawing pieces: a straight segment and a label, each one line at the call site.

/** A line from (x[0], y[0]) to (x[1], y[1]). */
export function Segment(props: {
  readonly className: string;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}): JSX.Element {
  const { className, x, y } = props;
  return <line className={className} x1={x[0]} x2={x[1]} y1={y[0]} y2={y[1]} />;
}

/** Text anchored at (x, y). */
export function Label(props: {
  readonly className: string;
  readonly x: number;
  readonly y: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly text: string;
}): JSX.Element {
  const { className, x, y, anchor = 'start', text } = props;
  return (
    <text className={className} x={x} y={y} textAnchor={anchor}>
      {text}
    </text>
  );
}
