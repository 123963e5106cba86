import { ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type DossierPage, type InvolvedParty } from '../api';
import { ConfirmButton } from './ConfirmButton';
import { FormToggle } from './FormToggle';
import { NoticeArea, useNotice } from './notice';
import { PartyForm } from './PartyForm';

function PartyItem({ dossierId, party }: { dossierId: string; party: InvolvedParty }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.parties' });
  const { removeInvolvedParty } = useDossierWrites(dossierId);
  const notice = useNotice();
  const remove = async () => {
    try {
      await removeInvolvedParty.mutateAsync({ partyId: party.id, version: party.version });
      notice.ok(t('removed', { name: party.name }));
    } catch (error) {
      notice.failed(error, t('failed'));
    }
  };
  return (
    <li className="sp-work-item">
      <Heading level={3} className="sp-work-item__title">
        {party.name}
      </Heading>
      <dl className="sp-work-facts">
        {party.contactName && (
          <div>
            <dt>{t('contactName')}</dt>
            <dd>{party.contactName}</dd>
          </div>
        )}
        {party.phone && (
          <div>
            <dt>{t('phone')}</dt>
            <dd>
              <Link href={`tel:${party.phone.replace(/\s/g, '')}`}>{party.phone}</Link>
            </dd>
          </div>
        )}
        {party.email && (
          <div>
            <dt>{t('email')}</dt>
            <dd>
              <Link href={`mailto:${party.email}`} className="sp-work-break">
                {party.email}
              </Link>
            </dd>
          </div>
        )}
      </dl>
      <ButtonGroup className="sp-work-item__buttons">
        {party.policies.includes('update') && (
          <FormToggle label={t('edit')} hiddenLabel={party.name}>
            {(close) => <PartyForm dossierId={dossierId} party={party} onDone={close} />}
          </FormToggle>
        )}
        {party.policies.includes('delete') && (
          <ConfirmButton label={t('remove')} hiddenLabel={party.name} question={t('removeQuestion', { name: party.name })} confirm={t('removeYes')} onConfirm={remove} />
        )}
      </ButtonGroup>
    </li>
  );
}

/** *Betrokken personen en instellingen*: listed with contact details; they have no login and no rights. */
export function PartiesSection({ page }: { page: DossierPage }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.parties' });
  return (
    <section className="sp-work-section" aria-labelledby="parties-title">
      <Heading level={2} id="parties-title">
        {t('title')}
      </Heading>
      <NoticeArea>
        {page.can.addInvolvedParty && <FormToggle label={t('add')}>{(close) => <PartyForm dossierId={page.id} onDone={close} />}</FormToggle>}
        {page.involvedParties.length === 0 ? (
          <Paragraph className="sp-empty">{t('none')}</Paragraph>
        ) : (
          <ul className="sp-work-list" aria-labelledby="parties-title">
            {page.involvedParties.map((party) => (
              <PartyItem key={party.id} dossierId={page.id} party={party} />
            ))}
          </ul>
        )}
      </NoticeArea>
    </section>
  );
}
