import { Heading, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseloadItem } from '../api';
import { formatDate, formatMoment } from './dates';
import { fullName } from './names';
import { StateLink } from './StateLink';
import { useWideScreen } from './useWideScreen';

/** Where a row leads: the dossier, or first the doorbraak step when it is outside the caller's reach. */
export function dossierLink(item: CaseloadItem) {
  return item.reachable ? `/werk/dossiers/${item.id}` : `/werk/dossiers/${item.id}/doorbraak`;
}

function NameLink({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.caseload' });
  const name = fullName(item.resident);
  const state = { name, fileNumber: item.fileNumber, team: item.team.name };
  return (
    <StateLink to={dossierLink(item)} state={state} className="sp-work-caseload__name">
      {name}
      {!item.reachable && <span className="sp-visually-hidden">{` (${t('outsideReach')})`}</span>}
    </StateLink>
  );
}

function Badges({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.caseload' });
  return (
    <>
      {item.closedOn && <span className="sp-work-badge">{t('closedBadge')}</span>}
      {!item.reachable && (
        <span className="sp-work-badge sp-work-badge--warning" aria-hidden="true">
          {t('outsideReach')}
        </span>
      )}
    </>
  );
}

/** The caseload as a table on a wide screen and as cards on a phone; only one of the two is rendered. */
export function CaseloadResults({ items, labelledBy }: { items: CaseloadItem[]; labelledBy: string }) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.caseload' });
  const wide = useWideScreen();
  const language = i18n.language;

  if (wide) {
    return (
      <Table className="sp-work-table" aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('column.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('column.dateOfBirth')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('column.fileNumber')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('column.team')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('column.lastActivity')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row" className="sp-work-table__name">
                <NameLink item={item} />
                <Badges item={item} />
              </TableHeaderCell>
              <TableCell className="sp-work-nowrap">{formatDate(item.resident.dateOfBirth, language)}</TableCell>
              <TableCell className="sp-work-nowrap">{item.fileNumber}</TableCell>
              <TableCell>{item.team.name}</TableCell>
              <TableCell className="sp-work-nowrap">{formatMoment(item.lastActivityAt, language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }

  return (
    <ul className="sp-work-cards" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.id} className="sp-work-card">
          <Heading level={3} className="sp-work-card__title">
            <NameLink item={item} />
          </Heading>
          <Badges item={item} />
          <dl className="sp-work-facts">
            <div>
              <dt>{t('column.dateOfBirth')}</dt>
              <dd>{formatDate(item.resident.dateOfBirth, language) || t('unknown')}</dd>
            </div>
            <div>
              <dt>{t('column.fileNumber')}</dt>
              <dd>{item.fileNumber}</dd>
            </div>
            <div>
              <dt>{t('column.team')}</dt>
              <dd>{item.team.name}</dd>
            </div>
            <div>
              <dt>{t('column.lastActivity')}</dt>
              <dd>{formatMoment(item.lastActivityAt, language)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
