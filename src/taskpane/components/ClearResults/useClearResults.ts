// State of ClearResults: the confirmation dialog's open state; confirming closes it and clears.
import { useState } from 'react';
import type { ClearResultsProps } from './ClearResults.types';

/** What a clear removes, in the words of the dialog. */
export const CLEARED_PARTS =
  'the KAM result columns beside your data, their colours and the "KAM Summary" sheet';

export function useClearResults({ onClear }: ClearResultsProps) {
  const [open, setOpen] = useState(false);
  return {
    open,
    setOpen,
    confirm: () => {
      setOpen(false);
      onClear();
    },
  };
}
