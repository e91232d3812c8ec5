// Layout fragments the panel's components share in their makeStyles (theme tokens only).
import { tokens } from '@fluentui/react-components';

/** A row whose items sit at both ends and wrap on a narrow taskpane (a label and its control). */
export const spreadRow = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: tokens.spacingHorizontalS,
  flexWrap: 'wrap',
} as const;

/** A list whose items stack, indented like a bulleted list. */
export const stackedList = {
  margin: '0',
  paddingLeft: tokens.spacingHorizontalL,
  display: 'flex',
  flexDirection: 'column',
} as const;
