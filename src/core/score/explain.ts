// The "why" of a score: criterion contributions in words ("ARR 32, Relationship 21, ...") (DESIGN 3.7).

export interface Contribution {
  readonly label: string;
  readonly points: number;
}

/** One account's contributions (one per criterion, in points) with their labels, largest first; missing ones (NaN) left out. */
export function contributionsOf(
  labels: readonly string[],
  contributions: Float64Array,
): Contribution[] {
  const list: Contribution[] = [];
  for (let c = 0; c < labels.length; c++) {
    const points = contributions[c];
    if (points === points) list.push({ label: labels[c], points });
  }
  // Stable sort keeps the model's criterion order among equal contributions.
  return list.sort((a, b) => b.points - a.points);
}

/** The top drivers as text: the largest contributions above 0, rounded to whole points. */
export function driversText(contributions: readonly Contribution[], top = 3): string {
  return contributions
    .filter((c) => c.points >= 0.5)
    .slice(0, top)
    .map((c) => `${c.label} ${Math.round(c.points)}`)
    .join(', ');
}
