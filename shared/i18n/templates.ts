import { defineStrings } from './define';

export const templatesStrings = defineStrings(
  {},
  {},
);
