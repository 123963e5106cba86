import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type ServiceStatus, type SpecialistService } from '../api';
import { dateForServer, toDateInput } from './dates';
import { DateField, SelectField, TextField } from './fields';
import { required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';
import { fieldTargets, WorkForm } from './WorkForm';

export const serviceStatuses: readonly ServiceStatus[] = ['requested', 'granted', 'refused', 'ended'];

type Props = { dossierId: string; service?: SpecialistService; onDone: () => void };

/** Record or change a specialist service: product or service, supplier, start, end and status. */
export function ServiceForm({ dossierId, service, onDone }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.services' });
  const writes = useDossierWrites(dossierId);
  const saving = service ? writes.updateService : writes.addService;
  const problem = useProblem(['startsOn', 'endsOn']);
  const notice = useNotice();
  const prefix = service ? `service-${service.id}` : 'service-new';
  const [product, setProduct] = useState(service?.product ?? '');
  const [supplier, setSupplier] = useState(service?.supplier ?? '');
  const [startsOn, setStartsOn] = useState(toDateInput(service?.startsOn));
  const [endsOn, setEndsOn] = useState(toDateInput(service?.endsOn));
  const [status, setStatus] = useState<ServiceStatus>(service?.status ?? 'requested');

  const { id, targets } = fieldTargets(prefix, ['product', 'supplier', 'startsOn', 'endsOn', 'status'] as const, (field) => t(field));

  const save = async () => {
    const body = { product: required(product), supplier: required(supplier), startsOn: dateForServer(startsOn), endsOn: dateForServer(endsOn), status };
    if (service) await writes.updateService.mutateAsync({ ...body, serviceId: service.id, version: service.version });
    else await writes.addService.mutateAsync(body);
    notice.ok(service ? t('updated') : t('added'));
    onDone();
  };

  return (
    <WorkForm prefix={prefix} title={service ? t('editTitle') : t('addTitle')} problem={problem} targets={targets} busy={saving.isPending} onSave={save} onCancel={onDone}>
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
    </WorkForm>
  );
}
