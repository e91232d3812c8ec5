// Props of Workspace: the table the panel works on (read and detected).
import type { TableSource } from '../../hooks/useTableSource';

export interface WorkspaceProps {
  readonly source: TableSource;
}

export type WorkspaceTab = 'setup' | 'results';
