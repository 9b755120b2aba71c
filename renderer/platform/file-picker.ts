/** Browser-mode file opening: a hidden `<input type="file">` the user picks through. */

/** What the picker needs from the input; a real HTMLInputElement fits. */
export interface PickerInput extends EventTarget {
  accept: string;
  readonly files: ArrayLike<File> | null;
  click(): void;
  remove(): void;
}

function hiddenFileInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.style.display = 'none';
  // Attached so that every browser opens the picker and fires its events.
  document.body.appendChild(input);
  return input;
}

/**
 * Opens the browser's file picker for `accept` (e.g. ".shbk") and resolves the chosen file, or null
 * when the user cancels (the input's 'cancel' event, Chromium 113+). The input is removed either way.
 */
export function pickFile(accept: string, createInput: () => PickerInput = hiddenFileInput): Promise<File | null> {
  return new Promise((resolve) => {
    const input = createInput();
    input.accept = accept;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    input.click();
  });
}
