import { createContext, useContext, useMemo } from 'react';
import { translate, type Lang, type Translate } from '@shared/i18n';

export interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: 'zh-CN', setLang: () => undefined });

/** The current language and its setter (the setter persists it in settings 'lang'). */
export function useLang(): [Lang, (lang: Lang) => void] {
  const { lang, setLang } = useContext(LangContext);
  return [lang, setLang];
}

/** A `Translate` for the current language; every string on screen goes through it. */
export function useT(): Translate {
  const { lang } = useContext(LangContext);
  return useMemo<Translate>(() => (key, params) => translate(lang, key, params), [lang]);
}
