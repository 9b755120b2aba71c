import { defineStrings } from './define';

/** Refusals of the stock repositories (renderer/db) that the pure stock rules do not produce. */
export const stockRecordStrings = defineStrings(
  {
    'stockRecord.error.notFound': '找不到该单据',
    'stockRecord.discrepancy.alreadyHandled': '该差异已处理',
    'stockRecord.settlement.alreadySettled': '该日已日结;如需重新日结,请主管先重新开启该日',
    'stockRecord.take.unknownProduct': '该产品不在本次盘点范围内',
    'stockRecord.import.notReady': '导入文件仍有问题或没有可导入的行,未写入任何数据',
  },
  {
    'stockRecord.error.notFound': 'Document not found',
    'stockRecord.discrepancy.alreadyHandled': 'This discrepancy has already been handled',
    'stockRecord.settlement.alreadySettled': 'This day is already settled; a supervisor must reopen it before it is settled again',
    'stockRecord.take.unknownProduct': 'This product is not part of this stock take',
    'stockRecord.import.notReady': 'The file still has problems or no rows to import; nothing was written',
  },
);
