// A plan column's values as the list a host writes (a number column's NaN read as a blank).
import { planValueAt, type PlanValue, type ResultColumnPlan } from '../../src/core';

export function writtenValues(column: Pick<ResultColumnPlan, 'values'> | undefined): PlanValue[] {
  const values = column?.values ?? [];
  return Array.from(values, (_value: PlanValue, i) => planValueAt(values, i));
}
