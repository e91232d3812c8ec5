/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["umd", "browser", "require", "default"]}
 */
// The charts mount with the panel's data: the real Pareto chart of @fluentui/react-charts (d3 through its UMD builds here) and our own SVG quadrant.
import './setup-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { identifyAndPlan } from '../../src/hosts/identify-and-write';
import { ParetoChart } from '../../src/taskpane/components/ParetoChart/ParetoChart';
import { QuadrantChart } from '../../src/taskpane/components/QuadrantChart/QuadrantChart';
import { ACCOUNTS } from './fake-host';

// Axis labels are measured with a canvas, which jsdom lacks: a fixed width per character will do.
Object.assign(HTMLCanvasElement.prototype, {
  getContext: () => ({ font: '', measureText: (text: string) => ({ width: text.length * 6 }) }),
});

// jsdom does no SVG layout either: text lengths and boxes from the same fixed width.
Object.assign(SVGElement.prototype, {
  getComputedTextLength(this: SVGElement): number {
    return (this.textContent ?? '').length * 6;
  },
  getBBox(this: SVGElement): DOMRect {
    return { x: 0, y: 0, width: (this.textContent ?? '').length * 6, height: 12 } as DOMRect;
  },
});

// Without layout, jsdom gives every box a size of 0 and some coordinates come out NaN: React warns
// about those attributes. That is jsdom, not the data (the browser tests draw these charts).
const consoleError = console.error.bind(console);
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'string' && message.includes('Received NaN for the')) return;
    consoleError(message, ...rest);
  });
});
afterAll(() => jest.restoreAllMocks());

function run() {
  const outcome = identifyAndPlan(ACCOUNTS, { ownedColumns: {}, firstFreeColumn: 9 });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value.result;
}

describe('charts', () => {
  it('renders the Pareto chart as a labelled vertical bar chart with a cumulative line', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ParetoChart result={run()} />
      </FluentProvider>,
    );
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName(/^Pareto chart of 11 accounts, largest revenue first/);
    expect(figure.querySelector('svg[aria-label*="bar chart" i]')).not.toBeNull();
    expect(screen.getAllByText('Cumulative share (%)').length).toBeGreaterThan(0);
  });

  it('draws the portfolio quadrant: revenue from 0, both boundaries, the four quadrants named', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <QuadrantChart result={run()} />
      </FluentProvider>,
    );
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName(
      /^Portfolio quadrant, score against current revenue: Key account \d+, .*The lines are the quadrant boundaries: right of the vertical line \(score [\d.]+\) the Key or Growth tiers; above the horizontal line \(revenue [\d.]+K\) ABC class A\./,
    );
    const svg = screen.getByRole('group', {
      name: 'Portfolio quadrant: score against current revenue',
    });
    const revenueTicks = [...svg.querySelectorAll('[data-axis="revenue"] text')].map(
      (t) => t.textContent,
    );
    expect(revenueTicks[0]).toBe('0');
    expect(revenueTicks.some((t) => t?.startsWith('-'))).toBe(false);
    expect([...svg.querySelectorAll('[data-axis="score"] text')].map((t) => t.textContent)).toEqual(
      ['0', '25', '50', '75', '100'],
    );
    expect(svg.querySelector('[data-boundary="score"] line')).not.toBeNull();
    expect(svg.querySelector('[data-boundary="revenue"] line')).not.toBeNull();
    expect(
      [...svg.querySelectorAll('[data-quadrant]')].map((t) =>
        t.textContent?.replace(/ \(\d+\)$/, ''),
      ),
    ).toEqual(['Key account', 'Key development', 'Maintenance', 'Opportunistic']);
  });

  it('lets the keyboard reach every dot through one tab stop, each named by its account', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <QuadrantChart result={run()} />
      </FluentProvider>,
    );
    const dots = within(screen.getByRole('list', { name: 'Accounts, by score' })).getAllByRole(
      'listitem',
    );
    expect(dots).toHaveLength(11);
    expect(dots.filter((d) => d.getAttribute('tabindex') === '0')).toHaveLength(1);
    const user = userEvent.setup({ delay: null });
    await user.tab();
    expect(dots[0]).toHaveFocus();
    expect(dots[0]).toHaveAccessibleName(
      /^[A-Z][\w ]+: score [\d.]+, revenue [\d,]+, (Key account|Key development|Maintenance|Opportunistic)$/,
    );
    expect(screen.getByTestId('quadrant-readout')).toHaveTextContent(
      dots[0].getAttribute('aria-label') ?? '',
    );
    await user.keyboard('{ArrowRight}');
    expect(dots[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(dots[10]).toHaveFocus();
    expect(dots[10].getAttribute('tabindex')).toBe('0');
    await user.keyboard('{Home}');
    expect(dots[0]).toHaveFocus();
  });
});
