import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Block, Question } from './api';

export type PreviewAs = 'resident' | 'professional';

/** What a new plan lets the resident write in (the server's default); the rest they may view. */
const residentWrites = new Set<Block['type']>(['text', 'questionnaire', 'watTelt', 'signatures']);

type Tr = ReturnType<typeof useTranslation<'planAdmin'>>['t'];

/** A labelled control that shows what would be filled in; nothing can be typed (disabled), it holds no data. */
function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="sp-plan-admin-preview-field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {children}
    </div>
  );
}

function QuestionPreview({ id, q, write, t }: { id: string; q: Question; write: boolean; t: Tr }) {
  const label = q.required ? `${q.label} ${t('preview.requiredMark')}` : q.label;
  if (!write) {
    return (
      <div className="sp-plan-admin-preview-field">
        <Paragraph className="sp-plan-admin-preview-label">{label}</Paragraph>
        <Paragraph>{t('preview.notFilled')}</Paragraph>
      </div>
    );
  }
  const choices = (multiple: boolean, options: Array<{ key: string; label: string }>) => (
    <Fieldset className="sp-plan-admin-preview-field" disabled>
      <FieldsetLegend>{label}</FieldsetLegend>
      {q.help && <Paragraph className="sp-plan-admin-hint">{q.help}</Paragraph>}
      {options.map((o) => (
        <div key={o.key} className="sp-plan-admin-radio">
          {multiple ? <Checkbox id={`${id}-${o.key}`} disabled /> : <RadioButton id={`${id}-${o.key}`} name={id} disabled />}
          <FormLabel htmlFor={`${id}-${o.key}`} type={multiple ? 'checkbox' : 'radio'}>
            {o.label}
          </FormLabel>
        </div>
      ))}
    </Fieldset>
  );
  switch (q.type) {
    case 'yesNo':
      return choices(false, [
        { key: 'yes', label: t('preview.yes') },
        { key: 'no', label: t('preview.no') },
      ]);
    case 'singleChoice':
      return choices(false, q.options ?? []);
    case 'multipleChoice':
      return choices(true, q.options ?? []);
    case 'scale': {
      const min = q.min ?? 0;
      const max = q.max ?? 10;
      if (max - min <= 10 && max > min) {
        const steps = Array.from({ length: max - min + 1 }, (_, n) => ({ key: String(min + n), label: String(min + n) }));
        return (
          <div>
            {choices(false, steps)}
            {(q.minLabel || q.maxLabel) && <Paragraph className="sp-plan-admin-hint">{t('preview.scaleEnds', { min, max, minLabel: q.minLabel ?? '', maxLabel: q.maxLabel ?? '' })}</Paragraph>}
          </div>
        );
      }
      break;
    }
    case 'longText':
      return (
        <Labelled id={id} label={label}>
          <Textarea id={id} rows={3} disabled />
        </Labelled>
      );
    default:
      break;
  }
  const type = q.type === 'date' ? 'date' : q.type === 'number' || q.type === 'scale' ? 'number' : 'text';
  return (
    <Labelled id={id} label={label}>
      <Textbox id={id} type={type} disabled />
    </Labelled>
  );
}

