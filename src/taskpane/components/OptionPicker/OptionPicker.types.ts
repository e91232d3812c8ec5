// Props of OptionPicker.

export interface OptionPickerProps {
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly { readonly value: string; readonly text: string }[];
  /** The text shown in the closed dropdown; the placeholder shows when left out. */
  readonly value?: string;
  readonly placeholder?: string;
  /** The value of the option shown as chosen, if any. */
  readonly selected?: string;
  readonly onChoose: (value: string) => void;
}
