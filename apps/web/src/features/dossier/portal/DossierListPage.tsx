import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { useMyDossiers, type DossierSummary } from '../api';
import { DossierCard } from './DossierCard';
import { LoadError, Loading } from './States';
import './portal.css';

function Group({ id, title, dossiers }: { id: string; title: string; dossiers: DossierSummary[] }) {
  return (
    <section aria-labelledby={id} className="sp-dos-group">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <ul className="sp-dos-list">
        {dossiers.map((dossier) => (
          <li key={dossier.id}>
            <DossierCard dossier={dossier} level={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** *Mijn dossiers*: every dossier I have a relation to, the open ones first, then the closed ones with date and reason. */
export function DossierListPage() {
  const { t } = useTranslation('dossier');
  const dossiers = useMyDossiers();
  const items = dossiers.data?.items ?? [];
  const open = items.filter((dossier) => dossier.closedOn === null);
  const closed = items.filter((dossier) => dossier.closedOn !== null).sort((a, b) => b.closedOn!.localeCompare(a.closedOn!));
  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph appearance="lead">{t('list.intro')}</Paragraph>
      {dossiers.isPending && <Loading />}
      {dossiers.isError && <LoadError error={dossiers.error} what="part" />}
      {dossiers.data && items.length === 0 && <Paragraph className="sp-empty">{t('list.empty')}</Paragraph>}
      {open.length > 0 && <Group id="dossiers-open" title={t('list.open')} dossiers={open} />}
      {closed.length > 0 && <Group id="dossiers-closed" title={t('list.closed')} dossiers={closed} />}
    </>
  );
}
