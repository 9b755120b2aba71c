import type { Role } from '@shared/auth/roles';
import type { StringKey, Translate } from '@shared/i18n';

export const roleLabel: Record<Role, StringKey> = {
  frontdesk: 'session.role.frontdesk',
  warehouse: 'session.role.warehouse',
  logistics: 'session.role.logistics',
  supervisor: 'session.role.supervisor',
};

/** 售后、物流: a person's roles in the dictionary's list style. */
export function rolesText(t: Translate, roles: readonly Role[]): string {
  return roles.map((r) => t(roleLabel[r])).join(t('list.separator'));
}
