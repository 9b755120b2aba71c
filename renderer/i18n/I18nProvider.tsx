import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { langs, type Lang } from '@shared/i18n';
import { getDb } from '../db/db';
import { getSetting, setSetting } from '../db/settings-repo';
import { applyDayjsLocale } from '../theme/dayjs-locale';
import { LangContext, type LangState } from './context';

const defaultLang: Lang = 'zh-CN';

function isLang(value: unknown): value is Lang {
  return langs.some((l) => l === value);
}

/** Reads the language from settings 'lang' (zh-CN until it is known) and writes it back on change. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const stored = useLiveQuery(() => getSetting<unknown>(getDb(), 'lang', defaultLang), []);
  const lang = isLang(stored) ? stored : defaultLang;

  useEffect(() => {
    document.documentElement.lang = lang;
    applyDayjsLocale(lang);
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    // A full disk refuses it: the warning shows, the language stays as it was.
    setSetting(getDb(), 'lang', next).catch((e: unknown) => console.warn('the language could not be stored', e));
  }, []);

  const value = useMemo<LangState>(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}
