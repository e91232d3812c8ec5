// Styles of PanelSection, from theme tokens only: its content stacks in one column.
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePanelSectionStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: '0' },
  // The section's gap spaces the heading; the browser's own heading margins would double it.
  heading: { margin: '0' },
});
