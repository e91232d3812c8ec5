// Styles of App, from theme tokens only: the taskpane's full height, the theme's background.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: '0',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  tagline: { color: tokens.colorNeutralForeground3 },
  status: { padding: tokens.spacingHorizontalM },
});
