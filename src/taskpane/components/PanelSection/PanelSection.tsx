// A section of the panel: a level-2 heading that names it (for screen readers too) over its content.
import { Text } from '@fluentui/react-components';
import type { PanelSectionProps } from './PanelSection.types';
import { usePanelSectionStyles } from './usePanelSectionStyles.styles';

export function PanelSection({
  id,
  title,
  focusable,
  headingRef,
  children,
}: PanelSectionProps): JSX.Element {
  const styles = usePanelSectionStyles();
  const headingId = `kam-${id}-heading`;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      {/* Subtitle2's look (size 400, semibold) on a Text, which passes its ref on. */}
      <Text
        as="h2"
        size={400}
        weight="semibold"
        id={headingId}
        className={styles.heading}
        ref={headingRef}
        tabIndex={focusable === true ? -1 : undefined}
      >
        {title}
      </Text>
      {children}
    </section>
  );
}
