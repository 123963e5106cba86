import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSwitchRole, type Me, type Role } from './api';
import { homeFor } from './roles';

/**
 * Choosing another role is a deliberate step with its own button: changing the select alone does nothing, so
 * moving through the options with the arrow keys never throws the person into another area (WCAG 3.2.2).
 */
export function RoleSwitch({ me }: { me: Me }) {
  const { t } = useTranslation('identity');
  const [role, setRole] = useState<Role>(me.activeRole);
  const switchRole = useSwitchRole();
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (role === me.activeRole) return;
    switchRole.mutate(role, { onSuccess: () => void navigate(homeFor(role)) });
  };

  return (
    <form className="sp-role-switch" onSubmit={submit}>
      <FormLabel htmlFor="role-switch" className="sp-role-switch__label">
        {t('header.role')}
      </FormLabel>
      <Select id="role-switch" value={role} onChange={(event) => setRole(event.target.value as Role)} className="sp-role-switch__select">
        {me.roles.map((item) => (
          <SelectOption key={item} value={item}>
            {t(`roles.${item}`)}
          </SelectOption>
        ))}
      </Select>
      <Button type="submit" appearance="subtle-button" className="sp-role-switch__button" busy={switchRole.isPending}>
        {t('header.switchRole')}
      </Button>
    </form>
  );
}
