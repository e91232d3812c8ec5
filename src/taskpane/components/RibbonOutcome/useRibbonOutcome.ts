// State of RibbonOutcome: the latest outcome of the ribbon's run in this session, until dismissed.
import { useEffect, useState } from 'react';
import { latestOutcome, subscribeOutcome } from '../../../commands/last-outcome';
import type { OutcomeMessage } from '../../../commands/outcome-message';

export function useRibbonOutcome(): { message: OutcomeMessage | null; dismiss: () => void } {
  const [message, setMessage] = useState<OutcomeMessage | null>(latestOutcome);
  useEffect(() => subscribeOutcome(setMessage), []);
  return { message, dismiss: () => setMessage(null) };
}
