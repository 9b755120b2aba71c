import type { Product } from '@shared/products/product';

export interface LevelRow {
  id: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  location: string;
  /** Sellable stock. */
  onHand: number;
  /** Faulty stock (不良品), shown beside it; never sold. */
  faulty: number;
  safetyStock: number;
  /** IN-1: at or below the safety level (sellable stock only). */
  low: boolean;
  active: boolean;
}

interface Level {
  product: Pick<Product, 'code' | 'name' | 'spec' | 'unit' | 'location' | 'safetyStock' | 'active'> & { id: number };
  onHand: number;
  faulty: number;
  low: boolean;
}

/** The stock report's rows; `lowOnly` keeps the products to reorder (待补货). */
export function levelRows(levels: readonly Level[], lowOnly: boolean): LevelRow[] {
  return levels
    .filter((l) => !lowOnly || l.low)
    .map(({ product: p, onHand, faulty, low }) => ({
      id: p.id, code: p.code, name: p.name, spec: p.spec, unit: p.unit, location: p.location, safetyStock: p.safetyStock, active: p.active, onHand, faulty, low,
    }));
}
