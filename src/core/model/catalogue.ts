// The criteria catalogue from key-account practice (DESIGN 1): what each criterion means and how its column is named.

export type CriterionKindId =
  | 'product-fit'
  | 'relationships'
  | 'executive-fit'
  | 'geography'
  | 'revenue-potential'
  | 'solvency'
  | 'arr'
  | 'shared-vision'
  | 'cost-to-serve'
  | 'margin'
  | 'breadth';

export interface CriterionKind {
  readonly id: CriterionKindId;
  /** Short label for the taskpane, e.g. "Product fit". */
  readonly label: string;
  /** One or two sentences from key-account practice, shown beside the criterion. */
  readonly description: string;
  /** Header phrases that name this criterion, matched as whole words after normalisation. */
  readonly synonyms: readonly string[];
  readonly direction: 'higher' | 'lower';
  /** What the column usually holds; drives the suggested normalisation. */
  readonly valueKind: 'money' | 'rating' | 'percent' | 'count';
  /**
   * Whether a text column with a few labels that are not rating words can be this criterion
   * (scored through a categorical map). False for geography: labels such as EMEA or APAC name
   * places, not grades, so ordering them would invent a judgement.
   */
  readonly acceptsLabels: boolean;
}

/** How a kind's values are read: their kind, higher better unless `lower`, text labels accepted unless `labels: false`. */
function reads(
  valueKind: CriterionKind['valueKind'],
  options: { readonly lower?: boolean; readonly labels?: boolean } = {},
): Pick<CriterionKind, 'direction' | 'valueKind' | 'acceptsLabels'> {
  return {
    direction: options.lower === true ? 'lower' : 'higher',
    valueKind,
    acceptsLabels: options.labels ?? true,
  };
}

