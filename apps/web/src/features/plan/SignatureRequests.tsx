import { Alert, Fieldset, FieldsetLegend, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField } from '../../components/form/fields';
import { useRequestSignatures, useSignatureRequests, type SignatureRequest } from './api';
import { FormToggle, Notice } from './BlockFrame';
import { submitHandler, usePlanFormErrors } from './form-submit';
import { formatMoment } from './format';
import { PlanForm } from './PlanForm';
import { ScrollTable } from './ScrollTable';

type Kind = 'approved' | 'seen';

/** On the portal side: the requests to sign made of this person that are still open. */
export function OpenSignatureRequests({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation('plan');
  const requests = useSignatureRequests(planId);
  const open = (requests.data?.items ?? []).filter((r) => r.open);
  if (open.length === 0) return null;
  return (
    <Alert type="info">
      {open.map((r) => (
        <Paragraph key={r.id}>{t('signatureRequest.asked', { kind: t(`signature.kinds.${r.kind}`), name: r.requestedBy, moment: formatMoment(r.requestedAt, i18n.language) })}</Paragraph>
      ))}
    </Alert>
  );
}

function RequestForm({ planId, kinds, onDone }: { planId: string; kinds: Kind[]; onDone: (text: string) => void }) {
  const { t } = useTranslation('plan');
  const requests = useSignatureRequests(planId);
  const ask = useRequestSignatures(planId);
  const errors = usePlanFormErrors();
  const [chosen, setChosen] = useState<string[]>([]);
  const [kind, setKind] = useState<Kind>(kinds[0]!);
  const id = 'signature-request';
  const targets = { personIds: { id: `${id}-people`, label: t('signatureRequest.people') }, kind: { id: `${id}-kind`, label: t('signatureRequest.kind') } };
  const candidates = requests.data?.candidates ?? [];
  // The server names the person by position (`personIds.1`); the fieldset shows it.
  const peopleError = Object.entries(errors.fields).find(([field]) => field === 'personIds' || field.startsWith('personIds.'))?.[1];
  const submit = submitHandler(
    errors,
    () => (chosen.length === 0 ? { personIds: t('signatureRequest.choose') } : null),
    async () => {
      await ask.mutateAsync({ personIds: chosen, kind });
      const names = candidates.filter((c) => chosen.includes(c.personId)).map((c) => c.name);
      return t('signatureRequest.sent', { names: names.join(', ') });
    },
    onDone,
  );
  return (
    <PlanForm id={id} level={3} title={t('signatureRequest.title')} errors={errors} targets={targets} onSubmit={submit} submit={t('signatureRequest.send')} busy={ask.isPending} onCancel={() => onDone('')}>
      <Paragraph>{t('signatureRequest.intro')}</Paragraph>
      <Fieldset id={targets.personIds.id} tabIndex={-1} invalid={Boolean(peopleError)} aria-describedby={peopleError ? `${id}-people-error` : undefined}>
        <FieldsetLegend>{targets.personIds.label}</FieldsetLegend>
        {peopleError && (
          <Paragraph id={`${id}-people-error`} className="sp-plan-error">
            {peopleError}
          </Paragraph>
        )}
        {candidates.length === 0 && <Paragraph>{t('signatureRequest.nobody')}</Paragraph>}
        {candidates.map((c) => (
          <CheckboxField
            key={c.personId}
            id={`${id}-person-${c.personId}`}
            label={c.relation === 'resident' ? t('signatureRequest.resident', { name: c.name }) : t('signatureRequest.relative', { name: c.name, relation: c.relation })}
            checked={chosen.includes(c.personId)}
            onValue={(on) => setChosen((now) => (on ? [...now, c.personId] : now.filter((p) => p !== c.personId)))}
          />
        ))}
      </Fieldset>
      {kinds.length > 1 && (
        <SelectField
          id={targets.kind.id}
          label={targets.kind.label}
          value={kind}
          options={kinds.map((k) => ({ value: k, label: t(`signature.kinds.${k}`) }))}
          onValue={(v) => setKind(v as Kind)}
          error={errors.fields.kind}
        />
      )}
    </PlanForm>
  );
}

function RequestTable({ items }: { items: SignatureRequest[] }) {
  const { t, i18n } = useTranslation('plan');
  return (
    <ScrollTable
      captionId="signature-requests-caption"
      caption={t('signatureRequest.tableCaption')}
      columns={(['person', 'kind', 'asked', 'state'] as const).map((key) => ({ key, label: t(`signatureRequest.columns.${key}`) }))}
    >
      {items.map((r) => (
        <TableRow key={r.id}>
          <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
          <TableCell>{t(`signature.kinds.${r.kind}`)}</TableCell>
          <TableCell>{t('signatureRequest.askedBy', { name: r.requestedBy, moment: formatMoment(r.requestedAt, i18n.language) })}</TableCell>
          <TableCell>{r.open ? t('signatureRequest.open') : t('signatureRequest.signed')}</TableCell>
        </TableRow>
      ))}
    </ScrollTable>
  );
}

/** For the plan's editors: who was asked to sign and whether they did, and a form to ask. */
export function SignatureRequestPanel({ planId, kinds }: { planId: string; kinds: Kind[] }) {
  const { t } = useTranslation('plan');
  const requests = useSignatureRequests(planId);
  const [notice, setNotice] = useState<string | null>(null);
  const items = requests.data?.items ?? [];
  return (
    <div className="sp-plan-signature-requests">
      {items.length > 0 && <RequestTable items={items} />}
      <Notice text={notice} />
      <FormToggle label={t('signatureRequest.ask')} onMessage={setNotice}>
        {(done) => <RequestForm planId={planId} kinds={kinds} onDone={done} />}
      </FormToggle>
    </div>
  );
}
