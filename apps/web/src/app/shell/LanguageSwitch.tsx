import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { identityApi, useMe } from '../../features/identity/api';
import { languages, type Language } from '../../locales';
import { currentLanguage, switchLanguage } from '../i18n';

/**
 * Each language is named in itself and marked with its own lang, so a screen reader pronounces "English" in English
 * even on a Dutch page. The pressed state tells which one is active. When someone is signed in, the choice is also
 * stored with their person: mails others cause to be sent to them (new message, signature request) follow it.
 * Signed out, it only changes the app.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const active = i18n.resolvedLanguage ?? currentLanguage();
  const choose = (language: Language) => {
    void switchLanguage(language);
    // The app switches at once either way; a failed save only leaves the mail language as it was.
    if (me.data) identityApi.setLanguage(language).catch(() => undefined);
  };
  return (
    <div className="sp-language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <Button
          key={language}
          type="button"
          appearance="subtle-button"
          className="sp-language-switch__button"
          lang={language}
          pressed={active === language}
          onClick={() => choose(language)}
        >
          {t(`language.${language}`)}
        </Button>
      ))}
    </div>
  );
}
