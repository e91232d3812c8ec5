// Styles of WhatIfBar, from theme tokens only: stays in view at the bottom of the taskpane.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useWhatIfBarStyles = makeStyles({
  root: {
    position: 'sticky',
    bottom: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  tiers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  line: { display: 'block', margin: '0', overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});
