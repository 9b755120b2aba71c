import { defineStrings } from './define';

/** What the import refuses in a file as a whole (its kind, size, time) and in single cells (types, phones, regions). */
export const importCheckStrings = defineStrings(
  {
    'import.file.notWorkbook': '这个文件不是 Excel 工作簿(.xlsx、.xls)或 CSV 文件,无法导入。请在 Excel 中另存为 .xlsx 后再选择',
    'import.file.damaged': '这个文件不完整或已损坏,无法读取。请在 Excel 中打开、重新保存后再导入',
    'import.file.empty': '这个工作簿是空的:第一个工作表中没有任何内容',
    'import.file.tooLarge': '文件太大,无法导入(最多 {mb} MB、{rows} 行)。请分成几个文件导入',
    'import.file.timeout': '读取这个文件超过了 {seconds} 秒,已停止。文件可能已损坏,请在 Excel 中重新保存后再导入',
    'import.file.wrongExtension': '文件名的扩展名与内容不符,请选择 .xlsx、.xls 或 .csv 文件',
    'import.error.notText': '应填写文字,不能是日期或“是/否”',
    'import.error.phoneNotText': '电话应填写号码,不能是日期或“是/否”',
    'import.error.badPhone': '不是有效的电话号码:只能填写数字(可含空格、-、括号),多个电话用 / 或 、 分隔',
    'import.error.unknownProvince': '不是省、自治区、直辖市或特别行政区的名称(请用简体中文,如“广东省”或“广东”)',
    'import.error.unknownCity': '不是该省份的城市',
    'import.error.badDistrict': '不是区、县(或县级市、旗)的名称',
    'import.error.provinceRequired': '填写了城市或区县时,省份也必须填写',
  },
  {
    'import.file.notWorkbook': 'This file is not an Excel workbook (.xlsx, .xls) or a CSV file and cannot be imported. Save it as .xlsx in Excel and choose it again',
    'import.file.damaged': 'This file is incomplete or damaged and cannot be read. Open it in Excel, save it again and import it again',
    'import.file.empty': 'This workbook is empty: its first sheet holds nothing',
    'import.file.tooLarge': 'The file is too large to import (at most {mb} MB and {rows} rows). Split it into several files',
    'import.file.timeout': 'Reading this file took more than {seconds} seconds and was stopped. It may be damaged: save it again in Excel and import it again',
    'import.file.wrongExtension': 'The file name’s extension does not match its contents: choose an .xlsx, .xls or .csv file',
    'import.error.notText': 'Should be text, not a date or a Yes/No value',
    'import.error.phoneNotText': 'A phone should be a number, not a date or a Yes/No value',
    'import.error.badPhone': 'Not a valid phone: digits only (spaces, - and brackets allowed); separate several phones with / or 、',
    'import.error.unknownProvince': 'Not the name of a province, region, municipality or SAR (use simplified Chinese, e.g. 广东省 or 广东)',
    'import.error.unknownCity': 'Not a city of this province',
    'import.error.badDistrict': 'Not the name of a district or county (or county-level city, banner)',
    'import.error.provinceRequired': 'When a city or district is given, the province is required too',
  },
);
