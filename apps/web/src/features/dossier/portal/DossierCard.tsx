import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink';
import type { DossierSummary } from '../api';
import { formatDay, fullName, ownStanding } from './format';
import { useTeamType } from './useTeamType';

/**
 * One dossier in a list: the heading is the link into it (team and file number), then whose it is (for a relative),
 * the organisation, and whether it is open or since when closed and why.
 */
export function DossierCard({ dossier, level, compact = false }: { dossier: DossierSummary; level: 2 | 3; compact?: boolean }) {
  const { t, i18n } = useTranslation('dossier');
  const teamType = useTeamType();
  const standing = ownStanding(dossier.relations);
  const closed = dossier.closedOn !== null;
  return (
    <article className={`sp-dos-dossier${closed ? ' sp-dos-dossier--closed' : ''}`} aria-labelledby={`dossier-${dossier.id}`}>
      <Heading level={level} className="sp-dos-dossier__title" id={`dossier-${dossier.id}`}>
        <RouterLink to={`/dossiers/${dossier.id}`}>{t('card.title', { team: dossier.team.name, fileNumber: dossier.fileNumber })}</RouterLink>
      </Heading>
      {standing !== 'resident' && <Paragraph className="sp-dos-dossier__whose">{t('card.of', { name: fullName(dossier.resident) })}</Paragraph>}
      <dl className="sp-dos-facts sp-dos-facts--inline">
        {!compact && (
          <>
            <div>
              <dt>{t('card.teamType')}</dt>
              <dd>{teamType(dossier.team.teamType)}</dd>
            </div>
            <div>
              <dt>{t('card.organisation')}</dt>
              <dd>{dossier.organisation.name}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('card.registeredOn')}</dt>
          <dd>{formatDay(dossier.registeredOn, i18n.language)}</dd>
        </div>
        {closed && (
          <>
            <div>
              <dt>{t('card.closedOn')}</dt>
              <dd>{formatDay(dossier.closedOn!, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('card.closingReason')}</dt>
              <dd>{dossier.closingReason ?? t('card.noReason')}</dd>
            </div>
          </>
        )}
      </dl>
      <Paragraph className={`sp-dos-badge ${closed ? 'sp-dos-badge--closed' : 'sp-dos-badge--open'}`}>{closed ? t('card.closed') : t('card.open')}</Paragraph>
    </article>
  );
}
