import { Heading, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../components/RouterLink';

export function SiteFooter() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <PageFooter className="sp-footer" aria-labelledby={headingId}>
      <div className="sp-footer__content">
        <Heading level={2} id={headingId} className="sp-footer__heading">
          {t('footer.label')}
        </Heading>
        <Paragraph>{t('footer.about')}</Paragraph>
        <ul className="sp-footer__links">
          <li>
            <RouterLink to="/toegankelijkheid">{t('footer.accessibility')}</RouterLink>
          </li>
        </ul>
      </div>
    </PageFooter>
  );
}
