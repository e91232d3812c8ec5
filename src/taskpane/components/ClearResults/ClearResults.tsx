// "Clear results", confirmed in a dialog that says what goes and what stays before anything is removed.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { ClearResultsProps } from './ClearResults.types';
import { CLEARED_PARTS, useClearResults } from './useClearResults';

export function ClearResults(props: ClearResultsProps): JSX.Element {
  const state = useClearResults(props);
  return (
    <Dialog open={state.open} onOpenChange={(_, data) => state.setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<DeleteRegular />} disabled={props.clearing}>
          {props.clearing ? 'Clearing…' : 'Clear results'}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="kam-clear-what">
        <DialogBody>
          <DialogTitle>Clear the results?</DialogTitle>
          <DialogContent id="kam-clear-what">
            {`This removes ${CLEARED_PARTS} from the workbook. Your own data is not changed, and "Identify key accounts" writes the results again.`}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.confirm}>
              Clear results
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Keep them</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
