import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../locales';
import { currentLanguage, switchLanguage } from '../i18n';

/**
 * Each language is named in itself and marked with its own lang, so a screen reader pronounces "English" in English
 * even on a Dutch page. The pressed state tells which one is active.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = i18n.resolvedLanguage ?? currentLanguage();
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
          onClick={() => void switchLanguage(language)}
        >
          {t(`language.${language}`)}
        </Button>
      ))}
    </div>
  );
}
