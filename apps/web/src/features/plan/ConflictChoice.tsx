import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from './format';
import type { Conflict } from './useFieldSave';

type Props = {
  id: string;
  label: string;
  conflict: Conflict;
  format: (value: unknown) => string;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
};

/**
 * Someone else saved this field while the person was writing: both versions side by side (stacked on a phone), who
 * saved theirs and when, and a choice. Focus goes to the heading, so a keyboard or screen reader user lands here.
 */
export function ConflictChoice({ id, label, conflict, format, onKeepTheirs, onKeepMine }: Props) {
  const { t, i18n } = useTranslation('plan');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [conflict.theirs.version]);
  const name = conflict.theirs.updatedBy;
  const moment = formatMoment(conflict.theirs.updatedAt, i18n.language);
  return (
    <div className="sp-plan-conflict" role="group" aria-labelledby={`${id}-conflict-title`}>
      <Heading level={4} id={`${id}-conflict-title`} ref={headingRef} tabIndex={-1} className="sp-plan-focus sp-plan-conflict__title">
        {t('conflict.title')}
      </Heading>
      <Paragraph>{t('conflict.intro', { name, moment, label })}</Paragraph>
      <div className="sp-plan-conflict__versions">
        <section className="sp-plan-conflict__version sp-plan-conflict__version--mine" aria-labelledby={`${id}-mine`}>
          <Heading level={5} id={`${id}-mine`}>
            {t('conflict.mine')}
          </Heading>
          <div className="sp-plan-text">{format(conflict.mine) || t('conflict.empty')}</div>
        </section>
        <section className="sp-plan-conflict__version sp-plan-conflict__version--theirs" aria-labelledby={`${id}-theirs`}>
          <Heading level={5} id={`${id}-theirs`}>
            {t('conflict.theirs', { name })}
          </Heading>
          <Paragraph className="sp-muted">{t('conflict.savedAt', { moment })}</Paragraph>
          <div className="sp-plan-text">{format(conflict.theirs.value) || t('conflict.empty')}</div>
        </section>
      </div>
      <ButtonGroup className="sp-plan-conflict__choices">
        <Button appearance="primary-action-button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onKeepTheirs}>
          {t('conflict.keepTheirs', { name })}
        </Button>
      </ButtonGroup>
    </div>
  );
}
