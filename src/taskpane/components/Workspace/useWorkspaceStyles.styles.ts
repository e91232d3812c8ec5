// Styles of Workspace, from theme tokens only: one column, sections spaced, the run bar at the bottom.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useWorkspaceStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100%' },
  body: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  messages: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // The live region stays in the page (so screen readers announce what appears in it), but
    // while empty it must not add a section gap above the content.
    ':empty': { marginBottom: `calc(-1 * ${tokens.spacingVerticalXL})` },
  },
  empty: { color: tokens.colorNeutralForeground3 },
  // Takes focus from code (after Clear), so it gets the focus ring the keyboard's focus gets.
  notice: {
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});
