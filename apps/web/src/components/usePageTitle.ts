import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from './area-context';

/** Every page gets its own document title (WCAG 2.4.2), in the current language. */
export function usePageTitle(page: string) {
  const { t } = useTranslation();
  const area = useArea();
  const title = t('pageTitle', { page, area: t(`areas.${area}`) });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
