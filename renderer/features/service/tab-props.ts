import type { Notice } from '../../components/notice';

/** What every tab of 服务 gets from the screen: one notice line. */
export interface TabProps {
  onNotice: (notice: Notice) => void;
}
