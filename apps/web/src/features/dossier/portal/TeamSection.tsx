import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DossierPage } from '../api';
import { fullName } from './format';
import { useTeamType } from './useTeamType';

/** A phone number as a link that starts a call; spaces and dashes are left out of the tel: address. */
function Phone({ number, who }: { number: string; who: string }) {
  const { t } = useTranslation('dossier');
  return (
    <Link href={`tel:${number.replace(/[^+0-9]/g, '')}`}>
      {number}
      <span className="sp-visually-hidden">{` ${t('team.callWho', { name: who })}`}</span>
    </Link>
  );
}

function Email({ address, who }: { address: string; who: string }) {
  const { t } = useTranslation('dossier');
  return (
    <Link href={`mailto:${address}`} className="sp-dos-email">
      {address}
      <span className="sp-visually-hidden">{` ${t('team.mailWho', { name: who })}`}</span>
    </Link>
  );
}

/** Team type, the organisation with its phone and e-mail, and the professionals: who to call or write to. */
export function TeamSection({ page }: { page: DossierPage }) {
  const { t } = useTranslation('dossier');
  const teamType = useTeamType();
  const organisation = page.organisation;
  const professionals = [...page.professionals].sort((a, b) => Number(b.responsible) - Number(a.responsible));
  return (
    <section className="sp-dos-section" aria-labelledby="sec-team">
      <Heading level={2} id="sec-team">
        {t('team.title')}
      </Heading>
      <dl className="sp-dos-facts">
        <div>
          <dt>{t('team.teamType')}</dt>
          <dd>{teamType(page.team.teamType)}</dd>
        </div>
        <div>
          <dt>{t('team.team')}</dt>
          <dd>{page.team.name}</dd>
        </div>
        <div>
          <dt>{t('team.organisation')}</dt>
          <dd>
            {organisation.name}
            {organisation.phone && (
              <>
                <br />
                {t('team.phone')}: <Phone number={organisation.phone} who={organisation.name} />
              </>
            )}
            {organisation.email && (
              <>
                <br />
                {t('team.email')}: <Email address={organisation.email} who={organisation.name} />
              </>
            )}
          </dd>
        </div>
      </dl>
      <Heading level={3} className="sp-dos-subtitle">
        {t('team.professionals')}
      </Heading>
      {professionals.length === 0 ? (
        <Paragraph className="sp-empty">{t('team.noProfessionals')}</Paragraph>
      ) : (
        <ul className="sp-dos-people">
          {professionals.map((person) => {
            const name = fullName(person);
            return (
              <li key={person.personId} className="sp-dos-person">
                <Paragraph className="sp-dos-person__name">
                  <strong>{name}</strong>
                  {person.responsible && <span className="sp-dos-badge sp-dos-badge--open">{t('team.responsible')}</span>}
                </Paragraph>
                {person.organisation && <Paragraph className="sp-muted">{person.organisation}</Paragraph>}
                {person.phone && (
                  <Paragraph>
                    {t('team.phone')}: <Phone number={person.phone} who={name} />
                  </Paragraph>
                )}
                {person.email && (
                  <Paragraph>
                    {t('team.email')}: <Email address={person.email} who={name} />
                  </Paragraph>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
