import type { Notice } from '../../components/notice';
import type { StockTab } from './stock-tabs';

/** What every tab of 产品与库存 gets from the screen: one notice line, and a way to open another tab. */
export interface TabProps {
  onNotice: (notice: Notice) => void;
  onOpenTab: (tab: StockTab) => void;
}
