import { defineStrings } from './define';

/** The Excel import dialog (renderer/components/ImportDialog), whatever it imports: products, customers. */
export const importDialogStrings = defineStrings(
  {
    'import.pickFile': '选择 Excel 文件',
    'import.file': '文件:{name},{rows} 行',
    'import.field': '字段',
    'import.column': '文件中的列',
    'import.notImported': '(不导入)',
    'import.required': '必填',
    'import.confirm': '确认导入',
    'import.progress': '正在导入 {done} / {total}',
    'import.badFile': '无法读取该文件,请选择 .xlsx 格式的 Excel 文件',
    'import.moreProblems': '另有 {count} 处问题未列出',
    'import.headerRow': '表头',
  },
  {
    'import.pickFile': 'Choose an Excel file',
    'import.file': 'File: {name}, {rows} rows',
    'import.field': 'Field',
    'import.column': 'Column in the file',
    'import.notImported': '(not imported)',
    'import.required': 'Required',
    'import.confirm': 'Import',
    'import.progress': 'Importing {done} / {total}',
    'import.badFile': 'This file cannot be read: choose an .xlsx Excel file',
    'import.moreProblems': '{count} more problems not listed',
    'import.headerRow': 'Header',
  },
);
