import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextareaField, TextField } from '../../components/form/fields';
import { zrmDomains, type Scale } from './api';
import { move, newUid, type DraftBlock, type DraftOption } from './draft';
import { fid } from './field-paths';
import { focusSoon, OrderButtons, Radio } from './parts';
import { FieldsetError, hasErrorUnder, toNumber, type Announce, type Errors } from './QuestionEditor';
import { QuestionList } from './QuestionList';

/** Min, max and the texts at both ends of a scale. */
function ScaleFields({ path, scale, onChange, errors, legend }: { path: string; scale: Scale; onChange: (next: Scale) => void; errors: Errors; legend: string }) {
  const { t } = useTranslation('planAdmin');
  return (
    <Fieldset id={fid(path)} tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(errors[path])} aria-describedby={errors[path] ? `${fid(path)}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <FieldsetError id={fid(path)} message={errors[path]} />
      <div className="sp-plan-admin-pair">
        <TextField id={fid(`${path}.min`)} label={t('question.min')} type="number" inputMode="numeric" value={String(scale.min)} onValue={(v) => onChange({ ...scale, min: toNumber(v) ?? 0 })} error={errors[`${path}.min`]} />
        <TextField id={fid(`${path}.max`)} label={t('question.max')} type="number" inputMode="numeric" value={String(scale.max)} onValue={(v) => onChange({ ...scale, max: toNumber(v) ?? 0 })} error={errors[`${path}.max`]} />
      </div>
      <TextField id={fid(`${path}.minLabel`)} label={t('question.minLabel')} optional={t('optional')} value={scale.minLabel} onValue={(v) => onChange({ ...scale, minLabel: v })} error={errors[`${path}.minLabel`]} />
      <TextField id={fid(`${path}.maxLabel`)} label={t('question.maxLabel')} optional={t('optional')} value={scale.maxLabel} onValue={(v) => onChange({ ...scale, maxLabel: v })} error={errors[`${path}.maxLabel`]} />
    </Fieldset>
  );
}

function DomainList({ path, domains, onChange, errors, announce }: { path: string; domains: DraftOption[]; onChange: (next: DraftOption[]) => void; errors: Errors; announce: Announce }) {
  const { t } = useTranslation('planAdmin');
  const error = errors[path];
  const moveAt = (k: number, by: -1 | 1) => {
    const to = k + by;
    const label = domains[k]!.label || t('watTelt.domain', { n: k + 1 });
    if (to < 0 || to >= domains.length) return announce(by < 0 ? t('block.atTop', { title: label }) : t('block.atBottom', { title: label }));
    onChange(move(domains, k, by));
    announce(t('watTelt.moved', { label, position: to + 1, count: domains.length }));
    focusSoon(`${fid(`${path}.${to}`)}-${by < 0 ? 'up' : 'down'}`);
  };
  return (
    <Fieldset id={fid(path)} tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(error)} aria-describedby={[error ? `${fid(path)}-error` : '', `${fid(path)}-hint`].join(' ').trim()}>
      <FieldsetLegend>{t('watTelt.domains')}</FieldsetLegend>
      <Paragraph id={`${fid(path)}-hint`} className="sp-plan-admin-hint">
        {t('watTelt.domainsHint')}
      </Paragraph>
      <FieldsetError id={fid(path)} message={error} />
      <ol className="sp-plan-admin-items">
        {domains.map((domain, k) => (
          <li key={domain.uid} className="sp-plan-admin-item sp-plan-admin-item--compact">
            <TextField
              id={fid(`${path}.${k}.label`)}
              label={t('watTelt.domain', { n: k + 1 })}
              value={domain.label}
              onValue={(label) => onChange(domains.map((d, i) => (i === k ? { ...d, label } : d)))}
              error={errors[`${path}.${k}.label`]}
            />
            <OrderButtons
              idBase={fid(`${path}.${k}`)}
              index={k}
              count={domains.length}
              labels={{ up: t('watTelt.up', { n: k + 1 }), down: t('watTelt.down', { n: k + 1 }), remove: t('watTelt.remove', { n: k + 1 }) }}
              onMove={(by) => moveAt(k, by)}
              onRemove={() => {
                onChange(domains.filter((_, i) => i !== k));
                announce(t('watTelt.removed', { n: k + 1 }));
                focusSoon(`${fid(path)}-add`);
              }}
            />
          </li>
        ))}
      </ol>
      <Button
        id={`${fid(path)}-add`}
        appearance="secondary-action-button"
        onClick={() => {
          onChange([...domains, { uid: newUid(), key: null, label: '' }]);
          focusSoon(fid(`${path}.${domains.length}.label`));
        }}
      >
        {t('watTelt.addDomain')}
      </Button>
    </Fieldset>
  );
}

/** The settings only one kind of block has. */
function TypeSettings({ path, block, onChange, errors, announce }: { path: string; block: DraftBlock; onChange: (next: DraftBlock) => void; errors: Errors; announce: Announce }) {
  const { t } = useTranslation('planAdmin');
  switch (block.type) {
    case 'questionnaire':
      return <QuestionList path={`${path}.questions`} questions={block.questions} onChange={(questions) => onChange({ ...block, questions })} errors={errors} announce={announce} />;
    case 'watTelt':
      return (
        <>
          <DomainList path={`${path}.domains`} domains={block.domains} onChange={(domains) => onChange({ ...block, domains })} errors={errors} announce={announce} />
          <ScaleFields path={`${path}.scale`} legend={t('watTelt.scale')} scale={block.scale} onChange={(scale) => onChange({ ...block, scale })} errors={errors} />
        </>
      );
    case 'zrm': {
      const domainsPath = `${path}.domains`;
      return (
        <Fieldset id={fid(domainsPath)} tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(errors[domainsPath])} aria-describedby={`${fid(domainsPath)}-hint`}>
          <FieldsetLegend>{t('zrm.domains')}</FieldsetLegend>
          <Paragraph id={`${fid(domainsPath)}-hint`} className="sp-plan-admin-hint">
            {t('zrm.domainsHint')}
          </Paragraph>
          <FieldsetError id={fid(domainsPath)} message={errors[domainsPath]} />
          <div className="sp-plan-admin-columns">
            {zrmDomains.map((domain) => (
              <CheckboxField
                key={domain}
                id={`${fid(domainsPath)}-${domain}`}
                label={t(`zrm.names.${domain}`)}
                checked={block.domains.includes(domain)}
                onValue={(on) => onChange({ ...block, domains: on ? [...block.domains, domain] : block.domains.filter((d) => d !== domain) })}
              />
            ))}
          </div>
        </Fieldset>
      );
    }
    case 'goals': {
      const measured = block.measurements !== null;
      return (
        <>
          <Fieldset className="sp-plan-admin-fieldset">
            <FieldsetLegend>{t('goals.fields')}</FieldsetLegend>
            <CheckboxField id={fid(`${path}.targetDate`)} label={t('goals.targetDate')} checked={block.targetDate} onValue={(targetDate) => onChange({ ...block, targetDate })} />
            <CheckboxField id={fid(`${path}.lifeDomain`)} label={t('goals.lifeDomain')} checked={block.lifeDomain} onValue={(lifeDomain) => onChange({ ...block, lifeDomain })} />
            <CheckboxField id={fid(`${path}.actions`)} label={t('goals.actions')} checked={block.actions} onValue={(actions) => onChange({ ...block, actions })} />
          </Fieldset>
          <Fieldset className="sp-plan-admin-fieldset">
            <FieldsetLegend>{t('goals.progress')}</FieldsetLegend>
            <Radio id={`${fid(path)}-progress-measured`} name={`${fid(path)}-progress`} checked={measured} label={t('goals.measured')} onChange={() => onChange({ ...block, measurements: { min: 1, max: 10, minLabel: '', maxLabel: '' } })} />
            <Radio id={`${fid(path)}-progress-text`} name={`${fid(path)}-progress`} checked={!measured} label={t('goals.textual')} onChange={() => onChange({ ...block, measurements: null })} />
          </Fieldset>
          {block.measurements && (
            <ScaleFields path={`${path}.measurements`} legend={t('goals.scale')} scale={block.measurements} onChange={(measurements) => onChange({ ...block, measurements })} errors={errors} />
          )}
        </>
      );
    }
    case 'signatures': {
      const kindsPath = `${path}.kinds`;
      return (
        <Fieldset id={fid(kindsPath)} tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(errors[kindsPath])} aria-describedby={errors[kindsPath] ? `${fid(kindsPath)}-error` : undefined}>
          <FieldsetLegend>{t('signatures.kinds')}</FieldsetLegend>
          <FieldsetError id={fid(kindsPath)} message={errors[kindsPath]} />
          {(['approved', 'seen'] as const).map((kind) => (
            <CheckboxField
              key={kind}
              id={`${fid(kindsPath)}-${kind}`}
              label={t(`signatures.${kind}`)}
              checked={block.kinds.includes(kind)}
              onValue={(on) => onChange({ ...block, kinds: on ? [...block.kinds, kind] : block.kinds.filter((k) => k !== kind) })}
            />
          ))}
        </Fieldset>
      );
    }
    default:
      return <Paragraph>{t('block.noSettings')}</Paragraph>;
  }
}

/** One block of the template: its place in the order, title, explanation and the settings of its kind. */
export function BlockEditor({ block, index, count, open, onToggle, onChange, onMove, onRemove, errors, announce }: {
  block: DraftBlock;
  index: number;
  count: number;
  open: boolean;
  onToggle: () => void;
  onChange: (next: DraftBlock) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  errors: Errors;
  announce: Announce;
}) {
  const { t } = useTranslation('planAdmin');
  const path = `blocks.${index}`;
  const title = block.title || t('block.untitled');
  const bodyId = `${fid(path)}-body`;
  const invalid = hasErrorUnder(errors, path);
  return (
    <section id={fid(path)} tabIndex={-1} aria-labelledby={`${fid(path)}-heading`} className={invalid ? 'sp-plan-admin-block sp-plan-admin-block--invalid' : 'sp-plan-admin-block'}>
      <div className="sp-plan-admin-block__head">
        <Heading level={3} id={`${fid(path)}-heading`} className="sp-plan-admin-block__title">
          {t('block.heading', { n: index + 1, title })}
        </Heading>
        <Paragraph className="sp-plan-admin-hint">{t('block.type', { type: t(`blockTypes.${block.type}`) })}</Paragraph>
        <OrderButtons idBase={fid(path)} index={index} count={count} labels={{ up: t('block.up', { title }), down: t('block.down', { title }), remove: t('block.remove', { title }) }} onMove={onMove} onRemove={onRemove}>
          <Button id={`${fid(path)}-toggle`} appearance="subtle-button" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {t('block.show', { title })}
          </Button>
        </OrderButtons>
      </div>
      <div id={bodyId} hidden={!open} className="sp-plan-admin-block__body">
        {open && (
          <>
            <TextField id={fid(`${path}.title`)} label={t('block.title')} value={block.title} onValue={(next) => onChange({ ...block, title: next })} error={errors[`${path}.title`]} autoComplete="off" />
            <TextareaField
              id={fid(`${path}.help`)}
              label={t('block.help')}
              optional={t('optional')}
              description={t('block.helpHint')}
              rows={2}
              value={block.help}
              onValue={(help) => onChange({ ...block, help })}
              error={errors[`${path}.help`]}
            />
            <TypeSettings path={path} block={block} onChange={onChange} errors={errors} announce={announce} />
          </>
        )}
      </div>
    </section>
  );
}
