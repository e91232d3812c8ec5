/** @jest-environment jsdom */
// The panel's short messages (a warning on a criterion, what was saved) come from one component: there when there is something to say.
import './setup-dom';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { PanelNotice } from '../../src/taskpane/components/PanelNotice/PanelNotice';

const shown = (notice: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{notice}</FluentProvider>);

/** The bar's look: its classes and its icon (Fluent shows the intent in both; the ids differ between renders). */
const lookOf = (text: string) => {
  const bar = screen.getByText(text).closest('.fui-MessageBar');
  return { classes: bar?.className, icon: bar?.querySelector('svg path')?.getAttribute('d') };
};

describe('a panel notice', () => {
  it('is the multiline message bar of its intent, with the text as its body', () => {
    shown(<PanelNotice intent="warning" text="Give each label a value first." />);
    shown(
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>Written by hand.</MessageBarBody>
      </MessageBar>,
    );
    shown(<PanelNotice intent="success" text="Saved." />);
    const notice = lookOf('Give each label a value first.');
    expect(notice.classes).toContain('fui-MessageBar');
    expect(notice).toEqual(lookOf('Written by hand.'));
    expect(notice.icon).not.toBe(lookOf('Saved.').icon);
  });

  it('draws nothing when there is nothing to say', () => {
    const { container } = shown(<PanelNotice intent="success" text={null} />);
    expect(container.querySelector('.fui-MessageBar')).toBeNull();
    expect(container.textContent).toBe('');
  });
});
