// Props of WhatIfBar: the live preview's numbers and the one primary action.
import type { Ref } from 'react';
import type { RunStatus } from '../../hooks/useIdentification';
import type { WhatIfState } from '../../hooks/useWhatIf';

export interface WhatIfBarProps {
  readonly whatIf: WhatIfState;
  readonly status: RunStatus;
  /** Why the model cannot run yet (a criterion without a column ...), or null when it can. */
  readonly blocked: string | null;
  readonly onIdentify: () => void;
  readonly onCancel: () => void;
  /** The bar's element (it stays in view at the bottom: focused controls are kept clear of it). */
  readonly rootRef?: Ref<HTMLDivElement>;
}
