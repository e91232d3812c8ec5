// Styles of ParetoChart, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useParetoChartStyles = makeStyles({
  figure: {
    margin: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: '0',
  },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
