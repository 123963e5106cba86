import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSectionHistory, type PlanSection } from '../api';
import { formatMoment } from './dates';
import { FormToggle } from './FormToggle';
import { fullName } from './names';
import { NoticeArea } from './notice';
import { PlanSectionEditor } from './PlanSectionEditor';

function History({ dossierId, section }: { dossierId: string; section: PlanSection }) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.plan' });
  const [open, setOpen] = useState(false);
  const history = useSectionHistory(dossierId, section.kind, open);
  const listId = `plan-${section.kind}-history`;
  return (
    <div className="sp-work-history">
      <Button appearance="subtle-button" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen(!open)}>
        {open ? t('hideHistory') : t('showHistory')}
      </Button>
      {open && (
        <ol id={listId} className="sp-work-list">
          {history.isPending && <li>{t('loadingHistory')}</li>}
          {history.data?.items.map((revision) => (
            <li key={revision.version} className="sp-work-item">
              <p className="sp-work-item__meta">
                {t('changed', { when: formatMoment(revision.changedAt, i18n.language), name: revision.changedBy ? fullName(revision.changedBy) : t('someone') })}
              </p>
              <Paragraph className="sp-work-text">{revision.text || t('empty')}</Paragraph>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The three oMPOP texts the resident writes with the coach: living situation, future, agreements. */
export function PlanSections({ dossierId, sections }: { dossierId: string; sections: PlanSection[] }) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.plan' });
  return (
    <section className="sp-work-section" aria-labelledby="plan-title">
      <Heading level={2} id="plan-title">
        {t('title')}
      </Heading>
      <NoticeArea>
        {sections.map((section) => {
          const title = t(`kind.${section.kind}`);
          return (
            <article key={section.kind} className="sp-work-item" aria-labelledby={`plan-${section.kind}-title`}>
              <Heading level={3} id={`plan-${section.kind}-title`} className="sp-work-item__title">
                {title}
              </Heading>
              {section.text ? <Paragraph className="sp-work-text">{section.text}</Paragraph> : <Paragraph className="sp-empty">{t('empty')}</Paragraph>}
              {section.updatedAt && (
                <p className="sp-work-item__meta">
                  {t('changed', { when: formatMoment(section.updatedAt, i18n.language), name: section.updatedBy ? fullName(section.updatedBy) : t('someone') })}
                </p>
              )}
              {section.policies.includes('update') && (
                <ButtonGroup className="sp-work-item__buttons">
                  <FormToggle label={t('edit')} hiddenLabel={title}>
                    {(close) => <PlanSectionEditor dossierId={dossierId} section={section} title={title} onDone={close} />}
                  </FormToggle>
                </ButtonGroup>
              )}
              {section.version > 0 && <History dossierId={dossierId} section={section} />}
            </article>
          );
        })}
      </NoticeArea>
    </section>
  );
}
