/** Server-side texts: problem titles and details. The web app carries its own, fuller translations. */
export type Language = 'nl' | 'en';

const messages = {
  nl: {
    'problem.validation': 'De gegevens kloppen niet',
    'problem.validation.detail': 'Controleer de velden die genoemd worden.',
    'problem.notFound': 'Niet gevonden',
    'problem.notFound.detail': 'Dit bestaat niet, of u mag het niet zien.',
    'problem.unauthorized': 'Niet ingelogd',
    'problem.unauthorized.detail': 'Log in om verder te gaan.',
    'problem.invalidCredentials': 'E-mailadres, wachtwoord of organisatie klopt niet',
    'problem.invalidCredentials.detail': 'Controleer wat u heeft ingevuld en probeer het opnieuw. Wachtwoord vergeten? Vraag een nieuw aan.',
    'problem.forbidden': 'Niet toegestaan',
    'problem.forbidden.detail': 'U mag dit niet doen.',
    'problem.selfLockout': 'Dit kunt u niet bij uzelf doen',
    'problem.selfLockout.detail': 'U kunt uw eigen account niet uitzetten en uzelf de rol functioneel beheer niet afnemen. Vraag een andere beheerder.',
    'problem.conflict': 'Iemand anders heeft dit intussen gewijzigd',
    'problem.conflict.detail': 'Bekijk de nieuwe versie en probeer het opnieuw.',
    'problem.lastStrongFactor': 'Dit is uw laatste app of passkey',
    'problem.lastStrongFactor.detail': 'Uw organisatie vraagt van medewerkers een app of passkey om in te loggen. Koppel eerst een andere app of passkey, dan kunt u deze weghalen.',
    'problem.tooManyRequests': 'Te veel pogingen',
    'problem.tooManyRequests.detail': 'Wacht even en probeer het dan opnieuw.',
    'problem.payloadTooLarge': 'Te groot',
    'problem.payloadTooLarge.detail': 'Wat u stuurt is groter dan is toegestaan.',
    'problem.unsupportedMediaType': 'Verkeerd soort gegevens',
    'problem.unsupportedMediaType.detail': 'Stuur de gegevens als JSON.',
    'problem.internal': 'Er ging iets mis',
    'problem.internal.detail': 'Probeer het later opnieuw. Blijft het misgaan? Neem contact op met de beheerder.',
    'problem.unavailable': 'Even niet beschikbaar',
    'problem.unavailable.detail': 'De database is niet bereikbaar.',
    'field.required': 'Dit veld is verplicht.',
    'field.invalid': 'Deze waarde klopt niet.',
    'field.tooShort': 'Dit is te kort.',
    'field.tooLong': 'Dit is te lang.',
    'field.invalidFormat': 'De vorm klopt niet.',
    'field.unknown': 'Dit veld kennen we niet.',
    'field.expired': 'Deze code is verlopen of al gebruikt. Vraag een nieuwe aan.',
    'field.tooManyAttempts': 'Te vaak een verkeerde code. Vraag een nieuwe aan.',
    'field.common': 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.',
    'field.personal': 'Gebruik uw naam of e-mailadres niet in uw wachtwoord.',
    'field.reused': 'Kies een ander wachtwoord dan het huidige.',
    'field.outdated': 'Er is intussen een nieuwere versie. Lees die en probeer het opnieuw.',
    'field.taken': 'Dit is al in gebruik.',
    'field.email.taken': 'Er is al een account met dit e-mailadres.',
    'field.code.invalid': 'Deze code klopt niet. Kijk nog eens in de e-mail of uw app.',
    'field.code.invalidFormat': 'De code bestaat uit 6 cijfers.',
    'field.newPassword.tooShort': 'Gebruik minstens {min} tekens.',
    'field.newPassword.tooLong': 'Gebruik hoogstens 128 tekens.',
    'field.currentPassword.invalid': 'Dit is niet uw huidige wachtwoord.',
    'field.token.expired': 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
    'field.token.invalid': 'Deze link klopt niet. Gebruik de hele link uit de e-mail.',
    'field.phone.invalidFormat': 'Vul een telefoonnummer in met 8 tot 20 tekens: cijfers, spaties, + of -. Bijvoorbeeld 06 12345678.',
    'field.mobilePhone.invalidFormat': 'Vul een mobiel nummer in met 8 tot 20 tekens: cijfers, spaties, + of -. Bijvoorbeeld 06 12345678.',
    'field.recoveryCode.invalid': 'Deze herstelcode klopt niet of is al gebruikt.',
    'field.response.invalid': 'Deze passkey werd niet herkend. Probeer het opnieuw of kies een andere manier.',
    'field.response.expired': 'Dit duurde te lang. Probeer het opnieuw.',
    'field.response.taken': 'Deze passkey is al toegevoegd.',
    'field.response.tooManyAttempts': 'Te vaak geprobeerd. Kies een andere manier of begin opnieuw.',
    'field.subject.required': 'Vul een onderwerp in.',
    'field.subject.tooShort': 'Vul een onderwerp in.',
    'field.subject.tooLong': 'Gebruik hoogstens 150 tekens voor het onderwerp.',
    'field.body.required': 'Vul een tekst in.',
    'field.body.tooShort': 'Vul een tekst in.',
    'field.body.tooLong': 'Gebruik hoogstens 5000 tekens.',
    'field.recipientPersonId.required': 'Kies aan wie u schrijft.',
    'field.recipientPersonId.invalid': 'Kies iemand uit de lijst.',
    'field.recipientPersonId.invalidFormat': 'Kies iemand uit de lijst.',
    'field.attachmentDocumentId.invalid': 'Dit document kunt u niet meesturen.',
    'field.tooLarge': 'Dit is te groot.',
    'field.fileType': 'Dit soort bestand kan niet.',
    'field.file.required': 'Kies een bestand.',
    'field.file.tooLarge': 'Dit bestand is groter dan 10 MB. Kies een kleiner bestand.',
    'field.file.fileType': 'Dit soort bestand kan niet. Kies een PDF, een foto (JPG, PNG, HEIC of WebP), een Word-, Excel- of OpenDocument-bestand, of een tekstbestand (.txt).',
    'field.description.required': 'Vul een omschrijving in.',
  },
  en: {
    'problem.validation': 'The data is not valid',
    'problem.validation.detail': 'Check the fields that are named.',
    'problem.notFound': 'Not found',
    'problem.notFound.detail': 'This does not exist, or you may not see it.',
    'problem.unauthorized': 'Not signed in',
    'problem.unauthorized.detail': 'Sign in to continue.',
    'problem.invalidCredentials': 'E-mail address, password or organisation is not right',
    'problem.invalidCredentials.detail': 'Check what you entered and try again. Forgot your password? Ask for a new one.',
    'problem.forbidden': 'Not allowed',
    'problem.forbidden.detail': 'You may not do this.',
    'problem.selfLockout': 'You cannot do this to yourself',
    'problem.selfLockout.detail': 'You cannot deactivate your own account or remove your own functional administrator role. Ask another administrator.',
    'problem.conflict': 'Someone else changed this in the meantime',
    'problem.conflict.detail': 'Look at the new version and try again.',
    'problem.lastStrongFactor': 'This is your last app or passkey',
    'problem.lastStrongFactor.detail': 'Your organisation requires staff to sign in with an authenticator app or a passkey. Add another app or passkey first, then you can remove this one.',
    'problem.tooManyRequests': 'Too many attempts',
    'problem.tooManyRequests.detail': 'Wait a moment and try again.',
    'problem.payloadTooLarge': 'Too large',
    'problem.payloadTooLarge.detail': 'What you sent is larger than allowed.',
    'problem.unsupportedMediaType': 'Wrong kind of data',
    'problem.unsupportedMediaType.detail': 'Send the data as JSON.',
    'problem.internal': 'Something went wrong',
    'problem.internal.detail': 'Try again later. If it keeps failing, contact the administrator.',
    'problem.unavailable': 'Temporarily unavailable',
    'problem.unavailable.detail': 'The database cannot be reached.',
    'field.required': 'This field is required.',
    'field.invalid': 'This value is not valid.',
    'field.tooShort': 'This is too short.',
    'field.tooLong': 'This is too long.',
    'field.invalidFormat': 'The format is not right.',
    'field.unknown': 'This field is not known.',
    'field.expired': 'This code has expired or was used. Ask for a new one.',
    'field.tooManyAttempts': 'Too many wrong codes. Ask for a new one.',
    'field.common': 'This password is used a lot and easy to guess. Choose another one.',
    'field.personal': 'Do not use your name or e-mail address in your password.',
    'field.reused': 'Choose a password other than the current one.',
    'field.outdated': 'There is a newer version now. Read it and try again.',
    'field.taken': 'This is already in use.',
    'field.email.taken': 'There is already an account with this e-mail address.',
    'field.code.invalid': 'This code is not right. Look again at the e-mail or your app.',
    'field.code.invalidFormat': 'The code has 6 digits.',
    'field.newPassword.tooShort': 'Use at least {min} characters.',
    'field.newPassword.tooLong': 'Use at most 128 characters.',
    'field.currentPassword.invalid': 'This is not your current password.',
    'field.token.expired': 'This link has expired or was used. Ask for a new one.',
    'field.token.invalid': 'This link is not right. Use the whole link from the e-mail.',
    'field.phone.invalidFormat': 'Enter a phone number of 8 to 20 characters: digits, spaces, + or -. For example 06 12345678.',
    'field.mobilePhone.invalidFormat': 'Enter a mobile number of 8 to 20 characters: digits, spaces, + or -. For example 06 12345678.',
    'field.recoveryCode.invalid': 'This recovery code is not right or was used.',
    'field.response.invalid': 'This passkey was not recognised. Try again or choose another way.',
    'field.response.expired': 'This took too long. Try again.',
    'field.response.taken': 'This passkey was added already.',
    'field.response.tooManyAttempts': 'Too many tries. Choose another way or start again.',
    'field.subject.required': 'Enter a subject.',
    'field.subject.tooShort': 'Enter a subject.',
    'field.subject.tooLong': 'Use at most 150 characters for the subject.',
    'field.body.required': 'Enter a text.',
    'field.body.tooShort': 'Enter a text.',
    'field.body.tooLong': 'Use at most 5000 characters.',
    'field.recipientPersonId.required': 'Choose whom you are writing to.',
    'field.recipientPersonId.invalid': 'Choose someone from the list.',
    'field.recipientPersonId.invalidFormat': 'Choose someone from the list.',
    'field.attachmentDocumentId.invalid': 'This document cannot be sent along.',
    'field.tooLarge': 'This is too large.',
    'field.fileType': 'This kind of file is not allowed.',
    'field.file.required': 'Choose a file.',
    'field.file.tooLarge': 'This file is larger than 10 MB. Choose a smaller file.',
    'field.file.fileType': 'This kind of file is not allowed. Choose a PDF, a photo (JPG, PNG, HEIC or WebP), a Word, Excel or OpenDocument file, or a text file (.txt).',
    'field.description.required': 'Enter a description.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['nl'];

export function translate(language: Language, key: MessageKey): string {
  return messages[language][key];
}

/**
 * The message for a field problem: specific to the field where we have one, else the general one for the code. A
 * specific message that names a number (`{min}`) is used only when the problem carries that number.
 */
export function fieldMessage(language: Language, field: string, code: string, params: Record<string, number> = {}): string {
  const general = messages[language][`field.${code}` as MessageKey];
  const specific = `field.${field}.${code}`;
  if (!(specific in messages[language])) return general;
  const text: string = messages[language][specific as MessageKey];
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return /\{\w+\}/.test(filled) ? general : filled;
}

/** Dutch unless the caller's first acceptable language is English. */
export function languageFrom(acceptLanguage: string | undefined): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { tag, q: Number.isNaN(q) ? 0 : q };
    })
    .filter((entry) => entry.q > 0 && (entry.tag.startsWith('nl') || entry.tag.startsWith('en')))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'nl';
}

export const messageCatalogue = messages;
