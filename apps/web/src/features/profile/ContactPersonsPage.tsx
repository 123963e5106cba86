import './profile.css';
import { Alert, Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ProblemError } from '../identity/http';
import { useContactPersonChanges, useContactPersons, type ContactPerson, type ContactPersonInput } from './api';
import { ContactPersonForm } from './ContactPersonForm';
import { LoadState, ProfileFrame } from './ProfileFrame';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'remove'; id: string };
type Notice = { type: 'ok' | 'error'; text: string };

const empty: ContactPersonInput = { name: '', kind: 'gp', phone: '', mobilePhone: '', email: '' };
const inputOf = (item: ContactPerson): ContactPersonInput => ({
  name: item.name,
  kind: item.kind,
  phone: item.phone ?? '',
  mobilePhone: item.mobilePhone ?? '',
  email: item.email ?? '',
});

/** Moves focus to an element by id once the render that shows it is committed. */
function useFocusLater() {
  const [target, setTarget] = useState<{ id: string; n: number } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return useCallback((id: string) => setTarget((previous) => ({ id, n: (previous?.n ?? 0) + 1 })), []);
}

function ContactCard({ item, asking, onEdit, onRemove }: { item: ContactPerson; asking: boolean; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation('profile');
  return (
    <>
      <Heading level={2} id={`contact-${item.id}`} tabIndex={-1} className="sp-profile-focus sp-profile-card__title">
        {item.name}
      </Heading>
      <DataList className="sp-profile-data sp-profile-data--compact">
        <DataListItem>
          <DataListKey>{t('contacts.kind')}</DataListKey>
          <DataListValue>{t(`contacts.kinds.${item.kind}`)}</DataListValue>
        </DataListItem>
        {item.phone && (
          <DataListItem>
            <DataListKey>{t('contacts.phone')}</DataListKey>
            <DataListValue>
              <Link href={`tel:${item.phone.replace(/[^\d+]/g, '')}`}>{item.phone}</Link>
            </DataListValue>
          </DataListItem>
        )}
        {item.mobilePhone && (
          <DataListItem>
            <DataListKey>{t('contacts.mobilePhone')}</DataListKey>
            <DataListValue>
              <Link href={`tel:${item.mobilePhone.replace(/[^\d+]/g, '')}`}>{item.mobilePhone}</Link>
            </DataListValue>
          </DataListItem>
        )}
        {item.email && (
          <DataListItem>
            <DataListKey>{t('contacts.email')}</DataListKey>
            <DataListValue>
              <Link href={`mailto:${item.email}`}>{item.email}</Link>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      {!asking && (item.policies.includes('update') || item.policies.includes('delete')) && (
        <ButtonGroup>
          {item.policies.includes('update') && (
            <Button id={`contact-${item.id}-edit`} appearance="secondary-action-button" onClick={onEdit}>
              {t('contacts.edit')}
              <span className="sp-visually-hidden">{` ${item.name}`}</span>
            </Button>
          )}
          {item.policies.includes('delete') && (
            <Button id={`contact-${item.id}-remove`} appearance="secondary-action-button" onClick={onRemove}>
              {t('contacts.remove')}
              <span className="sp-visually-hidden">{` ${item.name}`}</span>
            </Button>
          )}
        </ButtonGroup>
      )}
    </>
  );
}

function RemoveQuestion({ item, busy, onYes, onNo }: { item: ContactPerson; busy: boolean; onYes: () => void; onNo: () => void }) {
  const { t } = useTranslation('profile');
  return (
    <div className="sp-profile-confirm">
      <Paragraph>{t('contacts.removeQuestion', { name: item.name })}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" busy={busy} onClick={onYes}>
          {t('contacts.removeYes')}
        </Button>
        <Button id={`contact-${item.id}-keep`} appearance="secondary-action-button" onClick={onNo}>
          {t('contacts.removeNo')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

function ContactPersonsView({ personId, query }: { personId: string; query: string }) {
  const { t } = useTranslation('profile');
  const list = useContactPersons(personId);
  const changes = useContactPersonChanges(personId);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const focus = useFocusLater();
  const title = t('contacts.title');
  if (!list.data) return <LoadState title={title} error={list.error} />;
  const { items, policies } = list.data;

  const toList = (focusId: string) => {
    setMode({ kind: 'list' });
    focus(focusId);
  };
  // After the list changed, keyboard users continue at the add button (or the list when they may not add).
  const afterChange = policies.includes('create') ? 'contacts-add' : 'contacts-heading';
  const stale = (error: unknown) => error instanceof ProblemError && (error.status === 409 || error.status === 404);
  const add = async (input: ContactPersonInput) => {
    const created = await changes.add.mutateAsync(input);
    setNotice({ type: 'ok', text: t('contacts.added', { name: created.name }) });
    toList(`contact-${created.id}`);
  };
  const save = (item: ContactPerson) => async (input: ContactPersonInput) => {
    try {
      const saved = await changes.update.mutateAsync({ id: item.id, version: item.version, ...input });
      setNotice({ type: 'ok', text: t('contacts.saved', { name: saved.name }) });
      toList(`contact-${item.id}`);
    } catch (error) {
      if (!stale(error)) throw error;
      void changes.refresh();
      setNotice({ type: 'error', text: t('contacts.conflict') });
      toList(afterChange);
    }
  };
  const remove = async (item: ContactPerson) => {
    try {
      await changes.remove.mutateAsync(item);
      setNotice({ type: 'ok', text: t('contacts.removed', { name: item.name }) });
    } catch (error) {
      setNotice({ type: 'error', text: stale(error) ? t('contacts.conflict') : t('contacts.failed') });
    }
    toList(afterChange);
  };
  const ask = (id: string) => {
    setNotice(null);
    setMode({ kind: 'remove', id });
    focus(`contact-${id}-keep`);
  };

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph appearance="lead">{t('contacts.intro')}</Paragraph>
      <div role="status" className="sp-profile-status">
        {notice && (
          <Alert type={notice.type}>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      {mode.kind === 'add' ? (
        <div className="sp-card sp-profile-card sp-profile-card--new">
          <ContactPersonForm
            id="contact-new"
            title={t('contacts.addTitle')}
            initial={empty}
            busy={changes.add.isPending}
            onSubmit={add}
            onCancel={() => toList('contacts-add')}
          />
        </div>
      ) : (
        policies.includes('create') && (
          <Button
            id="contacts-add"
            appearance="primary-action-button"
            onClick={() => {
              setNotice(null);
              setMode({ kind: 'add' });
            }}
          >
            {t('contacts.add')}
          </Button>
        )
      )}
      <h2 id="contacts-heading" tabIndex={-1} className="sp-visually-hidden">
        {t('contacts.listLabel')}
      </h2>
      {items.length === 0 ? (
        <Paragraph className="sp-empty">{t('contacts.empty')}</Paragraph>
      ) : (
        <ul className="sp-profile-cards" aria-labelledby="contacts-heading">
          {items.map((item) => (
            <li key={item.id} className="sp-card sp-profile-card">
              {mode.kind === 'edit' && mode.id === item.id ? (
                <ContactPersonForm
                  id={`contact-edit-${item.id}`}
                  title={t('contacts.editTitle', { name: item.name })}
                  initial={inputOf(item)}
                  busy={changes.update.isPending}
                  onSubmit={save(item)}
                  onCancel={() => toList(`contact-${item.id}-edit`)}
                />
              ) : (
                <>
                  <ContactCard
                    item={item}
                    asking={mode.kind === 'remove' && mode.id === item.id}
                    onEdit={() => {
                      setNotice(null);
                      setMode({ kind: 'edit', id: item.id });
                    }}
                    onRemove={() => ask(item.id)}
                  />
                  {mode.kind === 'remove' && mode.id === item.id && (
                    <RemoveQuestion item={item} busy={changes.remove.isPending} onYes={() => void remove(item)} onNo={() => toList(`contact-${item.id}-remove`)} />
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Paragraph className="sp-profile-back">
        <RouterLink to={`/profiel${query}`}>{t('back')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** /profiel/contactpersonen: list, add, change and remove (after a question) the resident's contact persons. */
export function ContactPersonsPage() {
  const { t } = useTranslation('profile');
  return <ProfileFrame title={t('contacts.title')}>{(personId, query) => <ContactPersonsView personId={personId} query={query} />}</ProfileFrame>;
}
