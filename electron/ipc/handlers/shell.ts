import { isAllowedTrackingUrl } from '@shared/shipping/carriers';
import { OperationError } from '../../errors';
import type { Handlers } from '../register';

/** What the handler needs from Electron's `shell`. */
export interface ShellDeps {
  openExternal(url: string): Promise<void>;
}

/**
 * 查询物流: the carrier's tracking page in the system browser. The contract's schema already refuses a
 * page off the allow-list; the check is repeated here so no other caller can open anything else.
 */
export function shellHandlers<E>(shell: ShellDeps): Pick<Handlers<E>, 'shell/open-external'> {
  return {
    'shell/open-external': async ({ url }) => {
      if (!isAllowedTrackingUrl(url)) throw new OperationError('FAILED', '只能打开允许的快递查件网站');
      await shell.openExternal(url);
      return { opened: true };
    },
  };
}
