import { useLiveQuery } from 'dexie-react-hooks';
import type { Template } from '@shared/templates/template';
import { getDb } from '../../db/db';
import { getTemplate, listTemplates, type TemplateEntry } from '../../db/templates-repo';

/** Every template (built-in order), each with whether a customised version is saved; live. */
export function useTemplateList(): TemplateEntry[] | undefined {
  return useLiveQuery(() => listTemplates(getDb()), []);
}

/** The template in use for `id` (saved or built-in); undefined while loading, null when unknown. */
export function useTemplate(id: string): Template | null | undefined {
  return useLiveQuery(async () => (await getTemplate(getDb(), id)) ?? null, [id]);
}