export const CRITERIA_CATALOGUE: readonly CriterionKind[] = [
  {
    id: 'arr',
    label: 'ARR / current revenue',
    description:
      'What the account brings in today: annual recurring revenue or current annual revenue. Large accounts matter, but size alone does not make a key account.',
    // What the customer pays us. MRR is monthly, yet it ranks accounts exactly as ARR does (a constant
    // factor of 12), so it counts here. The company's own size ("Annual Revenue" in a CRM export,
    // turnover) is revenue potential instead.
    // prettier-ignore
    synonyms: [
      'arr', 'annual recurring revenue', 'recurring revenue', 'current revenue', 'revenue', 'total revenue',
      'net revenue', 'sales', 'annual sales', 'net sales', 'bookings', 'mrr', 'monthly recurring revenue',
      'acv', 'annual contract value', 'contract value', 'current arr',
    ],
    ...reads('money', { labels: false }),
  },
  {
    id: 'revenue-potential',
    label: 'Revenue potential',
    description:
      'Room to grow: recurring, complex needs and budget for more of what we sell. High potential marks the accounts worth investing in before they are large.',
    // prettier-ignore
    synonyms: [
      'revenue potential', 'growth potential', 'potential', 'potential revenue', 'potential arr', 'upsell potential',
      'expansion potential', 'cross sell potential', 'sales potential', 'growth', 'revenue growth', 'growth rate',
      'expected growth', 'wallet size', 'white space', 'whitespace', 'addressable revenue', 'upside',
      // The company's own turnover: a sign of what it could buy, not of what it pays (see SIZE_PHRASES).
      // Headcount is left to the other columns: a weaker sign than money.
      'annual revenue', 'company revenue', 'turnover', 'annual turnover', 'umsatz',
    ],
    ...reads('money'),
  },
  {
    id: 'product-fit',
    label: 'Product fit',
    description:
      'How closely the account matches the ideal customer profile and how well it uses the product. Good fit makes success, renewals and references likely.',
    // prettier-ignore
    synonyms: [
      'product fit', 'icp fit', 'icp', 'ideal customer profile', 'customer fit', 'solution fit', 'use case fit',
      'product usage', 'usage', 'adoption', 'product adoption',
    ],
    ...reads('rating'),
  },
  {
    id: 'relationships',
    label: 'Existing relationships',
    description:
      'The strength of the relationship we already have: access, goodwill and satisfaction, not just a history of renewals.',
    // prettier-ignore
    synonyms: [
      'relationship', 'existing relationship', 'relationship strength', 'relationship quality',
      'customer relationship', 'engagement', 'rapport', 'customer intimacy', 'satisfaction', 'csat', 'nps',
    ],
    ...reads('rating'),
  },
  {
    id: 'executive-fit',
    label: 'Executive fit',
    description:
      'How well their leadership works with ours: communication, relationship focus, trust and long-term strategic planning. Each part may be its own column.',
    // prettier-ignore
    synonyms: [
      'executive fit', 'exec fit', 'executive', 'executive alignment', 'executive sponsor', 'executive access',
      'leadership fit', 'management fit', 'c level', 'communication', 'relationship focus', 'trust',
      'strategic planning', 'long term strategic planning', 'long term planning', 'long term orientation',
    ],
    ...reads('rating'),
  },
  {
    id: 'geography',
    label: 'Geographic alignment',
    description:
      'Whether our account managers can serve the account well: presence in its region, time-zone overlap, travel distance.',
    // prettier-ignore
    synonyms: [
      'geographic alignment', 'geographic fit', 'geography', 'geo fit', 'geo', 'region fit', 'regional fit',
      'region', 'country', 'location', 'time zone', 'timezone', 'time zone overlap', 'time zone fit', 'distance',
      'proximity',
    ],
    ...reads('rating', { labels: false }),
  },
  {
    id: 'solvency',
    label: 'Solvency',
    description:
      'Financial stability: a credit rating or risk class. A key account must be able to pay for a long partnership.',
    // prettier-ignore
    synonyms: [
      'solvency', 'credit rating', 'credit', 'credit score', 'creditworthiness', 'credit worthiness', 'credit risk',
      'risk', 'risk class', 'risk rating', 'default risk', 'financial stability', 'financial health',
      'payment behaviour', 'payment behavior', 'payment history', 'dso', 'days sales outstanding', 'days to pay',
    ],
    ...reads('rating'),
  },
  {
    id: 'shared-vision',
    label: 'Shared vision',
    description:
      'Needs, goals and strategy in line with ours, and our solutions valued. Shared vision turns a customer into a partner.',
    // prettier-ignore
    synonyms: [
      'shared vision', 'vision', 'shared goals', 'strategic alignment', 'strategy alignment', 'goal alignment',
      'alignment', 'strategic fit', 'cultural fit', 'culture fit', 'values fit',
    ],
    ...reads('rating'),
  },
  {
    id: 'cost-to-serve',
    label: 'Cost to serve',
    description:
      'What it costs us to sell to and support the account. Lower is better: an expensive account can be large yet unprofitable.',
    // prettier-ignore
    synonyms: [
      'cost to serve', 'cost of service', 'service cost', 'serving cost', 'servicing cost', 'support cost',
      'support effort', 'support load', 'cost', 'effort',
    ],
    ...reads('money', { lower: true }),
  },
  {
    id: 'margin',
    label: 'Margin',
    description: 'Profitability of the business with the account: gross or contribution margin.',
    // prettier-ignore
    synonyms: [
      'margin', 'gross margin', 'profit margin', 'contribution margin', 'ebit margin', 'gm', 'profitability', 'profit',
    ],
    ...reads('percent'),
  },
  {
    id: 'breadth',
    label: 'Breadth of purchase',
    description:
      'How many of our products or product lines the account buys: recurring multi-product needs rather than one transactional purchase.',
    // prettier-ignore
    synonyms: [
      'breadth', 'breadth of purchase', 'purchase breadth', 'products bought', 'products purchased', 'product lines',
      'product count', 'number of products', 'products', 'modules', 'lines of business', 'product categories',
      'cross sell',
    ],
    ...reads('count'),
  },
];

const BY_ID = new Map<CriterionKindId, CriterionKind>(CRITERIA_CATALOGUE.map((k) => [k.id, k]));

/** The catalogue entry of a kind; every CriterionKindId has one. */
export function criterionKind(id: CriterionKindId): CriterionKind {
  const kind = BY_ID.get(id);
  if (kind === undefined) throw new Error(`Unknown criterion kind: ${id}`);
  return kind;
}

export function isCriterionKindId(text: string): text is CriterionKindId {
  return BY_ID.has(text as CriterionKindId);
}
