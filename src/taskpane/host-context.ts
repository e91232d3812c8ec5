// The WorkbookHost the panel talks to, from React context: components never call Office directly.
import { createContext, useContext } from 'react';
import type { WorkbookHost } from '../hosts/port';

export const WorkbookHostContext = createContext<WorkbookHost | null>(null);

/** The host of the nearest provider; a component outside one is a programming error. */
export function useWorkbookHost(): WorkbookHost {
  const host = useContext(WorkbookHostContext);
  if (host === null)
    throw new Error(
      'useWorkbookHost must be used inside <WorkbookHostContext.Provider> (render <App host={...} />).',
    );
  return host;
}
