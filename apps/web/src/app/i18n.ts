import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, namespaces, resources, type Language } from '../locales';

export const languageStorageKey = 'samenplan.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The remembered choice, or Dutch. Storage may be blocked (private mode, strict settings): then we just use Dutch. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(languageStorageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function setDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

function rememberLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(languageStorageKey, language);
  } catch {
    // Not remembered across visits; the switch still works for this page.
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', setDocumentLanguage);

void i18n.use(initReactI18next).init({
  resources,
  ns: [...namespaces],
  defaultNS: 'common',
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  // Resources are bundled, so initialisation can finish before the first render.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Only an explicit choice is remembered, so a first visit does not write to storage. */
export function switchLanguage(language: Language) {
  rememberLanguage(language);
  return i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}
