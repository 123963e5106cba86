import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useCreateTemplate, useTemplates, type TemplateSummary } from './api';
import { BackLink, formatDate, QueryState, usePlanAdminErrors } from './parts';
import './plan-admin.css';

/** One template in the list: its name (a link to the editor), description, latest version and whether it is archived. */
function TemplateCard({ template }: { template: TemplateSummary }) {
  const { t, i18n } = useTranslation('planAdmin');
  return (
    <li className="sp-plan-admin-card">
      <Heading level={3} className="sp-plan-admin-card__title">
        <RouterLink to={`/werk/beheer/sjablonen/${template.id}`}>{template.name}</RouterLink>
      </Heading>
      {template.description && <Paragraph className="sp-plan-admin-hint">{template.description}</Paragraph>}
      <Paragraph>
        {`${t('list.latest')}: `}
        {template.latest ? t('list.version', { number: template.latest.number, date: formatDate(template.latest.publishedAt, i18n.language) }) : t('list.notPublished')}
      </Paragraph>
      <Paragraph>
        {template.archivedAt ? (
          <span className="sp-plan-admin-badge">{t('archive.archivedOn', { date: formatDate(template.archivedAt, i18n.language) })}</span>
        ) : template.unpublishedChanges ? (
          <span className="sp-plan-admin-badge">{t('list.unpublished')}</span>
        ) : (
          t('list.upToDate')
        )}
      </Paragraph>
    </li>
  );
}

/** The archived templates, behind a button: loaded only when shown. */
function ArchivedTemplates() {
  const { t } = useTranslation('planAdmin');
  const [open, setOpen] = useState(false);
  const archived = useTemplates(true, open);
  return (
    <section aria-labelledby="archived-templates-title" className="sp-plan-admin-panel">
      <Heading level={2} id="archived-templates-title">
        {t('archive.listTitle')}
      </Heading>
      <Paragraph>{t('archive.listIntro')}</Paragraph>
      <Button appearance="secondary-action-button" aria-expanded={open} aria-controls="archived-templates" onClick={() => setOpen(!open)}>
        {open ? t('archive.hideList') : t('archive.showList')}
      </Button>
      <div id="archived-templates" hidden={!open}>
        {open &&
          (!archived.data ? (
            <QueryState loading={archived.isPending} error={archived.error} />
          ) : archived.data.length === 0 ? (
            <Paragraph>{t('archive.listEmpty')}</Paragraph>
          ) : (
            <ul className="sp-plan-admin-cards" aria-label={t('archive.listTitle')}>
              {archived.data.map((template) => (
                <TemplateCard key={template.id} template={template} />
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}

/** /werk/beheer/sjablonen: every template with its latest published version, and a new one; archived ones apart. */
export function TemplatesPage() {
  const { t } = useTranslation('planAdmin');
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
      <Paragraph>
        <RouterLink to="/werk/beheer/vragen">{t('library.title')}</RouterLink>
        {` — ${t('library.linkHint')}`}
      </Paragraph>
      <Heading level={2}>{t('list.activeTitle')}</Heading>
      {!templates.data ? (
        <QueryState loading={templates.isPending} error={templates.error} />
      ) : templates.data.length === 0 ? (
        <Paragraph>{t('list.empty')}</Paragraph>
      ) : (
        <ul className="sp-plan-admin-cards" aria-label={t('list.caption')}>
          {templates.data.map((template) => (
            <TemplateCard key={template.id} template={template} />
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

      <ArchivedTemplates />
    </div>
  );
}
