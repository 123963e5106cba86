import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useArea } from '../../components/area-context';
import { ProblemError } from '../identity/http';
import { useDocuments } from './api';
import { DocumentList } from './DocumentList';
import { UploadForm } from './UploadForm';
import './documents.css';

function LoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('documents');
  const { pathname } = useLocation();
  if (error instanceof ProblemError && error.status === 401) {
    return (
      <Paragraph>
        {t('errors.signIn')} <RouterLink to={`/inloggen?terug=${encodeURIComponent(pathname)}`}>{t('errors.signInLink')}</RouterLink>
      </Paragraph>
    );
  }
  return (
    <Alert type="error">
      <Paragraph>{error instanceof ProblemError && error.status === 404 ? t('errors.notFound') : t('errors.load')}</Paragraph>
    </Alert>
  );
}

/**
 * *Documenten* of one dossier, in the resident portal (/dossiers/:id/documenten) and the workspace
 * (/werk/dossiers/:id/documenten): the list the caller may see, and the upload form when they may add.
 */
export function DocumentsPage() {
  const { t } = useTranslation('documents');
  const { dossierId = '' } = useParams();
  const area = useArea();
  const documents = useDocuments(dossierId);
  const [message, setMessage] = useState<string | null>(null);
  const listTitleRef = useRef<HTMLHeadingElement>(null);
  const list = documents.data;
  const mayAdd = list?.policies.includes('create') ?? false;
  const intro = area === 'work' ? 'intro.work' : mayAdd ? 'intro.resident' : 'intro.readOnly';

  const afterDelete = (text: string, removed: boolean) => {
    setMessage(text);
    // The row with the focused button is gone: continue from the list's heading.
    if (removed) listTitleRef.current?.focus();
  };

  return (
    <>
      <RouterLink to={area === 'work' ? `/werk/dossiers/${dossierId}` : `/dossiers/${dossierId}`} className="sp-doc-back">
        {t('back')}
      </RouterLink>
      <PageHeading>{t('title')}</PageHeading>
      {list && <Paragraph appearance="lead">{t(intro)}</Paragraph>}
      {documents.isPending && <Paragraph className="sp-muted">{t('list.loading')}</Paragraph>}
      {documents.isError && <LoadProblem error={documents.error} />}
      {list && (
        <>
          <section className="sp-doc-list" aria-labelledby="documents-list-title">
            <Heading level={2} id="documents-list-title" ref={listTitleRef} tabIndex={-1} className="sp-doc-list__title">
              {t('list.title')}
            </Heading>
            <div role="status" className="sp-doc-status">
              {message && (
                <Alert type="ok">
                  <Paragraph>{message}</Paragraph>
                </Alert>
              )}
            </div>
            <DocumentList dossierId={dossierId} list={list} onDone={afterDelete} />
          </section>
          {mayAdd ? (
            <UploadForm dossierId={dossierId} choosesVisibility={list.choosesVisibility} />
          ) : (
            <Paragraph className="sp-muted">{t('upload.readOnly')}</Paragraph>
          )}
        </>
      )}
    </>
  );
}
