// Styles of QuadrantChart, from theme tokens only: axes and text in neutral tones, one colour per quadrant.
import { makeStyles, tokens } from '@fluentui/react-components';

/** Text drawn over the dots gets a halo in the background colour, so it stays readable wherever dots cluster. */
const halo = {
  paintOrder: 'stroke',
  stroke: tokens.colorNeutralBackground1,
  strokeWidth: '3px',
  strokeLinejoin: 'round',
} as const;

export const useQuadrantChartStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  tick: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '10px',
    fontFamily: tokens.fontFamilyBase,
  },
  title: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '11px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  boundary: { stroke: tokens.colorNeutralForeground2, strokeWidth: 1.5, strokeDasharray: '6 3' },
  band: { stroke: tokens.colorNeutralForeground3, strokeWidth: 1, strokeDasharray: '2 3' },
  boundaryLabel: {
    ...halo,
    fill: tokens.colorNeutralForeground1,
    fontSize: '10px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  bandLabel: {
    ...halo,
    fill: tokens.colorNeutralForeground2,
    fontSize: '10px',
    fontFamily: tokens.fontFamilyBase,
  },
  corner: {
    ...halo,
    fontSize: '11px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  point: {
    strokeWidth: 1,
    stroke: tokens.colorNeutralBackground1,
    cursor: 'default',
    outlineStyle: 'none',
    ':focus-visible': { stroke: tokens.colorStrokeFocus2, strokeWidth: 3 },
  },
  keyAccount: { fill: tokens.colorBrandForeground1 },
  keyDevelopment: { fill: tokens.colorPaletteTealForeground2 },
  maintenance: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  opportunistic: { fill: tokens.colorNeutralForeground3 },
  readout: {
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    minHeight: '1.4em',
    margin: '0',
  },
});
