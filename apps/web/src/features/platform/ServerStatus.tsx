import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHealth } from './api';

/** A small line at the bottom of a home page; role=status lets screen readers hear a change without losing focus. */
export function ServerStatus() {
  const { t } = useTranslation();
  const health = useHealth();
  const state = health.isPending ? 'loading' : health.isError ? 'error' : 'ok';
  return (
    <Paragraph appearance="small" role="status" className={`sp-server-status sp-server-status--${state}`}>
      {t(`serverStatus.${state}`)}
    </Paragraph>
  );
}
