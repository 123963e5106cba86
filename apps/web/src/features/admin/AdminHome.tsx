import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import './admin.css';

/** Sections of beheer; "Sjablonen" (plan templates) lives at /werk/beheer/sjablonen. */
const sections = [
  { key: 'staff', to: '/werk/beheer/medewerkers' },
  { key: 'teams', to: '/werk/beheer/teams' },
  { key: 'groups', to: '/werk/beheer/gebruikersgroepen' },
  { key: 'templates', to: '/werk/beheer/sjablonen' },
  { key: 'questions', to: '/werk/beheer/vragen' },
  { key: 'settings', to: '/werk/beheer/instellingen' },
  { key: 'terms', to: '/werk/beheer/voorwaarden' },
] as const;

export function AdminHome() {
  const { t } = useTranslation('admin');
  return (
    <div className="sp-admin">
      <PageHeading>{t('home.title')}</PageHeading>
      <Paragraph>{t('home.intro')}</Paragraph>
      <ul className="sp-admin-sections">
        {sections.map((section) => (
          <li key={section.key} className="sp-admin-section">
            <Heading level={2} className="sp-admin-section__title">
              <RouterLink to={section.to}>{t(`home.${section.key}.title`)}</RouterLink>
            </Heading>
            <Paragraph>{t(`home.${section.key}.text`)}</Paragraph>
          </li>
        ))}
      </ul>
    </div>
  );
}
