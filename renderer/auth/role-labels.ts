import { rolesThatMay, type Action } from '@shared/auth/permissions';
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

/** Who may press a button this person may not (「需要库管或物流人员」): named on the disabled button. */
export function whoMayText(t: Translate, action: Action): string {
  const allowed = rolesThatMay(action);
  if (allowed.length === 1 && allowed[0] === 'supervisor') return t('permission.needsSupervisor');
  return t('permission.needsRoles', { roles: allowed.map((r) => t(roleLabel[r])).join(t('permission.or')) });
}
