// Mounts the real taskpane (renderTaskpane, as the add-in does) for a host, and passes theme changes on.
import { useEffect, useRef } from 'react';
import { renderTaskpane, type MountedTaskpane } from '../../../taskpane/render';
import type { ThemeName } from '../../../taskpane/lib/office-theme';
import { methodologyUrl } from '../../../taskpane/methodology-context';
import type { WorkbookHost } from '../../../hosts/port';

export interface TaskpaneMountProps {
  readonly host: WorkbookHost;
  readonly theme: ThemeName;
  readonly className?: string;
}

export function TaskpaneMount({ host, theme, className }: TaskpaneMountProps): JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedTaskpane | null>(null);
  const currentTheme = useRef(theme);
  currentTheme.current = theme;

  // A new host (another workbook) gets a fresh panel, as when the add-in opens in another workbook.
  useEffect(() => {
    const parent = container.current;
    if (parent === null) return;
    // Each panel gets its own element: the old React root is unmounted after this commit
    // (unmounting a root while React is committing this one is not allowed), on an element already gone.
    const element = document.createElement('div');
    parent.appendChild(element);
    const panel = renderTaskpane(element, host, {
      theme: currentTheme.current,
      methodology: { href: methodologyUrl(window.location.href) },
    });
    mounted.current = panel;
    return () => {
      mounted.current = null;
      element.remove();
      setTimeout(() => panel.unmount(), 0);
    };
  }, [host]);

  useEffect(() => mounted.current?.setTheme(theme), [theme]);

  return <div ref={container} className={className} />;
}
