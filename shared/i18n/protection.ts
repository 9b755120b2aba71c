import { defineStrings } from './define';

/**
 * Lock-down words: supervisors' longer PINs, the growing lockout and unlocking, the backup password,
 * encrypted backups and what a restore would change (staff, audit trail).
 */
export const protectionStrings = defineStrings(
  {
    'staff.error.supervisorPinFormat': '主管的 PIN 须为 6–8 位数字',
    'staff.error.pinUnchanged': '新 PIN 不能与当前 PIN 相同',
    'staff.error.currentPinWrong': '当前 PIN 不正确',
    'staff.error.currentPinLocked': '输错次数过多,账号已锁定,请稍后再试或请另一位主管解除锁定',
    'staff.error.unlockSelf': '不能为自己解除锁定,请另一位主管操作',
    'staff.error.notLocked': '该账号现在没有被锁定',
    'session.error.supervisorPinFormat': '主管的 PIN 须为 6–8 位数字',
    'session.pin.hintSupervisor': '主管:6–8 位数字',
    'session.changePin.title': '请设置新的 PIN',
    'session.changePin.body': '{name},主管的 PIN 现在至少要 6 位数字。请设置一个新的 PIN 后再进入。',
    'session.changePin.current': '当前 PIN',
    'session.changePin.new': '新 PIN',
    'session.changePin.submit': '保存并进入',
    'staffScreen.status.locked': '已锁定至 {time}',
    'staffScreen.unlock': '解除锁定',
    'staffScreen.unlockFor': '解除 {name} 的锁定',
    'staffScreen.unlocked': '{name} 的锁定已解除',
    'audit.field.locked': '锁定',
  },
  {
    'staff.error.supervisorPinFormat': 'A supervisor’s PIN must be 6–8 digits',
    'staff.error.pinUnchanged': 'The new PIN must differ from the current one',
    'staff.error.currentPinWrong': 'The current PIN is wrong',
    'staff.error.currentPinLocked': 'Too many wrong PINs: the account is locked; try later or ask another supervisor to unlock it',
    'staff.error.unlockSelf': 'You cannot unlock your own account; ask another supervisor',
    'staff.error.notLocked': 'This account is not locked',
    'session.error.supervisorPinFormat': 'A supervisor’s PIN must be 6–8 digits',
    'session.pin.hintSupervisor': 'Supervisor: 6–8 digits',
    'session.changePin.title': 'Set a new PIN',
    'session.changePin.body': '{name}, a supervisor’s PIN now needs at least 6 digits. Set a new PIN to go on.',
    'session.changePin.current': 'Current PIN',
    'session.changePin.new': 'New PIN',
    'session.changePin.submit': 'Save and continue',
    'staffScreen.status.locked': 'Locked until {time}',
    'staffScreen.unlock': 'Unlock',
    'staffScreen.unlockFor': 'Unlock {name}',
    'staffScreen.unlocked': '{name} is unlocked',
    'audit.field.locked': 'Locked',
  },
);
