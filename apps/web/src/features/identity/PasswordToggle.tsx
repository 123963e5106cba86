import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Shows or hides the password it controls; the pressed state tells a screen reader which one is current. */
export function PasswordToggle({ controls, shown, onToggle }: { controls: string; shown: boolean; onToggle: () => void }) {
  const { t } = useTranslation('identity');
  return (
    <Button type="button" appearance="secondary-action-button" className="sp-password-toggle" aria-controls={controls} pressed={shown} onClick={onToggle}>
      {t('password.show')}
    </Button>
  );
}
