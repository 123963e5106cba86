import { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';

export function AccessibilityStatement() {
  const { t } = useTranslation('accessibility');
  return (
    <article className="sp-prose">
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>

      <Heading level={2}>{t('standard.title')}</Heading>
      <Paragraph>{t('standard.text')}</Paragraph>

      <Heading level={2}>{t('status.title')}</Heading>
      <Paragraph>{t('status.text')}</Paragraph>

      <Heading level={2}>{t('report.title')}</Heading>
      <Paragraph>{t('report.text')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('report.page')}</UnorderedListItem>
        <UnorderedListItem>{t('report.what')}</UnorderedListItem>
        <UnorderedListItem>{t('report.tool')}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>{t('report.answer')}</Paragraph>

      <Heading level={2}>{t('complaint.title')}</Heading>
      <Paragraph>{t('complaint.text')}</Paragraph>
      <Paragraph>
        <Link href="https://www.nationaleombudsman.nl/" external>
          {t('complaint.link')}
        </Link>
      </Paragraph>

      <Paragraph appearance="small" className="sp-muted">
        {t('updated')}
      </Paragraph>
    </article>
  );
}
