// Props of ColumnPicker: one column choice (account names, revenue, a criterion's column) with the detection's confidence.

/** How sure the detection is of a column the user has kept; null when the user chose it. */
export interface ConfidenceView {
  readonly confidence: number;
  readonly reason: string;
}

export interface ColumnPickerProps {
  /** Dropdown label: "Account names", "Revenue (for the 80/20 view)", "Column". */
  readonly label: string;
  /** The accessible name when it should say more than the label ("Column of Product fit"). */
  readonly ariaLabel?: string;
  readonly value: string | null;
  /** The table's headers the user can choose from. */
  readonly columns: readonly string[];
  readonly confidence: ConfidenceView | null;
  readonly onChange: (header: string | null) => void;
  /**
   * Offers "(none: accounts named by row)" (only the account-name column may be left out).
   * @default false
   */
  readonly optional?: boolean;
}
