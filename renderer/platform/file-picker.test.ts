import { describe, expect, it } from 'vitest';
import { pickFile, type PickerInput } from './file-picker';

/** Stands in for a hidden `<input type=file>`; the test plays the user. */
class FakeInput extends EventTarget implements PickerInput {
  accept = '';
  files: File[] | null = null;
  clicks = 0;
  removed = false;
  click(): void {
    this.clicks++;
  }
  remove(): void {
    this.removed = true;
  }
}

function open(accept = '.shbk') {
  const input = new FakeInput();
  const picked = pickFile(accept, () => input);
  return { input, picked };
}

describe('pickFile', () => {
  it('opens the picker for the accepted type and resolves the chosen file', async () => {
    const { input, picked } = open();
    expect(input.accept).toBe('.shbk');
    expect(input.clicks).toBe(1);
    const file = new File([new Uint8Array([1, 2])], '售后服务中心-备份-2026-11-27-0830.shbk');
    input.files = [file];
    input.dispatchEvent(new Event('change'));
    await expect(picked).resolves.toBe(file);
    expect(input.removed).toBe(true);
  });

  it("resolves null when the user cancels (the input's cancel event) and removes the input", async () => {
    const { input, picked } = open();
    input.dispatchEvent(new Event('cancel'));
    await expect(picked).resolves.toBeNull();
    expect(input.removed).toBe(true);
  });

  it('resolves null when the change carries no file', async () => {
    const { input, picked } = open();
    input.files = [];
    input.dispatchEvent(new Event('change'));
    await expect(picked).resolves.toBeNull();
  });
});
