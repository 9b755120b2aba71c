import { describe, expect, it } from 'vitest';
import { shipmentMoves } from './use-shipment-moves';

describe('status buttons of a shipment', () => {
  it('offer only the moves the state machine allows; none on a voided parcel', () => {
    expect(shipmentMoves('shipped', false)).toEqual(['inTransit', 'signed', 'exception']);
    expect(shipmentMoves('signed', false)).toEqual(['exception']);
    expect(shipmentMoves('confirmed', false)).toEqual([]);
    expect(shipmentMoves('shipped', true)).toEqual([]);
  });
});
