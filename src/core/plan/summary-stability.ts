// The "Tier stability" section of the summary sheet: how many first-band accounts keep their tier
// under perturbed weights, the borderline ones, and each criterion's weight sensitivity.
import type { RunResult } from '../run/identify';
import { BORDERLINE_STABILITY } from '../stability/run-stability';
import {
  borderlineAccounts,
  sensitivityWords,
  signedPercent,
  stabilityHeadline,
} from '../stability/words';
import type { SummaryCells } from './summary-cells';

/** Borderline accounts listed before "and N more". */
const BORDERLINE_ROWS = 15;

export function stabilitySection(out: SummaryCells, result: RunResult): void {
  const stability = result.stability;
  const band = result.pipeline.tiers.names[0];
  if (stability === null || band === undefined) return;
  const tiers = result.pipeline.tiers.tierIndex;
  let members = 0;
  let kept = 0;
  for (let i = 0; i < tiers.length; i++) {
    if (tiers[i] !== 0) continue;
    members++;
    if (stability.shares[i] >= BORDERLINE_STABILITY) kept++;
  }
  out.headings('Tier stability', 'Accounts');
  out.next();
  out.put(1, `Kept their tier in ≥ ${Math.round(BORDERLINE_STABILITY * 100)}% of weightings`, {
    style: 'label',
  });
  out.put(2, `${kept} of ${members}`);
  out.next();
  out.put(1, `${stabilityHeadline(kept, members, band)}.`, { style: 'note' });
  out.next();
  const scaled =
    stability.draws < stability.requestedDraws
      ? ` (${stability.requestedDraws} asked for; fewer on a table this large)`
      : '';
  out.put(
    1,
    `${stability.draws} weightings${scaled}, each weight times a factor between ${1 - stability.spread} and ${1 + stability.spread}, seed ${stability.seed}: the same data and model give the same figures.`,
    { style: 'note' },
  );
  out.next(2);

  const borderline = borderlineAccounts(result);
  if (borderline.length > 0) {
    out.headings(`Borderline ${band} accounts`, 'Stability', 'Score', 'Rank');
    out.next();
    for (const i of borderline.slice(0, BORDERLINE_ROWS)) {
      out.put(1, result.ids[i], { style: 'label' });
      out.put(2, stability.shares[i], { numberFormat: '0%' });
      out.put(3, result.pipeline.scores[i], { numberFormat: '0.0' });
      out.put(4, result.pipeline.ranks[i], { numberFormat: '0' });
      out.next();
    }
    if (borderline.length > BORDERLINE_ROWS) {
      out.put(
        1,
        `… and ${borderline.length - BORDERLINE_ROWS} more: sort the KAM Stability column to see them all.`,
        { style: 'note' },
      );
      out.next();
    }
    out.next();
  }

  out.headings('Weight sensitivity', 'Weight down', 'Weight up', `What moves the ${band} accounts`);
  out.next();
  for (const s of stability.sensitivity) {
    out.put(1, s.label, { style: 'label' });
    out.put(2, signedPercent(s.down));
    out.put(3, signedPercent(s.up));
    out.put(4, sensitivityWords(s, band));
    out.next();
  }
  out.put(
    1,
    `The smallest change of one weight alone (the others fixed) that changes which accounts are ${band}; "none" within -100% to +200%.`,
    { style: 'note' },
  );
  out.next(2);
}
