import { ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type DossierPage, type SpecialistService } from '../api';
import { ConfirmButton } from './ConfirmButton';
import { formatDate } from './dates';
import { FormToggle } from './FormToggle';
import { NoticeArea, useNotice } from './notice';
import { ServiceForm } from './ServiceForm';

function ServiceItem({ dossierId, service }: { dossierId: string; service: SpecialistService }) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.services' });
  const { removeService } = useDossierWrites(dossierId);
  const notice = useNotice();
  const language = i18n.language;
  const period = [service.startsOn, service.endsOn].some(Boolean)
    ? t('period', { from: formatDate(service.startsOn, language) || t('open'), to: formatDate(service.endsOn, language) || t('open') })
    : t('noPeriod');
  const remove = async () => {
    try {
      await removeService.mutateAsync({ serviceId: service.id, version: service.version });
      notice.ok(t('removed', { product: service.product }));
    } catch (error) {
      notice.failed(error, t('failed'));
    }
  };
  return (
    <li className="sp-work-item">
      <Heading level={3} className="sp-work-item__title">
        {service.product}
      </Heading>
      <p className="sp-work-item__meta">
        <span className={`sp-work-badge${service.status === 'granted' ? ' sp-work-badge--ok' : ''}`}>{t(`statuses.${service.status}`)}</span>
      </p>
      <dl className="sp-work-facts">
        <div>
          <dt>{t('supplier')}</dt>
          <dd>{service.supplier}</dd>
        </div>
        <div>
          <dt>{t('periodLabel')}</dt>
          <dd>{period}</dd>
        </div>
      </dl>
      <ButtonGroup className="sp-work-item__buttons">
        {service.policies.includes('update') && (
          <FormToggle label={t('edit')} hiddenLabel={service.product}>
            {(close) => <ServiceForm dossierId={dossierId} service={service} onDone={close} />}
          </FormToggle>
        )}
        {service.policies.includes('delete') && (
          <ConfirmButton label={t('remove')} hiddenLabel={service.product} question={t('removeQuestion', { product: service.product })} confirm={t('removeYes')} onConfirm={remove} />
        )}
      </ButtonGroup>
    </li>
  );
}

/** *Inzet specialistische voorzieningen*. */
export function ServicesSection({ page }: { page: DossierPage }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.services' });
  return (
    <section className="sp-work-section" aria-labelledby="services-title">
      <Heading level={2} id="services-title">
        {t('title')}
      </Heading>
      <NoticeArea>
        {page.can.addService && <FormToggle label={t('add')}>{(close) => <ServiceForm dossierId={page.id} onDone={close} />}</FormToggle>}
        {page.services.length === 0 ? (
          <Paragraph className="sp-empty">{t('none')}</Paragraph>
        ) : (
          <ul className="sp-work-list" aria-labelledby="services-title">
            {page.services.map((service) => (
              <ServiceItem key={service.id} dossierId={page.id} service={service} />
            ))}
          </ul>
        )}
      </NoticeArea>
    </section>
  );
}
