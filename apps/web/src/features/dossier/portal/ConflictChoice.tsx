import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionConflict } from '../api';
import { formatMoment, fullName } from './format';

type Props = {
  id: string;
  sectionTitle: string;
  mine: string;
  theirs: SectionConflict;
  onUseTheirs: () => void;
  onKeepMine: () => void;
  onEditMine: () => void;
};

/**
 * Someone else saved this section while the person was writing: both texts side by side (stacked on a phone), who
 * saved theirs and when, and three ways on. Focus goes to the heading, so a keyboard or screen reader user lands here.
 */
export function ConflictChoice({ id, sectionTitle, mine, theirs, onUseTheirs, onKeepMine, onEditMine }: Props) {
  const { t, i18n } = useTranslation('dossier');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [theirs.version]);
  const name = theirs.updatedBy ? fullName(theirs.updatedBy) : t('conflict.someone');
  const firstName = theirs.updatedBy?.firstName ?? t('conflict.someone');
  const intro = theirs.updatedAt
    ? t('conflict.intro', { name, section: sectionTitle, moment: formatMoment(theirs.updatedAt, i18n.language) })
    : t('conflict.introNoTime', { name, section: sectionTitle });
  return (
    <div className="sp-dos-conflict" role="group" aria-labelledby={`${id}-title`}>
      <Heading level={4} id={`${id}-title`} ref={headingRef} tabIndex={-1} className="sp-dos-focus sp-dos-conflict__title">
        {t('conflict.title')}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <div className="sp-dos-conflict__texts">
        <section className="sp-dos-conflict__text sp-dos-conflict__text--theirs" aria-labelledby={`${id}-theirs`}>
          <Heading level={5} id={`${id}-theirs`}>
            {t('conflict.theirs', { name })}
          </Heading>
          <div className="sp-dos-text">{theirs.text || t('conflict.empty')}</div>
        </section>
        <section className="sp-dos-conflict__text sp-dos-conflict__text--mine" aria-labelledby={`${id}-mine`}>
          <Heading level={5} id={`${id}-mine`}>
            {t('conflict.mine')}
          </Heading>
          <div className="sp-dos-text">{mine || t('conflict.empty')}</div>
        </section>
      </div>
      <ButtonGroup className="sp-dos-conflict__choices">
        <Button appearance="secondary-action-button" onClick={onUseTheirs}>
          {t('conflict.useTheirs', { name: firstName })}
        </Button>
        <Button appearance="secondary-action-button" onClick={onKeepMine} aria-describedby={`${id}-keep-hint`}>
          {t('conflict.keepMine')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onEditMine}>
          {t('conflict.editMine')}
        </Button>
      </ButtonGroup>
      <Paragraph className="sp-muted" id={`${id}-keep-hint`}>
        {t('conflict.keepMineHint', { name: firstName })}
      </Paragraph>
    </div>
  );
}
