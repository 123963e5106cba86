import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useDeferredValue, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/fields';
import { useLibraryQuestions, type Question } from './api';
import { focusSoon, Hidden, QueryState } from './parts';

/**
 * "Vraag uit bibliotheek toevoegen": a panel under the button with a search field and the active library questions,
 * each with its own add button. Escape closes it and gives focus back to the button; choosing hands the question to
 * `onPick`, which adds a copy to the block.
 */
export function LibraryPicker({ idBase, onPick }: { idBase: string; onPick: (question: Question) => void }) {
  const { t } = useTranslation('planAdmin');
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const questions = useLibraryQuestions({ search: deferred, enabled: open });
  const toggleId = `${idBase}-library`;
  const panelId = `${idBase}-library-panel`;

  const close = () => {
    setOpen(false);
    focusSoon(toggleId);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="sp-plan-admin-library">
      <Button
        id={toggleId}
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          if (!open) focusSoon(`${panelId}-search`);
        }}
      >
        {t('library.pickOpen')}
      </Button>
      <div id={panelId} role="group" aria-label={t('library.pickTitle')} hidden={!open} className="sp-plan-admin-library__panel" onKeyDown={onKeyDown}>
        {open && (
          <>
            <TextField id={`${panelId}-search`} type="search" label={t('library.search')} value={search} onValue={setSearch} autoComplete="off" />
            <div role="status" className="sp-plan-admin-hint">
              {questions.data && (questions.data.length === 0 ? t('library.noneFound') : t('library.found', { count: questions.data.length }))}
            </div>
            {!questions.data ? (
              <QueryState loading={questions.isPending} error={questions.error} />
            ) : (
              <ul className="sp-plan-admin-library__list">
                {questions.data.map((item) => (
                  <li key={item.id} className="sp-plan-admin-library__item">
                    <span className="sp-plan-admin-library__label">
                      {item.question.label}
                      <span className="sp-plan-admin-hint">{` · ${t(`question.types.${item.question.type}`)}`}</span>
                    </span>
                    <Button
                      appearance="subtle-button"
                      onClick={() => {
                        setOpen(false);
                        onPick(item.question);
                      }}
                    >
                      {t('library.pick')}
                      <Hidden text={t('library.forLabel', { label: item.question.label })} />
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <ButtonGroup>
              <Button appearance="subtle-button" onClick={close}>
                {t('library.pickClose')}
              </Button>
            </ButtonGroup>
            <Paragraph className="sp-plan-admin-hint">{t('library.copyHint')}</Paragraph>
          </>
        )}
      </div>
    </div>
  );
}
