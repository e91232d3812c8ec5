// State of ProblemMessage: whether the technical details are shown (collapsed by default).
import { useState } from 'react';

export function useProblemMessage(): { readonly open: boolean; readonly toggle: () => void } {
  const [open, setOpen] = useState(false);
  return { open, toggle: () => setOpen((o) => !o) };
}
