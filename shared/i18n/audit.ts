import { defineStrings } from './define';

export const auditStrings = defineStrings(
  {},
  {},
);
