/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["umd", "browser", "require", "default"]}
 */
// The real @fluentui/react-charts components mount with the panel's data (d3 is loaded through its UMD builds here).
import './setup-dom';
import { render, screen } from '@testing-library/react';
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

  it('renders the portfolio quadrant as a labelled scatter chart with a legend per quadrant', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <QuadrantChart result={run()} />
      </FluentProvider>,
    );
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName(
      /^Portfolio quadrant, score against current revenue: Key account \d+/,
    );
    expect(figure.querySelector('svg')).not.toBeNull();
    expect(screen.getAllByText('Key account').length).toBeGreaterThan(0);
  });
});
