import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

/** Placeholder for a page whose feature is not built yet: says so plainly instead of showing an empty screen. */
export function ComingSoon({ title, text }: { title: string; text?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph className="sp-empty">{text ?? t('coming')}</Paragraph>
    </>
  );
}
