import { useTranslation } from 'react-i18next';

const known = ['adults', 'youth', 'residential', 'general'] as const;
type Known = (typeof known)[number];
const isKnown = (value: string): value is Known => (known as readonly string[]).includes(value);

/** A team type in words ("Volwassenen"); a type we have no words for is shown as the server gives it. */
export function useTeamType() {
  const { t } = useTranslation('dossier');
  return (teamType: string) => (isKnown(teamType) ? t(`teamType.${teamType}`) : teamType);
}
