/** Sample data for previews and tests: long enough to exercise wrapping, Chinese throughout. */
import type { WaybillData } from './waybill-data';

export const sampleWaybill: WaybillData = {
  trackingNo: 'SF1428570396215',
  sender: {
    name: '售后服务中心 王丽',
    phone: '0571-88886666',
    address: '浙江省杭州市西湖区文三路 478 号华星时代广场 A 座 12 楼售后服务中心',
  },
  recipient: {
    name: '张三丰',
    phone: '13912345678',
    province: '广东省',
    city: '深圳市',
    district: '南山区',
    address: '科技园南区高新南七道 18 号深圳软件产业基地 4 栋 B 座 1203 室',
  },
  goods: '净水器滤芯 PP 棉 ×2、RO 膜 ×1(易碎,请轻放)',
  pieces: 2,
  remarks: '工作日白天送货,送货前请先电话联系;如无人签收请放前台代收。',
  date: '2025-03-14',
};
