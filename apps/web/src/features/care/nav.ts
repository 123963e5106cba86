import { useTranslation } from 'react-i18next';

/** The portal's navigation entries of this feature (seed 003's menu: Planning, ECD). */
export function useCareNav() {
  const { t } = useTranslation('care');
  return [
    { to: '/planning', label: t('nav.planning') },
    { to: '/zorgdossier', label: t('nav.ecd') },
  ];
}
