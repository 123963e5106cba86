import { ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type DossierPage, type RelativeAccess } from '../api';
import { ConfirmButton } from './ConfirmButton';
import { FormToggle } from './FormToggle';
import { InviteResidentForm } from './InviteResidentForm';
import { fullName } from './names';
import { NoticeArea, useNotice } from './notice';
import { RelativeAccessForm } from './RelativeAccessForm';
import { RelativeForm } from './RelativeForm';

function RelativeItem({ dossierId, relative }: { dossierId: string; relative: RelativeAccess }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.relatives' });
  const { revokeRelative } = useDossierWrites(dossierId);
  const notice = useNotice();
  const name = fullName(relative);
  const revoke = async () => {
    try {
      await revokeRelative.mutateAsync({ personId: relative.personId, version: relative.version });
      notice.ok(t('revoked', { name }));
    } catch (error) {
      notice.failed(error, t('failed'));
    }
  };
  return (
    <li className="sp-work-item">
      <Heading level={3} className="sp-work-item__title">
        {name}
      </Heading>
      <p className="sp-work-item__meta">
        <span>{relative.relation}</span>
        <span className={`sp-work-badge${relative.level === 'none' ? '' : ' sp-work-badge--ok'}`}>{t(`levels.${relative.level}`)}</span>
        {relative.actsOnBehalf && <span className="sp-work-badge">{t('guardian')}</span>}
        {(relative.level === 'view' || relative.level === 'write') && <span>{relative.hasAccount ? t('hasAccount') : t('noAccount')}</span>}
      </p>
      <ButtonGroup className="sp-work-item__buttons">
        {relative.policies.includes('update') && (
          <FormToggle label={t('change')} hiddenLabel={name}>
            {(close) => <RelativeAccessForm dossierId={dossierId} relative={relative} onDone={close} />}
          </FormToggle>
        )}
        {relative.policies.includes('revoke') && (
          <ConfirmButton label={t('revoke')} hiddenLabel={name} question={t('revokeQuestion', { name })} confirm={t('revokeYes')} onConfirm={revoke} />
        )}
      </ButtonGroup>
    </li>
  );
}

/** *Wie mag inloggen en de gegevens inzien*: relatives with their relation and access level. */
export function RelativesSection({ page, relatives }: { page: DossierPage; relatives: RelativeAccess[] }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.relatives' });
  return (
    <section className="sp-work-section" aria-labelledby="relatives-title">
      <Heading level={2} id="relatives-title">
        {t('title')}
      </Heading>
      <NoticeArea>
        {page.residentAccount && page.residentAccount !== 'none' && <Paragraph>{t(`resident.${page.residentAccount}`)}</Paragraph>}
        {page.residentAccount === 'none' && page.can.addRelative && (
          <FormToggle label={t('inviteResident')}>{(close) => <InviteResidentForm dossierId={page.id} onDone={close} />}</FormToggle>
        )}
        {page.can.addRelative && <FormToggle label={t('add')}>{(close) => <RelativeForm dossierId={page.id} onDone={close} />}</FormToggle>}
        {relatives.length === 0 ? (
          <Paragraph className="sp-empty">{t('none')}</Paragraph>
        ) : (
          <ul className="sp-work-list" aria-labelledby="relatives-title">
            {relatives.map((relative) => (
              <RelativeItem key={relative.personId} dossierId={page.id} relative={relative} />
            ))}
          </ul>
        )}
      </NoticeArea>
    </section>
  );
}
