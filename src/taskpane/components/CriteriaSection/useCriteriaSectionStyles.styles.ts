// Styles of CriteriaSection, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useCriteriaSectionStyles = makeStyles({
  catalogue: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: '0',
    padding: '0',
    border: 'none',
  },
  row: { display: 'flex', flexDirection: 'column' },
  rowHead: { display: 'flex', alignItems: 'center' },
  found: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});
