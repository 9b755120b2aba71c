import { defineStrings } from './define';

/** Refusals of the slip and shipment repositories (renderer/db) that the pure rules do not produce. */
export const slipRecordStrings = defineStrings(
  {
    'slipRecord.error.notFound': '找不到该购销单',
    'slipRecord.error.exchangeNotFound': '找不到该换货记录',
    'slipRecord.error.notCourierExchange': '该换货不是快递换出,不走发货流程',
    'slipRecord.error.notVoided': '只有已作废的购销单才能被新单替换',
    'slipRecord.error.alreadyReplaced': '该作废购销单已有替换单',
    'slipRecord.error.unknownCarrier': '请选择快递公司列表中的快递公司(已停用的不能选)',
    'slipRecord.error.listNotFound': '请先填写发货明细表(品类、数量、收货人、电话、地址)',
    'slipRecord.error.listLocked': '发货明细表已交库房配货,不能再修改;如需修改请作废购销单后重开',
    'slipRecord.error.shipmentNotFound': '找不到该发货记录',
    'slipRecord.error.counterNotAllowed': '清点人须为在职且有配货打包权限的员工,并用本人密码当场确认',
    'slipRecord.error.attachmentNotFound': '找不到该附件,请重新粘贴或选择截图',
    'slipRecord.error.shipmentVoided': '该发货记录对应的购销单已作废',
    'shipment.chase.callRequired': '每次催查须记录至少一通电话(联系快递或告知客户)',
    'carrier.error.empty': '快递公司列表至少要有一家',
    'call.error.badRef': '电话记录关联的单据无效',
  },
  {
    'slipRecord.error.notFound': 'Purchase slip not found',
    'slipRecord.error.exchangeNotFound': 'Exchange not found',
    'slipRecord.error.notCourierExchange': 'This exchange is not sent by courier and does not go through shipping',
    'slipRecord.error.notVoided': 'Only a voided purchase slip can be replaced by a new one',
    'slipRecord.error.alreadyReplaced': 'This voided slip already has a replacement',
    'slipRecord.error.unknownCarrier': 'Choose a carrier from the carrier list (inactive ones cannot be chosen)',
    'slipRecord.error.listNotFound': 'Fill in the shipping detail list first (category, quantity, recipient, phone, address)',
    'slipRecord.error.listLocked': 'The shipping list has been handed to the warehouse and cannot be changed; void the slip and start a new one to change it',
    'slipRecord.error.shipmentNotFound': 'Shipment not found',
    'slipRecord.error.counterNotAllowed': 'The counter must be an active staff member allowed to pack, confirmed with their own PIN just now',
    'slipRecord.error.attachmentNotFound': 'Attachment not found: paste or choose the screenshot again',
    'slipRecord.error.shipmentVoided': 'The purchase slip of this shipment has been voided',
    'shipment.chase.callRequired': 'Every chase records at least one call (to the courier or telling the customer)',
    'carrier.error.empty': 'The carrier list needs at least one carrier',
    'call.error.badRef': 'The record this call is linked to is not valid',
  },
);
