import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../identity/http';
import { useDossierWrites, type RelativeAccess } from '../api';
import { fullName, levelKey } from './format';
import { ResponsiveTable } from './ResponsiveTable';

type Notice = { text: string; kind: 'ok' | 'error' } | null;

/**
 * Asks before access is withdrawn, in a modal dialog: focus starts on "no" (the safe answer), Escape closes it, and
 * focus returns to the button that opened it when the person keeps the access.
 */
function RevokeDialog({ relative, busy, onConfirm, onClose }: { relative: RelativeAccess; busy: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation('dossier');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const noRef = useRef<HTMLButtonElement>(null);
  const name = fullName(relative);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    noRef.current?.focus();
  }, []);
  return (
    // Utrecht's AlertDialog drops its className prop, so its classes are put on a <dialog> of our own.
    <dialog
      ref={dialogRef}
      role="alertdialog"
      className="utrecht-alert-dialog utrecht-alert-dialog--warning sp-dos-dialog"
      aria-labelledby="revoke-title"
      aria-describedby="revoke-text"
      onClose={onClose}
    >
      <div className="utrecht-alert-dialog__message">
        <Heading level={2} id="revoke-title" className="sp-dos-dialog__title">
          {t('relatives.confirmTitle', { name })}
        </Heading>
        <Paragraph id="revoke-text">{t('relatives.confirmText', { name: relative.firstName })}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" hint="danger" busy={busy} onClick={onConfirm}>
            {t('relatives.confirmYes')}
          </Button>
          <Button ref={noRef} appearance="secondary-action-button" onClick={() => dialogRef.current?.close()}>
            {t('relatives.confirmNo')}
          </Button>
        </ButtonGroup>
      </div>
    </dialog>
  );
}

/**
 * *Wie mag inloggen en uw gegevens inzien*: who may see the dossier and at which level. The resident may withdraw a
 * relative's access where the server grants 'revoke'; the row is gone once the server agrees.
 */
export function RelativesSection({ dossierId, relatives, own }: { dossierId: string; relatives: RelativeAccess[]; own: boolean }) {
  const { t } = useTranslation('dossier');
  const { revokeRelative } = useDossierWrites(dossierId);
  const [asking, setAsking] = useState<RelativeAccess | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLButtonElement | null>(null);
  const mayRevoke = relatives.some((relative) => relative.policies.includes('revoke'));

  const pendingFocus = useRef<'heading' | 'opener' | null>(null);

  // Once the dialog is gone (the page is no longer inert): after a withdrawal the row with the button is gone too, so
  // continue from the heading; otherwise back to the button that opened the dialog.
  useEffect(() => {
    if (asking) return;
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'heading') headingRef.current?.focus();
    if (target === 'opener') openerRef.current?.focus();
  }, [asking]);

  const close = (revoked: boolean) => {
    pendingFocus.current = revoked ? 'heading' : 'opener';
    setAsking(null);
  };
  const confirm = async (relative: RelativeAccess) => {
    const name = fullName(relative);
    try {
      await revokeRelative.mutateAsync({ personId: relative.personId, version: relative.version });
      setNotice({ text: t('relatives.revoked', { name }), kind: 'ok' });
      close(true);
    } catch (error) {
      const stale = error instanceof ProblemError && (error.status === 409 || error.status === 404);
      setNotice({ text: stale ? t('relatives.revokeStale', { name }) : t('relatives.revokeFailed'), kind: 'error' });
      close(stale);
    }
  };

  return (
    <section className="sp-dos-section" aria-labelledby="sec-relatives">
      <Heading level={2} id="sec-relatives" ref={headingRef} tabIndex={-1} className="sp-dos-focus">
        {own ? t('relatives.title') : t('relatives.titleOther')}
      </Heading>
      <Paragraph>{mayRevoke ? t('relatives.introRevoke') : t('relatives.intro')}</Paragraph>
      <div role="status" className="sp-dos-status">
        {notice && (
          <Alert type={notice.kind} role="none">
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      {relatives.length === 0 ? (
        <Paragraph className="sp-empty">{t('relatives.empty')}</Paragraph>
      ) : (
        <ResponsiveTable
          labelledBy="sec-relatives"
          rows={relatives}
          rowKey={(relative) => relative.personId}
          cardLevel={3}
          cardTitle={(relative) => fullName(relative)}
          columns={[
            { id: 'firstName', label: t('relatives.firstName'), cell: (relative) => relative.firstName, inTitle: true },
            { id: 'infix', label: t('relatives.infix'), cell: (relative) => relative.infix ?? '', inTitle: true },
            { id: 'surname', label: t('relatives.surname'), cell: (relative) => relative.surname, inTitle: true },
            { id: 'relation', label: t('relatives.relation'), cell: (relative) => relative.relation },
            { id: 'level', label: t('relatives.level'), cell: (relative) => t(levelKey(relative.level, relative.actsOnBehalf)) },
          ]}
          actions={
            mayRevoke
              ? {
                  label: t('relatives.actions'),
                  cell: (relative) =>
                    relative.policies.includes('revoke') ? (
                      <Button
                        appearance="secondary-action-button"
                        hint="danger"
                        onClick={(event) => {
                          openerRef.current = event.currentTarget;
                          setAsking(relative);
                        }}
                      >
                        {t('relatives.revoke')}
                        <span className="sp-visually-hidden">{` ${t('relatives.revokeOf', { name: fullName(relative) })}`}</span>
                      </Button>
                    ) : null,
                }
              : undefined
          }
        />
      )}
      {asking && <RevokeDialog relative={asking} busy={revokeRelative.isPending} onConfirm={() => void confirm(asking)} onClose={() => close(false)} />}
    </section>
  );
}