function BlockPreview({ block, as, t, id }: { block: Block; as: PreviewAs; t: Tr; id: string }) {
  const write = as === 'professional' || residentWrites.has(block.type);
  const content = () => {
    switch (block.type) {
      case 'text':
        return write ? (
          <Labelled id={`${id}-text`} label={t('preview.textArea')}>
            <Textarea id={`${id}-text`} rows={4} disabled />
          </Labelled>
        ) : (
          <Paragraph>{t('preview.notFilled')}</Paragraph>
        );
      case 'questionnaire':
        return block.questions.map((q) => <QuestionPreview key={q.key} id={`${id}-${q.key}`} q={q} write={write} t={t} />);
      case 'watTelt':
        return (
          <div className="sp-plan-admin-table-wrap">
            <Table className="sp-plan-admin-table">
              <TableCaption>{block.scale.minLabel || block.scale.maxLabel ? t('preview.scaleEnds', block.scale) : `${block.scale.min}–${block.scale.max}`}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('preview.domain')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('preview.score')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {block.domains.map((d) => (
                  <TableRow key={d.key}>
                    <TableHeaderCell scope="row">{d.label}</TableHeaderCell>
                    <TableCell>
                      {write ? (
                        <Textbox id={`${id}-${d.key}`} type="number" aria-label={t('preview.scoreFor', { domain: d.label })} disabled className="sp-plan-admin-score" />
                      ) : (
                        t('preview.notScored')
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        );
      case 'zrm':
        return (
          <div className="sp-plan-admin-table-wrap">
            <Table className="sp-plan-admin-table">
              <TableCaption>{`${t('preview.zrmTable')} (${t('zrm.levels')})`}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('preview.domain')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('preview.level')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {block.domains.map((d) => (
                  <TableRow key={d}>
                    <TableHeaderCell scope="row">{t(`zrm.names.${d}`)}</TableHeaderCell>
                    <TableCell>
                      {write ? (
                        <Select id={`${id}-${d}`} aria-label={t('preview.scoreFor', { domain: t(`zrm.names.${d}`) })} disabled>
                          <SelectOption value="">{t('preview.notScored')}</SelectOption>
                        </Select>
                      ) : (
                        t('preview.notScored')
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        );
      case 'goals': {
        const fields = [
          block.targetDate && t('goals.targetDate'),
          block.lifeDomain && t('goals.lifeDomain'),
          block.measurements ? t('preview.measurements', { min: block.measurements.min, max: block.measurements.max }) : t('preview.progressText'),
          block.actions && t('preview.actions'),
        ].filter(Boolean);
        return (
          <>
            <Paragraph>{t('preview.goalFields', { fields: fields.join(', ') })}</Paragraph>
            {write && (
              <Labelled id={`${id}-goal`} label={t('preview.goalTitle')}>
                <Textbox id={`${id}-goal`} disabled />
              </Labelled>
            )}
          </>
        );
      }
      case 'services':
        return <Paragraph>{t('preview.services')}</Paragraph>;
      case 'documents':
        return <Paragraph>{t('preview.documents')}</Paragraph>;
      case 'signatures':
        return (
          <ButtonGroup>
            {block.kinds.map((kind) => (
              <Button key={kind} appearance="secondary-action-button" disabled={true}>
                {t('preview.sign', { kind: t(`signatures.${kind}`).toLowerCase() })}
              </Button>
            ))}
          </ButtonGroup>
        );
    }
  };
  return (
    <section aria-labelledby={`${id}-title`} className="sp-plan-admin-preview-block">
      <Heading level={4} id={`${id}-title`}>
        {block.title}
      </Heading>
      <Paragraph className="sp-plan-admin-badge">{write ? t('preview.canWrite') : t('preview.canView')}</Paragraph>
      {block.help && <Paragraph className="sp-plan-admin-hint">{block.help}</Paragraph>}
      {content()}
    </section>
  );
}

/** The draft as the resident or a professional would meet it in a new plan: the blocks, what they may fill in, no data. */
export function Preview({ blocks, as }: { blocks: Block[]; as: PreviewAs }) {
  const { t } = useTranslation('planAdmin');
  return (
    <div className="sp-plan-admin-preview">
      <Paragraph>{t('preview.note')}</Paragraph>
      <Paragraph>{as === 'resident' ? t('preview.residentNote') : t('preview.professionalNote')}</Paragraph>
      {blocks.length === 0 && <Paragraph>{t('preview.empty')}</Paragraph>}
      {blocks.map((block) => (
        <BlockPreview key={block.key} block={block} as={as} t={t} id={`pv-${as}-${block.key}`} />
      ))}
    </div>
  );
}
