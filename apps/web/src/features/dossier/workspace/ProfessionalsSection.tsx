import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DossierPage } from '../api';
import { fullName } from './names';

/** Who works on this dossier, with how to reach them. */
export function ProfessionalsSection({ page }: { page: DossierPage }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.professionals' });
  return (
    <section className="sp-work-section" aria-labelledby="professionals-title">
      <Heading level={2} id="professionals-title">
        {t('title')}
      </Heading>
      {page.professionals.length === 0 && <Paragraph className="sp-empty">{t('none')}</Paragraph>}
      <ul className="sp-work-list">
        {page.professionals.map((person) => (
          <li key={person.personId} className="sp-work-item">
            <Heading level={3} className="sp-work-item__title">
              {fullName(person)}
            </Heading>
            {person.responsible && <span className="sp-work-badge sp-work-badge--ok">{t('responsible')}</span>}
            <dl className="sp-work-facts">
              {person.organisation && (
                <div>
                  <dt>{t('organisation')}</dt>
                  <dd>{person.organisation}</dd>
                </div>
              )}
              {person.phone && (
                <div>
                  <dt>{t('phone')}</dt>
                  <dd>
                    <Link href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</Link>
                  </dd>
                </div>
              )}
              {person.email && (
                <div>
                  <dt>{t('email')}</dt>
                  <dd>
                    <Link href={`mailto:${person.email}`} className="sp-work-break">
                      {person.email}
                    </Link>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
