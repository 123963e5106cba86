import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldHistory, type FieldAddress } from './api';
import { formatMoment } from './format';
import { LoadError, Loading } from './States';

type Props = {
  planId: string;
  address: FieldAddress;
  id: string;
  /** The field's label, so each button says whose history it opens. */
  label: string;
  format: (value: unknown) => string;
};

function Versions({ planId, address, format }: Omit<Props, 'id' | 'label'>) {
  const { t, i18n } = useTranslation('plan');
  const history = useFieldHistory(planId, address, true);
  if (history.isPending) return <Loading text={t('history.loading')} />;
  if (history.isError) return <LoadError error={history.error} what="part" />;
  if (history.data.items.length === 0) return <Paragraph className="sp-empty">{t('history.empty')}</Paragraph>;
  return (
    <ol className="sp-plan-history__list">
      {history.data.items.map((item, index) => (
        <li key={item.version} className="sp-plan-history__item">
          <Paragraph className="sp-plan-history__head">
            <strong>{index === 0 ? t('history.current') : t('history.version', { version: item.version })}</strong>{' '}
            <span className="sp-muted">
              {t('history.by', { name: item.changedBy, moment: formatMoment(item.changedAt, i18n.language) })}
              {item.onBehalfOf && ` ${t('history.onBehalfOf', { name: item.onBehalfOf })}`}
            </span>
          </Paragraph>
          <div className="sp-plan-text">{format(item.value) || t('history.emptyValue')}</div>
        </li>
      ))}
    </ol>
  );
}

/** "Geschiedenis" next to a field: every earlier value with who changed it, when and on whose behalf; asked for only when opened. */
export function FieldHistory({ planId, address, id, label, format }: Props) {
  const { t } = useTranslation('plan');
  const [open, setOpen] = useState(false);
  const panel = `${id}-history`;
  return (
    <div className="sp-plan-history">
      <Button appearance="subtle-button" className="sp-plan-history__toggle" aria-expanded={open} aria-controls={panel} onClick={() => setOpen((o) => !o)}>
        {t('history.button')}
        <span className="sp-visually-hidden">{` ${t('history.of', { label })}`}</span>
      </Button>
      <div id={panel} hidden={!open} className="sp-plan-history__panel" role="region" aria-label={t('history.title', { label })}>
        {open && <Versions planId={planId} address={address} format={format} />}
      </div>
    </div>
  );
}
