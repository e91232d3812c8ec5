// How far the panel scrolls to keep a focused control clear of the sticky run bar (the browser test tabs through it all).
import { FOCUS_MARGIN, overlapWith } from '../../src/taskpane/hooks/useFocusClearOf';

const box = (top: number, bottom: number) => ({ top, bottom }) as DOMRect;
const runBar = box(600, 800);

describe('keeping focus clear of the run bar', () => {
  it('leaves a control that ends above the bar where it is', () => {
    expect(overlapWith(box(100, 130), runBar, 0)).toBe(0);
    expect(overlapWith(box(560, 600 - FOCUS_MARGIN), runBar, 0)).toBe(0);
  });

  it('scrolls a control the bar covers, wholly or in part, to just above it', () => {
    expect(overlapWith(box(590, 620), runBar, 0)).toBe(620 + FOCUS_MARGIN - 600);
    expect(overlapWith(box(700, 730), runBar, 0)).toBe(730 + FOCUS_MARGIN - 600);
  });

  it('aligns a control taller than the room above the bar by its top, never past the view top', () => {
    // 900 px tall: its top goes to the top of the view (plus the margin), not its bottom above the bar.
    expect(overlapWith(box(300, 1200), runBar, 0)).toBe(300 - FOCUS_MARGIN);
    // The view of a scrolling panel starts lower on the page.
    expect(overlapWith(box(300, 1200), runBar, 100)).toBe(300 - 100 - FOCUS_MARGIN);
  });
});
