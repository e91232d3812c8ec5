// Styles of ChartFigure, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useChartFigureStyles = makeStyles({
  figure: {
    margin: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: '0',
  },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
