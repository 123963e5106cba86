import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ServerStatus } from '../platform/ServerStatus';

export function Caseload() {
  const { t } = useTranslation('work');
  return (
    <>
      <PageHeading>{t('caseload.title')}</PageHeading>
      <Paragraph className="sp-empty">{t('caseload.empty')}</Paragraph>
      <ServerStatus />
    </>
  );
}
