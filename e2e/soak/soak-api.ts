/**
 * What the soak page (renderer/soak/soak.ts) puts on `window.__soak`, as the harness calls it inside
 * the page. Written out here because the harness's program does not compile the renderer.
 */
export interface SoakFingerprint {
  dataset: string | null;
  customers: number;
  callLogs: number;
  staff: number;
}

export interface SoakIntegrity {
  records: number;
  auditEntries: number;
  withoutAudit: string[];
  auditWithoutRecord: string[];
  halfWritten: string[];
}

export interface SoakApi {
  seedStaff(): Promise<void>;
  seedDataset(marker: string, customers: number, calls: number): Promise<void>;
  writeLoop(): void;
  writes(): number;
  integrity(): Promise<SoakIntegrity>;
  fingerprint(): Promise<SoakFingerprint>;
  backup(): Promise<string>;
  restore(url: string): Promise<{ ok: boolean; reason?: string }>;
  databases(): Promise<{ names: string[]; active: string | null; replaced: string | null; staging: string[] }>;
}

declare global {
  interface Window {
    __soak?: SoakApi;
  }
}
