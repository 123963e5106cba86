import { Alert, Button, ButtonGroup, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signaturePdfUrl, useSign, type SignaturesBlock } from './api';
import { BlockFrame, Notice } from './BlockFrame';
import { formatDay } from './format';
import { SignatureRequestPanel } from './SignatureRequests';

const roles = ['resident', 'guardian', 'relative', 'coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'] as const;
/** The server's sign-in methods (identity/open-session.ts SignInMethod). */
const methods = ['password', 'password+email-code', 'password+app', 'password+recovery-code', 'password+passkey', 'passkey', 'digid', 'eherkenning', 'reset-link'] as const;

/** Signatures voor akkoord / voor gezien: who signed which revision, a clear word when the plan changed since, and the sign buttons. */
export function SignaturesBlockView({ planId, block, maySign, mayRequest }: { planId: string; block: SignaturesBlock; maySign: boolean; mayRequest: boolean }) {
  const { t, i18n } = useTranslation('plan');
  const sign = useSign(planId);
  const [notice, setNotice] = useState<string | null>(null);
  const role = (value: string) => ((roles as readonly string[]).includes(value) ? t(`signature.roles.${value as (typeof roles)[number]}`) : value);
  const method = (value: string) => ((methods as readonly string[]).includes(value) ? t(`signature.methods.${value as (typeof methods)[number]}`) : value);
  const signatures = [...block.signatures].reverse();
  return (
    <BlockFrame block={block} showChange={false}>
      {signatures.length === 0 ? (
        <Paragraph className="sp-empty">{t('signature.empty')}</Paragraph>
      ) : (
        <ul className="sp-plan-signatures">
          {signatures.map((s) => (
            <li key={s.id} className="sp-plan-signature">
              <Paragraph className="sp-plan-signature__who">
                <strong>{s.name}</strong> {t('signature.as', { role: role(s.role) })}
              </Paragraph>
              <Paragraph>{t('signature.line', { kind: t(`signature.kinds.${s.kind}`), date: formatDay(s.signedOn, i18n.language), method: method(s.signInMethod) })}</Paragraph>
              {!s.current && (
                <Paragraph className="sp-plan-signature__older">
                  <strong>{t('signature.olderLabel')}</strong> {t('signature.older')}
                </Paragraph>
              )}
              {s.hasPdf && (
                <Paragraph>
                  <Link href={signaturePdfUrl(planId, s.id)} download>
                    {t('signature.pdf')}
                    <span className="sp-visually-hidden">{` ${t('signature.pdfOf', { name: s.name, date: formatDay(s.signedOn, i18n.language) })}`}</span>
                  </Link>
                </Paragraph>
              )}
            </li>
          ))}
        </ul>
      )}
      <Notice text={notice} />
      {sign.isError && (
        <Alert type="error">
          <Paragraph>{t('signature.failed')}</Paragraph>
        </Alert>
      )}
      {mayRequest && <SignatureRequestPanel planId={planId} kinds={block.definition.kinds} />}
      {maySign && (
        <>
          <Paragraph>{t('signature.intro')}</Paragraph>
          <ButtonGroup>
            {block.definition.kinds.map((kind) => (
              <Button
                key={kind}
                appearance="secondary-action-button"
                busy={sign.isPending}
                onClick={() => sign.mutateAsync(kind).then(() => setNotice(t('signature.signed', { kind: t(`signature.kinds.${kind}`) })), () => undefined)}
              >
                {t(`signature.sign.${kind}`)}
              </Button>
            ))}
          </ButtonGroup>
        </>
      )}
    </BlockFrame>
  );
}
