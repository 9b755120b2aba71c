import { appScheme, printHost } from './origins';

/**
 * Print documents held in memory while their job runs and served as `app://print/<id>.html`.
 * A URL rather than a data: URL because Chromium caps URLs at 2 MB, and a separate host so the
 * document gets its own origin (no access to the app's IndexedDB) and its own strict CSP.
 */
export class PrintDocStore {
  private readonly docs = new Map<string, string>();
  private nextId = 1;

  add(html: string): { id: string; url: string } {
    const id = `job-${this.nextId++}`;
    this.docs.set(id, html);
    return { id, url: `${appScheme}://${printHost}/${id}.html` };
  }

  /** `pathname` as in the request URL, e.g. "/job-3.html". */
  getByPath(pathname: string): string | undefined {
    const match = /^\/(job-\d+)\.html$/.exec(pathname);
    return match?.[1] ? this.docs.get(match[1]) : undefined;
  }

  delete(id: string): void {
    this.docs.delete(id);
  }

  get size(): number {
    return this.docs.size;
  }
}
