import { defineStrings } from './define';

/** Files the app writes: names it refuses, and the name of the backup made before an upgrade. */
export const filesStrings = defineStrings(
  {
    'files.upgradeBackupPrefix': '售后服务中心-升级前备份',
    'files.error.empty': '文件名为空,文件未保存',
    'files.error.tooLong': '文件名太长(最多 200 个字符),文件未保存',
    'files.error.reservedCharacter': '文件名不能包含 \\ / : * ? " < > | 这些字符,文件未保存',
    'files.error.controlCharacter': '文件名含有控制字符或看不见的字符,文件未保存',
    'files.error.bidiControl': '文件名含有改变文字方向的隐藏字符(可能伪装文件类型),文件未保存',
    'files.error.trailingDotOrSpace': '文件名不能以点或空格结尾,文件未保存',
    'files.error.deviceName': '文件名是 Windows 保留的设备名(如 CON、NUL、COM1),文件未保存',
    'files.error.extension': '不允许保存这种文件类型,只能保存为 {allowed} 文件,文件未保存',
  },
  {
    'files.upgradeBackupPrefix': 'service-center-backup-before-upgrade',
    'files.error.empty': 'The file name is empty; nothing was saved',
    'files.error.tooLong': 'The file name is too long (200 characters at most); nothing was saved',
    'files.error.reservedCharacter': 'A file name cannot contain \\ / : * ? " < > |; nothing was saved',
    'files.error.controlCharacter': 'The file name holds control or invisible characters; nothing was saved',
    'files.error.bidiControl': 'The file name holds hidden characters that change the text direction (they can disguise the file type); nothing was saved',
    'files.error.trailingDotOrSpace': 'A file name cannot end with a dot or a space; nothing was saved',
    'files.error.deviceName': 'The file name is a name Windows reserves for a device (such as CON, NUL, COM1); nothing was saved',
    'files.error.extension': 'This file type is not allowed; only {allowed} files can be saved. Nothing was saved',
  },
);
