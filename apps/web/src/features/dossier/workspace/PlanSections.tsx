import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSectionHistory, type Name, type PlanSection } from '../api';
import { formatMoment } from './dates';
import { FormToggle } from './FormToggle';
import { fullName } from './names';
import { NoticeArea } from './notice';
import { PlanSectionEditor } from './PlanSectionEditor';

/** "Gewijzigd op … door …", or only when, for a change nobody is named for (imported or seeded text). */
function useChangedLine() {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.plan' });
  return (at: string, by: Name | null) =>
    by ? t('changed', { when: formatMoment(at, i18n.language), name: fullName(by) }) : t('changedAt', { when: formatMoment(at, i18n.language) });
}

function HistoryList({ dossierId, section, id }: { dossierId: string; section: PlanSection; id: string }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.plan' });
  const history = useSectionHistory(dossierId, section.kind, true);
  const changed = useChangedLine();
  return (
    <ol id={id} className="sp-work-list sp-work-history" aria-label={t('historyLabel')}>
      {history.isPending && <li>{t('loadingHistory')}</li>}
      {history.data?.items.map((revision) => (
        <li key={revision.version} className="sp-work-item">
          <p className="sp-work-item__meta">{changed(revision.changedAt, revision.changedBy)}</p>
          <Paragraph className="sp-work-text">{revision.text || t('empty')}</Paragraph>
        </li>
      ))}
    </ol>
  );
}

/** One plan text with what the caller may do: edit it (when allowed) and look at its earlier versions. */
function SectionItem({ dossierId, section }: { dossierId: string; section: PlanSection }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.plan' });
  const [historyOpen, setHistoryOpen] = useState(false);
  const changed = useChangedLine();
  const title = t(`kind.${section.kind}`);
  const historyId = `plan-${section.kind}-history`;
  const mayEdit = section.policies.includes('update');
  return (
    <article className="sp-work-item" aria-labelledby={`plan-${section.kind}-title`}>
      <Heading level={3} id={`plan-${section.kind}-title`} className="sp-work-item__title">
        {title}
      </Heading>
      {section.text ? <Paragraph className="sp-work-text">{section.text}</Paragraph> : <Paragraph className="sp-empty">{t('empty')}</Paragraph>}
      {section.updatedAt && <p className="sp-work-item__meta">{changed(section.updatedAt, section.updatedBy)}</p>}
      {(mayEdit || section.version > 0) && (
        <ButtonGroup className="sp-work-item__buttons">
          {mayEdit && (
            <FormToggle label={t('edit')} hiddenLabel={title}>
              {(close) => <PlanSectionEditor dossierId={dossierId} section={section} title={title} onDone={close} />}
            </FormToggle>
          )}
          {section.version > 0 && (
            <Button
              appearance="secondary-action-button"
              aria-expanded={historyOpen}
              aria-controls={historyOpen ? historyId : undefined}
              onClick={() => setHistoryOpen(!historyOpen)}
            >
              {historyOpen ? t('hideHistory') : t('showHistory')}
              <span className="sp-visually-hidden">{` ${title}`}</span>
            </Button>
          )}
        </ButtonGroup>
      )}
      {historyOpen && <HistoryList dossierId={dossierId} section={section} id={historyId} />}
    </article>
  );
}

/** The three oMPOP texts the resident writes with the coach: living situation, future, agreements. */
export function PlanSections({ dossierId, sections }: { dossierId: string; sections: PlanSection[] }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.plan' });
  return (
    <section className="sp-work-section" aria-labelledby="plan-title">
      <Heading level={2} id="plan-title">
        {t('title')}
      </Heading>
      <NoticeArea>
        {sections.map((section) => (
          <SectionItem key={section.kind} dossierId={dossierId} section={section} />
        ))}
      </NoticeArea>
    </section>
  );
}
