import { z } from 'zod';
import { contactPersonPolicy, profilePolicy } from './policy.js';

/**
 * An empty field clears the value; anything else must look like a phone number. Loose on purpose: Dutch numbers are
 * written many ways (06-12345678, +31 6 1234 5678, 0123 456 789).
 */
const phone = z
  .string()
  .trim()
  .regex(/^$|^[0-9 +-]{8,20}$/)
  .nullable()
  .meta({ description: 'Digits, spaces, + and -, 8 to 20 characters; empty or null clears it' });
/** Empty clears it; a plain pattern so a wrong address is `invalidFormat` like every other format error. */
const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/)
  .nullable();

export const residentParams = z.object({ personId: z.uuid() });
export const contactPersonParams = z.object({ personId: z.uuid(), id: z.uuid() });

const address = z
  .object({
    street: z.string(),
    houseNumber: z.number().int(),
    houseLetter: z.string().nullable(),
    houseNumberAddition: z.string().nullable(),
    designation: z.enum(['by', 'to']).nullable().meta({ description: 'BRP aanduiding bij huisnummer: by = bij, to = tegenover' }),
    postcode: z.string(),
    city: z.string(),
    refreshedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'RegisteredAddress', description: 'From the BRP; read-only' });

export const consents = z.object({
  neighbourhoodCheck: z.boolean().meta({ description: 'Toestemming wijkteamcheck' }),
  wantsDecision: z.boolean().meta({ description: 'Beschikking gewenst' }),
});

export const profileResponse = z
  .object({
    personId: z.uuid(),
    bsnMasked: z.string().nullable().meta({ description: 'Only the last three digits, e.g. ******789' }),
    firstName: z.string(),
    infix: z.string().nullable(),
    surname: z.string(),
    dateOfBirth: z.string().nullable(),
    gender: z.string().nullable(),
    phone: z.string().nullable(),
    mobilePhone: z.string().nullable(),
    email: z.string().nullable(),
    consents,
    registeredAddress: address.nullable(),
    pendingEmail: z.string().nullable().meta({ description: 'A new address waiting for its confirmation link (only for the resident and a guardian)' }),
    version: z.number().int(),
    policies: z.array(z.enum(profilePolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'Profile' });

export const contactDetailsBody = z
  .object({
    version: z.number().int().min(1),
    phone,
    mobilePhone: phone,
    email: optionalEmail,
    consents: consents.strict(),
  })
  .strict();

export const contactDetailsResponse = profileResponse.extend({
  emailChange: z.enum(['none', 'confirmationSent']).meta({ description: 'confirmationSent: the new address becomes the login name once its link is followed' }),
});

export const emailConfirmBody = z.object({ organisation: z.string().min(1).max(100), token: z.string().min(20).max(100) }).strict();

export const contactPersonKind = z.enum(['gp', 'pharmacy', 'carer', 'family', 'neighbour', 'other']);

export const contactPersonBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: contactPersonKind,
    phone: phone.optional(),
    mobilePhone: phone.optional(),
    email: optionalEmail.optional(),
  })
  .strict();
export const contactPersonUpdateBody = contactPersonBody.extend({ version: z.number().int().min(1) }).strict();
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const contactPersonResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: contactPersonKind,
    phone: z.string().nullable(),
    mobilePhone: z.string().nullable(),
    email: z.string().nullable(),
    version: z.number().int(),
    policies: z.array(z.enum(contactPersonPolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'ContactPerson' });

export const contactPersonList = z.object({
  items: z.array(contactPersonResponse),
  policies: z.array(z.enum(contactPersonPolicy.actions as ['read', ...string[]])).meta({ description: 'What the caller may do with the list, e.g. create' }),
});
