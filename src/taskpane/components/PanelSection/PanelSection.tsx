// A section of the panel: a level-2 heading that names it (for screen readers too) over its content.
import { Subtitle2 } from '@fluentui/react-components';
import type { PanelSectionProps } from './PanelSection.types';
import { usePanelSectionStyles } from './usePanelSectionStyles.styles';

export function PanelSection({ id, title, focusable, children }: PanelSectionProps): JSX.Element {
  const styles = usePanelSectionStyles();
  const headingId = `kam-${id}-heading`;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} tabIndex={focusable === true ? -1 : undefined}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
