import type { CriterionMath } from '../../../core';

export interface AccountMathProps {
  /** The account's name, for the table's label. */
  readonly account: string;
  /** Its criteria in model order, each with the cell, the 0-1 value, the weight used and the points. */
  readonly math: readonly CriterionMath[];
  readonly score: number;
}
