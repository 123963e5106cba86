import type { Language } from '../i18n.js';
import { escapeHtml } from '../html.js';

/**
 * Mail texts. A mail holds no personal data beyond the recipient's first name and never the content of a message
 * or plan: it tells that something is waiting and links to the portal.
 */
type Params = Record<string, string>;
type Template = Record<Language, { subject: (p: Params) => string; lines: (p: Params) => string[] }>;

const templates = {
  'connection-test': {
    nl: { subject: () => 'Testbericht van Samenplan', lines: (p) => [`Beste ${p.firstName},`, 'Dit is een testbericht. U hoeft niets te doen.'] },
    en: { subject: () => 'Test message from Samenplan', lines: (p) => [`Dear ${p.firstName},`, 'This is a test message. You do not need to do anything.'] },
  },
  'sign-in-code': {
    nl: {
      subject: () => 'Uw inlogcode voor Samenplan',
      lines: (p) => [`Beste ${p.firstName},`, `Uw inlogcode is: ${p.code}`, 'De code werkt 5 minuten en één keer.', 'Heeft u niet geprobeerd in te loggen? Dan hoeft u niets te doen. Uw wachtwoord is wel bij iemand anders bekend: verander het.'],
    },
    en: {
      subject: () => 'Your Samenplan sign-in code',
      lines: (p) => [`Dear ${p.firstName},`, `Your sign-in code is: ${p.code}`, 'The code works for 5 minutes, once.', 'Did you not try to sign in? Then you need not do anything, but someone else knows your password: change it.'],
    },
  },
  'account-locked': {
    nl: {
      subject: () => 'Inloggen tijdelijk geblokkeerd',
      lines: (p) => [`Beste ${p.firstName},`, `Er is te vaak geprobeerd met een verkeerd wachtwoord in te loggen op uw account. Inloggen is ${p.minutes} minuten geblokkeerd.`, 'Was u dit niet? Neem dan contact op met uw organisatie.'],
    },
    en: {
      subject: () => 'Signing in temporarily blocked',
      lines: (p) => [`Dear ${p.firstName},`, `There were too many attempts to sign in to your account with a wrong password. Signing in is blocked for ${p.minutes} minutes.`, 'Was this not you? Please contact your organisation.'],
    },
  },
  'password-reset': {
    nl: {
      subject: () => 'Nieuw wachtwoord instellen',
      lines: (p) => [`Beste ${p.firstName},`, 'U heeft gevraagd om een nieuw wachtwoord. Via deze link stelt u het in. De link werkt 4 uur en één keer.', p.link!, 'Heeft u dit niet gevraagd? Dan hoeft u niets te doen.'],
    },
    en: {
      subject: () => 'Set a new password',
      lines: (p) => [`Dear ${p.firstName},`, 'You asked for a new password. Use this link to set it. The link works for 4 hours, once.', p.link!, 'Did you not ask for this? Then you need not do anything.'],
    },
  },
  invitation: {
    nl: {
      subject: (p) => `Uitnodiging voor Samenplan van ${p.organisation}`,
      lines: (p) => [`Beste ${p.firstName},`, `${p.organisation} nodigt u uit voor Samenplan. Daar werkt u samen aan uw plan.`, `Maak uw account met deze link. De link werkt ${p.days} dagen en één keer.`, p.link!],
    },
    en: {
      subject: (p) => `Invitation to Samenplan from ${p.organisation}`,
      lines: (p) => [`Dear ${p.firstName},`, `${p.organisation} invites you to Samenplan, where you work on your plan together.`, `Create your account with this link. The link works for ${p.days} days, once.`, p.link!],
    },
  },
  'email-change-confirm': {
    nl: {
      subject: () => 'Bevestig uw nieuwe e-mailadres',
      lines: (p) => [`Beste ${p.firstName},`, 'U wilt dit e-mailadres gebruiken voor Samenplan. Klik op de link om dat te bevestigen. De link werkt 24 uur en één keer.', p.link!, 'Daarna logt u in met dit e-mailadres. Heeft u dit niet gevraagd? Dan hoeft u niets te doen.'],
    },
    en: {
      subject: () => 'Confirm your new e-mail address',
      lines: (p) => [`Dear ${p.firstName},`, 'You want to use this e-mail address for Samenplan. Follow the link to confirm it. The link works for 24 hours, once.', p.link!, 'After that you sign in with this address. Did you not ask for this? Then you need not do anything.'],
    },
  },
  'email-change-notice': {
    nl: {
      subject: () => 'Uw e-mailadres in Samenplan wordt gewijzigd',
      lines: (p) => [`Beste ${p.firstName},`, 'Er is gevraagd om uw e-mailadres in Samenplan te wijzigen. Tot het nieuwe adres is bevestigd, logt u in met dit adres.', 'Was u dit niet? Verander dan uw wachtwoord en neem contact op met uw organisatie.'],
    },
    en: {
      subject: () => 'Your e-mail address in Samenplan is being changed',
      lines: (p) => [`Dear ${p.firstName},`, 'Someone asked to change your e-mail address in Samenplan. Until the new address is confirmed, you sign in with this one.', 'Was this not you? Then change your password and contact your organisation.'],
    },
  },
  'new-message': {
    nl: { subject: () => 'U heeft een nieuw bericht', lines: (p) => [`Beste ${p.firstName},`, 'Er staat een nieuw bericht voor u klaar in Samenplan.', `Lees het bericht: ${p.link}`] },
    en: { subject: () => 'You have a new message', lines: (p) => [`Dear ${p.firstName},`, 'A new message is waiting for you in Samenplan.', `Read the message: ${p.link}`] },
  },
  'informed-message': {
    nl: {
      subject: () => 'Het team heeft een bericht voor u',
      lines: (p) => [
        `Beste ${p.firstName},`,
        `${p.team} heeft een bericht voor u. U wordt op de hoogte gehouden van de zorg voor iemand in uw omgeving, maar u kunt niet inloggen in Samenplan.`,
        p.phone ? `Wilt u het bericht horen? Bel ${p.organisation}: ${p.phone}.` : `Wilt u het bericht horen? Neem contact op met ${p.organisation}.`,
      ],
    },
    en: {
      subject: () => 'The team has a message for you',
      lines: (p) => [
        `Dear ${p.firstName},`,
        `${p.team} has a message for you. You are kept informed about the care for someone close to you, but you cannot sign in to Samenplan.`,
        p.phone ? `Would you like to hear the message? Call ${p.organisation}: ${p.phone}.` : `Would you like to hear the message? Please contact ${p.organisation}.`,
      ],
    },
  },
  'plan-signature-request': {
    nl: {
      subject: () => 'Wilt u een plan ondertekenen?',
      lines: (p) => [`Beste ${p.firstName},`, 'U wordt gevraagd een plan in Samenplan te ondertekenen. Lees het plan eerst. Daarna kiest u of u tekent.', `Bekijk het plan: ${p.link}`],
    },
    en: {
      subject: () => 'Would you sign a plan?',
      lines: (p) => [`Dear ${p.firstName},`, 'You are asked to sign a plan in Samenplan. Read the plan first, then choose whether you sign.', `See the plan: ${p.link}`],
    },
  },
  'new-appointment': {
    nl: {
      subject: () => 'Er is een nieuwe afspraak gepland',
      lines: (p) => [`Beste ${p.firstName},`, 'U wordt op de hoogte gehouden van de zorg voor iemand in uw omgeving. Er is een nieuwe afspraak gepland.', 'Wilt u weten wanneer? Vraag het aan die persoon of aan het wijkteam.'],
    },
    en: {
      subject: () => 'A new appointment has been planned',
      lines: (p) => [`Dear ${p.firstName},`, 'You are kept informed about the care for someone close to you. A new appointment has been planned.', 'Would you like to know when? Ask that person or the neighbourhood team.'],
    },
  },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof templates;


export function renderMail(template: TemplateName, language: Language, params: Params) {
  const { subject, lines } = (templates as Record<TemplateName, Template>)[template][language];
  const body = lines(params);
  const linked = (line: string) => escapeHtml(line).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');
  return {
    subject: subject(params),
    text: [...body, '', 'Samenplan'].join('\n'),
    html: `<!doctype html><html lang="${language}"><body>${body.map((l) => `<p>${linked(l)}</p>`).join('')}<p>Samenplan</p></body></html>`,
  };
}

export const templateNames = Object.keys(templates) as TemplateName[];
