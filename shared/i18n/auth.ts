import { defineStrings } from './define';

export const authStrings = defineStrings(
  {},
  {},
);
