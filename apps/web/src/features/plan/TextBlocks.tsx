import { Link, Paragraph } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import type { DocumentsBlock, QuestionnaireBlock, ServicesBlock, TextBlock } from './api';
import { BlockFrame, headingId } from './BlockFrame';
import { PlanField } from './PlanField';
import { paths, useSide } from './side';

/** A text section: one long text, saved while typing. */
export function TextBlockView({ planId, block }: { planId: string; block: TextBlock }) {
  const { t } = useTranslation('plan');
  return (
    <BlockFrame block={block}>
      <PlanField
        planId={planId}
        address={{ blockKey: block.key, itemId: null, fieldKey: 'text' }}
        field={block.fields.text}
        writable={block.policies.includes('write')}
        label={block.title}
        control={{ type: 'longText' }}
        labelledBy={headingId(block)}
        emptyText={t('field.emptyText')}
      />
    </BlockFrame>
  );
}

/** A questionnaire: each question by its type, each answer saved on its own. */
export function QuestionnaireBlockView({ planId, block }: { planId: string; block: QuestionnaireBlock }) {
  const writable = block.policies.includes('write');
  return (
    <BlockFrame block={block}>
      <div className="sp-plan-questions">
        {block.definition.questions.map((q) => (
          <PlanField
            key={q.key}
            planId={planId}
            address={{ blockKey: block.key, itemId: null, fieldKey: q.key }}
            field={block.fields[q.key]}
            writable={writable}
            label={q.label}
            help={q.help}
            required={q.required}
            control={{ type: q.type, options: q.options, min: q.min, max: q.max, minLabel: q.minLabel, maxLabel: q.maxLabel }}
          />
        ))}
      </div>
    </BlockFrame>
  );
}

function AppLink({ to, children }: { to: string; children: string }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Link href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
      {children}
    </Link>
  );
}

/** Services and documents live in the dossier; the plan says so and links there. */
export function LinkBlockView({ dossierId, block }: { dossierId: string; block: ServicesBlock | DocumentsBlock }) {
  const { t } = useTranslation('plan');
  const side = useSide();
  const to = block.type === 'services' ? paths(side).services(dossierId) : paths(side).documents(dossierId);
  return (
    <BlockFrame block={block} showChange={false}>
      <Paragraph>{block.type === 'services' ? t('services.intro') : t('documents.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={to}>{block.type === 'services' ? t('services.link') : t('documents.link')}</AppLink>
      </Paragraph>
    </BlockFrame>
  );
}
