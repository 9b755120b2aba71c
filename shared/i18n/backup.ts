import { defineStrings } from './define';

export const backupStrings = defineStrings(
  {},
  {},
);
