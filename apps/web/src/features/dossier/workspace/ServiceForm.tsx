import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type ServiceStatus, type SpecialistService } from '../api';
import { dateForServer, toDateInput } from './dates';
import { ErrorSummary } from './ErrorSummary';
import { DateField, SelectField, TextField } from './fields';
import { required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';

export const serviceStatuses: readonly ServiceStatus[] = ['requested', 'granted', 'refused', 'ended'];

type Props = { dossierId: string; service?: SpecialistService; onDone: () => void };

/** Record or change a specialist service: product or service, supplier, start, end and status. */
export function ServiceForm({ dossierId, service, onDone }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.services' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const writes = useDossierWrites(dossierId);
  const save = service ? writes.updateService : writes.addService;
  const problem = useProblem(['startsOn', 'endsOn']);
  const notice = useNotice();
  const prefix = service ? `service-${service.id}` : 'service-new';
  const [product, setProduct] = useState(service?.product ?? '');
  const [supplier, setSupplier] = useState(service?.supplier ?? '');
  const [startsOn, setStartsOn] = useState(toDateInput(service?.startsOn));
  const [endsOn, setEndsOn] = useState(toDateInput(service?.endsOn));
  const [status, setStatus] = useState<ServiceStatus>(service?.status ?? 'requested');

  const id = (field: string) => `${prefix}-${field}`;
  const targets = Object.fromEntries((['product', 'supplier', 'startsOn', 'endsOn', 'status'] as const).map((field) => [field, { id: id(field), label: t(field) }]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { product: required(product), supplier: required(supplier), startsOn: dateForServer(startsOn), endsOn: dateForServer(endsOn), status };
    try {
      if (service) await writes.updateService.mutateAsync({ ...body, serviceId: service.id, version: service.version });
      else await writes.addService.mutateAsync(body);
      notice.ok(service ? t('updated') : t('added'));
      onDone();
    } catch (error) {
      problem.show(error);
    }
  };

  return (
    <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={save.isPending} aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`}>
        {service ? t('editTitle') : t('addTitle')}
      </Heading>
      <ErrorSummary problem={problem} id={`${prefix}-errors`} targets={targets} level={4} />
      <div className="sp-work-form__grid">
        <TextField id={id('product')} label={t('product')} value={product} maxLength={200} error={problem.fields['product']} onValue={setProduct} />
        <TextField id={id('supplier')} label={t('supplier')} value={supplier} maxLength={200} error={problem.fields['supplier']} onValue={setSupplier} />
        <DateField id={id('startsOn')} label={t('startsOn')} optional value={startsOn} error={problem.fields['startsOn']} onValue={setStartsOn} />
        <DateField id={id('endsOn')} label={t('endsOn')} optional value={endsOn} error={problem.fields['endsOn']} onValue={setEndsOn} />
        <SelectField
          id={id('status')}
          label={t('status')}
          value={status}
          options={serviceStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          error={problem.fields['status']}
          onValue={(value) => setStatus(value as ServiceStatus)}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {tf('save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {tf('cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
