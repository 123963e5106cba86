import 'i18next';
import type { resources } from '../locales';

// Typed keys: a misspelt translation key is a compile error, not a blank on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['nl'];
  }
}
