import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useCreateTemplate, useTemplates } from './api';
import { BackLink, formatDate, QueryState, usePlanAdminErrors } from './parts';
import './plan-admin.css';

/** /werk/beheer/sjablonen: every template with its latest published version, and a new one. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation('planAdmin');
  const templates = useTemplates();
  const create = useCreateTemplate();
  const navigate = useNavigate();
  const errors = usePlanAdminErrors();
  const [name, setName] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return errors.setLocal({ name: t('errors.required') });
    try {
      const made = await create.mutateAsync({ name: name.trim(), description: '', userGroupIds: [], blocks: [] });
      void navigate(`/werk/beheer/sjablonen/${made.id}`);
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <div className="sp-plan-admin">
      <BackLink to="/werk/beheer">{t('back.admin')}</BackLink>
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph>{t('list.intro')}</Paragraph>
      {!templates.data ? (
        <QueryState loading={templates.isPending} error={templates.error} />
      ) : templates.data.length === 0 ? (
        <Paragraph>{t('list.empty')}</Paragraph>
      ) : (
        <ul className="sp-plan-admin-cards" aria-label={t('list.caption')}>
          {templates.data.map((template) => (
            <li key={template.id} className="sp-plan-admin-card">
              <Heading level={2} className="sp-plan-admin-card__title">
                <RouterLink to={`/werk/beheer/sjablonen/${template.id}`}>{template.name}</RouterLink>
              </Heading>
              {template.description && <Paragraph className="sp-plan-admin-hint">{template.description}</Paragraph>}
              <Paragraph>
                {`${t('list.latest')}: `}
                {template.latest
                  ? t('list.version', { number: template.latest.number, date: formatDate(template.latest.publishedAt, i18n.language) })
                  : t('list.notPublished')}
              </Paragraph>
              <Paragraph>
                {template.unpublishedChanges ? <span className="sp-plan-admin-badge">{t('list.unpublished')}</span> : t('list.upToDate')}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="new-template-title" className="sp-plan-admin-panel">
        <Heading level={2} id="new-template-title">
          {t('list.newTitle')}
        </Heading>
        <ErrorSummary id="new-template-errors" level={3} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={{ name: { id: 'new-template-name', label: t('list.newName') } }} />
        <form className="sp-form" noValidate onSubmit={(event) => void submit(event)}>
          <TextField id="new-template-name" label={t('list.newName')} value={name} onValue={setName} error={errors.fields['name']} autoComplete="off" />
          <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
            {t('list.create')}
          </Button>
        </form>
      </section>
    </div>
  );
}
