import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { fetchMe, meKey, useMe, type SecondStep, type Step, type StepAnswer } from './api';
import { CodeStep } from './CodeStep';
import { CredentialsStep, type Notice } from './CredentialsStep';
import { PasskeyStep } from './PasskeyStep';
import { PasswordStep } from './PasswordStep';
import { destinationAfterSignIn } from './roles';
import { StrongFactorStep } from './StrongFactorStep';
import { TermsStep } from './TermsStep';
import { TotpStep } from './TotpStep';

type Screen = 'credentials' | Exclude<Step, 'done'>;

const notices: readonly unknown[] = ['signedOut', 'signedOutEverywhere', 'expired', 'restart', 'ended', 'digidFailed', 'digidUnknown', 'eherkenningFailed', 'eherkenningUnknown', 'invitationAccepted'] satisfies Notice[];
function isNotice(value: unknown): value is Notice {
  return notices.includes(value);
}

/** A reset link that was just followed starts here at the second step the server named (see ResetPasswordPage). */
type EntryState = { notice?: unknown; step?: unknown; next?: unknown; methods?: unknown } | null;
const secondSteps: readonly unknown[] = ['email-code', 'totp', 'passkey'] satisfies SecondStep[];
const isSecondStep = (value: unknown): value is SecondStep => secondSteps.includes(value);

/**
 * /inloggen: e-mail, password and organisation (or a passkey alone); then the e-mailed code, the code from an
 * authenticator app or a passkey; then, when the server asks, a new password, the terms of use, and (where the
 * organisation demands it of staff) linking an app or passkey. Each step is its own screen with its own h1; the server decides which comes next.
 * ?terug=/path brings the person back where they came from once they are in.
 */
const brokerNotices: Record<string, Notice> = {
  digid: 'digidFailed',
  'digid-onbekend': 'digidUnknown',
  eherkenning: 'eherkenningFailed',
  'eherkenning-onbekend': 'eherkenningUnknown',
};

export function SignInPage() {
  const queryClient = useQueryClient();
  const me = useMe();
  const location = useLocation();
  const [search] = useSearchParams();
  const entry = location.state as EntryState;
  const stateNotice = entry?.notice;
  const reset = entry?.step === 'reset';
  // After DigiD or eHerkenning the server sends people here with ?fout=… when it failed, or ?stap=voorwaarden for the terms.
  const digidNotice = brokerNotices[search.get('fout') ?? ''] ?? null;
  const resetStep = reset && isSecondStep(entry?.next) ? entry.next : 'email-code';
  const [screen, setScreen] = useState<Screen>(reset ? resetStep : search.get('stap') === 'voorwaarden' ? 'accept-terms' : 'credentials');
  const [notice, setNotice] = useState<Notice | null>(isNotice(stateNotice) ? stateNotice : digidNotice);
  // The second steps the server offered after the password or the reset link (app, passkey, e-mailed code).
  const [methods, setMethods] = useState<SecondStep[]>(reset && Array.isArray(entry?.methods) ? entry.methods.filter(isSecondStep) : ['email-code']);
  const first = useRef(true);

  // A new step is a new screen: move focus to the top of <main>, as the shell does for a new address.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
    window.scrollTo(0, 0);
  }, [screen]);

  // Someone who is signed in has no business here, except in the moment of signing out (the notice says so).
  const signingOut = notice === 'signedOut' || notice === 'signedOutEverywhere';
  if (me.data && !signingOut) return <Navigate to={destinationAfterSignIn(me.data, search.get('terug'))} replace />;

  const next = (step: Step, answer?: Pick<StepAnswer, 'methods'>) => {
    setNotice(null);
    if (answer?.methods) setMethods(answer.methods);
    if (step === 'done') void queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
    else setScreen(step);
  };
  const restart = () => {
    setNotice('restart');
    setScreen('credentials');
  };

  switch (screen) {
    case 'totp':
      return (
        <TotpStep
          onNext={next}
          onRestart={restart}
          onEmailCode={() => setScreen('email-code')}
          onPasskey={methods.includes('passkey') ? () => setScreen('passkey') : undefined}
          emailAllowed={methods.includes('email-code')}
        />
      );
    case 'passkey':
      return <PasskeyStep methods={methods} onNext={next} onRestart={restart} onMethod={setScreen} />;
    case 'enrol-second-factor':
      return <StrongFactorStep onNext={next} />;
    case 'email-code':
      return <CodeStep onNext={next} onRestart={restart} />;
    case 'change-password':
      return <PasswordStep onNext={next} onRestart={restart} reason={reset ? 'reset' : 'first'} />;
    case 'accept-terms':
      return <TermsStep onNext={next} onRestart={restart} />;
    default:
      // Someone on the way to the workspace is staff: eHerkenning (provider staff) is offered openly then.
      return <CredentialsStep notice={notice} onNext={next} forStaff={(search.get('terug') ?? '').startsWith('/werk')} />;
  }
}
