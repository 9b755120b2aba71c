import { useEffect, useState } from 'react';
import type { AddressPart } from '@shared/address/parse';
import type { ShipSource } from '@shared/shipping/ship-doc';
import type { DoubtReason, Recipient, ShippingListLine } from '@shared/shipping/shipping-list';
import { getDb } from '../../../db/db';
import { fillFromPaste } from './address-fill';
import { shipApi } from './ship-api';

export interface RecipientForm {
  /** undefined while the draft loads. */
  lines: ShippingListLine[] | undefined;
  recipient: Recipient | undefined;
  flagged: AddressPart[];
  nothingFound: boolean;
  dirty: boolean;
  /** SHP-1 reasons for the recipient as typed now. */
  doubts: DoubtReason[];
  change: (c: Partial<Recipient>) => void;
  paste: (text: string) => void;
  markSaved: () => void;
}

/** The 发货明细表 as edited: loaded from the saved list (or the slip / exchange and customer), a pasted blob read in. */
export function useRecipientForm(source: ShipSource, savedAt: number | undefined): RecipientForm {
  const { type, id } = source;
  const [lines, setLines] = useState<ShippingListLine[]>();
  const [recipient, setRecipient] = useState<Recipient>();
  const [flagged, setFlagged] = useState<AddressPart[]>([]);
  const [nothingFound, setNothingFound] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [doubts, setDoubts] = useState<DoubtReason[]>([]);

  useEffect(() => {
    let live = true;
    void shipApi({ type, id }).draft(getDb()).then((d) => {
      if (!live) return;
      setLines(d.lines);
      setRecipient(d.recipient);
      setDirty(false);
    });
    return () => {
      live = false;
    };
  }, [type, id, savedAt]);

  useEffect(() => {
    if (!recipient) return;
    const timer = setTimeout(() => void shipApi({ type, id }).doubts(getDb(), recipient).then(setDoubts, () => setDoubts([])), 200);
    return () => clearTimeout(timer);
  }, [type, id, recipient]);

  return {
    lines,
    recipient,
    flagged,
    nothingFound,
    dirty,
    doubts,
    change: (c) => {
      setRecipient((r) => (r ? { ...r, ...c } : r));
      setFlagged((f) => f.filter((p) => !(p in c)));
      setDirty(true);
    },
    paste: (text) => {
      if (!recipient) return;
      const fill = fillFromPaste(text, recipient);
      setRecipient(fill.recipient);
      setFlagged(fill.flagged);
      setNothingFound(fill.nothingFound);
      setDirty(true);
    },
    markSaved: () => setDirty(false),
  };
}
