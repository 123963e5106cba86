import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DossierPage, InvolvedParty, SpecialistService } from '../api';
import { formatDay } from './format';
import { ResponsiveTable } from './ResponsiveTable';

/** *Inzet specialistische voorzieningen*: product or service, supplier, start, end and status in words. */
export function ServicesSection({ services }: { services: SpecialistService[] }) {
  const { t, i18n } = useTranslation('dossier');
  const day = (value: string | null) => (value ? formatDay(value, i18n.language) : t('services.notSet'));
  return (
    <section className="sp-dos-section" aria-labelledby="sec-services">
      <Heading level={2} id="sec-services">
        {t('services.title')}
      </Heading>
      {services.length === 0 ? (
        <Paragraph className="sp-empty">{t('services.empty')}</Paragraph>
      ) : (
        <ResponsiveTable
          labelledBy="sec-services"
          rows={services}
          rowKey={(service) => service.id}
          cardLevel={3}
          cardTitle={(service) => service.product}
          columns={[
            { id: 'product', label: t('services.product'), cell: (service) => service.product, inTitle: true },
            { id: 'supplier', label: t('services.supplier'), cell: (service) => service.supplier },
            { id: 'start', label: t('services.startsOn'), cell: (service) => day(service.startsOn), className: 'sp-dos-nowrap' },
            { id: 'end', label: t('services.endsOn'), cell: (service) => day(service.endsOn), className: 'sp-dos-nowrap' },
            {
              id: 'status',
              label: t('services.status'),
              cell: (service) => <span className={`sp-dos-badge sp-dos-badge--${service.status}`}>{t(`serviceStatus.${service.status}`)}</span>,
            },
          ]}
        />
      )}
    </section>
  );
}

/** Involved persons and organisations (GP, pharmacy, school): listed with contact details, without any access. */
export function InvolvedSection({ parties }: { parties: InvolvedParty[] }) {
  const { t } = useTranslation('dossier');
  const none = t('involved.none');
  return (
    <section className="sp-dos-section" aria-labelledby="sec-involved">
      <Heading level={2} id="sec-involved">
        {t('involved.title')}
      </Heading>
      <Paragraph>{t('involved.intro')}</Paragraph>
      {parties.length === 0 ? (
        <Paragraph className="sp-empty">{t('involved.empty')}</Paragraph>
      ) : (
        <ResponsiveTable
          labelledBy="sec-involved"
          rows={parties}
          rowKey={(party) => party.id}
          cardLevel={3}
          cardTitle={(party) => party.name}
          columns={[
            { id: 'name', label: t('involved.name'), cell: (party) => party.name, inTitle: true },
            { id: 'contact', label: t('involved.contact'), cell: (party) => party.contactName ?? none },
            {
              id: 'phone',
              label: t('involved.phone'),
              cell: (party) => (party.phone ? <Link href={`tel:${party.phone.replace(/[^+0-9]/g, '')}`}>{party.phone}</Link> : none),
              className: 'sp-dos-nowrap',
            },
            {
              id: 'email',
              label: t('involved.email'),
              cell: (party) => (party.email ? <Link href={`mailto:${party.email}`} className="sp-dos-email">{party.email}</Link> : none),
            },
          ]}
        />
      )}
    </section>
  );
}

/** *Aanmelding* and *afsluiting*: when the dossier started, and when and why it was closed. */
export function DatesSection({ page }: { page: DossierPage }) {
  const { t, i18n } = useTranslation('dossier');
  return (
    <section className="sp-dos-section" aria-labelledby="sec-dates">
      <Heading level={2} id="sec-dates">
        {t('dates.title')}
      </Heading>
      <dl className="sp-dos-facts">
        <div>
          <dt>{t('dates.registeredOn')}</dt>
          <dd>{formatDay(page.registeredOn, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('dates.closedOn')}</dt>
          <dd>{page.closedOn ? formatDay(page.closedOn, i18n.language) : t('dates.stillOpen')}</dd>
        </div>
        {page.closedOn && (
          <div>
            <dt>{t('dates.closingReason')}</dt>
            <dd>{page.closingReason ?? t('dates.noReason')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
