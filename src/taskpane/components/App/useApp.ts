// State of App: the table being read, read, or failed to read.
import { useTableSource } from '../../hooks/useTableSource';

export function useApp() {
  return useTableSource();
}
