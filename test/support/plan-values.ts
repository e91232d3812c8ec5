// A plan column's values as the list a host writes (a number column's NaN read as a blank).
import { planValueList, type PlanValue, type ResultColumnPlan } from '../../src/core';

export function writtenValues(column: Pick<ResultColumnPlan, 'values'> | undefined): PlanValue[] {
  return planValueList(column?.values ?? []);
}
