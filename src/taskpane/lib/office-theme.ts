// Light or dark, from the colours Office reports for its own UI.

export type ThemeName = 'light' | 'dark';

/** Dark when the Office body background is dark (relative luminance below one half); light otherwise. */
export function themeFromBackground(color: string | undefined): ThemeName {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (match === null) return 'light';
  const value = parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance < 0.5 ? 'dark' : 'light';
}
