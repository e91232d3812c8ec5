// State of ModelFile: the model as a .json download, and a chosen file read through the model schema.
import { useRef, useState } from 'react';
import { completeModel, parseModelJson } from '../../../core';
import type { ModelFileProps } from './ModelFile.types';

/** A file name from a model name: letters, digits, spaces and dashes kept. */
export function modelFileName(name: string): string {
  const safe = name
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return `${safe === '' ? 'model' : safe}.json`;
}

/** A file's text through FileReader, which every webview Office runs in has (Blob.text() is newer). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

export function useModelFile({ model, onLoad, table }: ModelFileProps) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(
    null,
  );
  return {
    input,
    message,
    dismiss: () => setMessage(null),
    /** Saves the model as the same JSON the CLI's --model reads. */
    download: () => {
      if (model === null) return;
      const blob = new Blob([`${JSON.stringify(model, null, 2)}\n`], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = modelFileName(model.name);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
    choose: () => input.current?.click(),
    /** Reads the chosen file: a valid model is loaded, anything else is refused with what is wrong. */
    load: async (file: File | undefined) => {
      if (file === undefined) return;
      let text: string;
      try {
        text = await readText(file);
      } catch (error) {
        setMessage({
          intent: 'error',
          text: `"${file.name}" could not be read (${String(error)}).`,
        });
        return;
      }
      // The same reading as the CLI's --model: fields left out take their defaults, a left-out
      // normalisation the one its column's values suggest.
      const read = parseModelJson(text);
      const parsed = read.kind === 'error' ? read : completeModel(read.value, table);
      if (parsed.kind === 'error') {
        setMessage({ intent: 'error', text: `"${file.name}" was not loaded: ${parsed.message}` });
        return;
      }
      onLoad(parsed.value);
      setMessage({ intent: 'success', text: `Loaded "${parsed.value.name}" from ${file.name}.` });
    },
  };
}
