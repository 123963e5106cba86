import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSectionHistory, type SectionKind } from '../api';
import { formatMoment, fullName } from './format';
import { LoadError, Loading } from './States';

function Versions({ dossierId, kind, currentVersion }: { dossierId: string; kind: SectionKind; currentVersion: number }) {
  const { t, i18n } = useTranslation('dossier');
  const history = useSectionHistory(dossierId, kind, true);
  if (history.isPending) return <Loading text={t('history.loading')} />;
  if (history.isError) return <LoadError error={history.error} what="part" />;
  if (history.data.items.length === 0) return <Paragraph className="sp-empty">{t('history.empty')}</Paragraph>;
  return (
    <ol className="sp-dos-versions">
      {history.data.items.map((revision) => {
        const moment = formatMoment(revision.changedAt, i18n.language);
        return (
          <li key={revision.version} className="sp-dos-version">
            <Paragraph className="sp-dos-version__head">
              <strong>{t(revision.version === currentVersion ? 'history.current' : 'history.version', { version: revision.version })}</strong>{' '}
              <span className="sp-muted">
                {revision.changedBy ? t('history.by', { name: fullName(revision.changedBy), moment }) : t('history.byUnknown', { moment })}
              </span>
            </Paragraph>
            <div className="sp-dos-text">{revision.text || t('history.emptyText')}</div>
          </li>
        );
      })}
    </ol>
  );
}

/** Earlier versions of one plan section with who wrote them and when; asked for only when opened. */
export function SectionHistory({ dossierId, kind, title, currentVersion }: { dossierId: string; kind: SectionKind; title: string; currentVersion: number }) {
  const { t } = useTranslation('dossier');
  const [open, setOpen] = useState(false);
  return (
    <details className="sp-dos-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('history.summary')}
        <span className="sp-visually-hidden">{` ${t('history.of', { section: title })}`}</span>
      </summary>
      {open && <Versions dossierId={dossierId} kind={kind} currentVersion={currentVersion} />}
    </details>
  );
}
