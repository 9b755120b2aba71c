import { useEffect, useState, useSyncExternalStore } from 'react';
import { getCustomer } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { requestDraftFromCall } from '../../../db/service-requests-repo';
import { newRequestIntent, serviceHash, type NewRequestIntent } from '../service-tabs';
import { blankRequestForm, formFromDraft, withCustomer, type RequestFormValues } from './request-form';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

async function formFor(intent: NewRequestIntent): Promise<RequestFormValues> {
  if (intent.from === 'call') return formFromDraft(await requestDraftFromCall(getDb(), intent.callId));
  if (intent.from === 'customer') return withCustomer(blankRequestForm(), (await getCustomer(getDb(), intent.customerId)) ?? null);
  return blankRequestForm();
}

export interface NewRequest {
  /** The registration form's starting values while it is open, else null. */
  form: RequestFormValues | null;
  open: (form?: RequestFormValues) => void;
  close: () => void;
  /** Why a link's call or customer could not be read (the form then opens blank). */
  failure: unknown;
}

/**
 * 登记服务需求: opened by the button, or by an address from another module (`#/service/new?call=123`),
 * filled from that call or customer. The address is then replaced by the bare module address, so
 * closing the form (or reloading) does not open it again.
 */
export function useNewRequest(): NewRequest {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const [form, setForm] = useState<RequestFormValues | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    const intent = newRequestIntent(hash);
    if (!intent) return;
    let live = true;
    const show = (f: RequestFormValues) => {
      if (!live) return;
      window.history.replaceState(null, '', serviceHash);
      setForm(f);
    };
    formFor(intent).then(show, (e: unknown) => {
      setFailure(e);
      show(blankRequestForm());
    });
    return () => {
      live = false;
    };
  }, [hash]);

  return { form, open: (f = blankRequestForm()) => setForm(f), close: () => setForm(null), failure };
}
