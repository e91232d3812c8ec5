// One account's score, step by step: each criterion's cell, its 0-1 value, the weight it carried
// (after reweighting) and its points, adding up to the score; criteria without a value say so.
import { useId, useState } from 'react';
import {
  Link,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { formatNumber, formatShare } from '../../lib/format';
import type { AccountMathProps } from './AccountMath.types';
import { useAccountMathStyles } from './useAccountMathStyles.styles';

/** The cell as the user typed it: text and numbers as they are, empty as "no value". */
function cellText(value: AccountMathProps['math'][number]['value']): string {
  if (value === null || value === '') return 'no value';
  if (typeof value === 'number') return formatNumber(value, Number.isInteger(value) ? 0 : 2);
  return String(value);
}

/** "Show the math" under an account, opening its table in place. */
export function AccountMath(props: AccountMathProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <>
      <Link
        as="button"
        aria-expanded={open}
        aria-controls={open ? tableId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide the math' : 'Show the math'}
      </Link>
      {open && <MathTable id={tableId} {...props} />}
    </>
  );
}

function MathTable({ id, account, math, score }: AccountMathProps & { id: string }): JSX.Element {
  const styles = useAccountMathStyles();
  return (
    <Table id={id} size="extra-small" className={styles.table} aria-label={`How ${account} scores`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Criterion</TableHeaderCell>
          <TableHeaderCell>Value</TableHeaderCell>
          <TableHeaderCell className={styles.number}>0–1</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Weight</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Points</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {math.map((m) => (
          <TableRow key={m.id}>
            <TableCell className={styles.text}>{m.label}</TableCell>
            <TableCell className={styles.text}>{cellText(m.value)}</TableCell>
            <TableCell className={styles.number}>{formatNumber(m.normalized, 2)}</TableCell>
            <TableCell className={styles.number}>{formatShare(m.weightShare)}</TableCell>
            <TableCell className={styles.number}>{formatNumber(m.points, 1)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className={styles.total}>Score</TableCell>
          <TableCell />
          <TableCell />
          <TableCell className={styles.number}>100%</TableCell>
          <TableCell className={mergeClasses(styles.number, styles.total)}>
            {formatNumber(score, 1)}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
