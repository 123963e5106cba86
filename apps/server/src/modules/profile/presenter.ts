import type { FieldCipher } from '../../platform/crypto.js';
import type { Subject } from '../../platform/policy/index.js';
import { maskBsn } from '../people/index.js';
import { contactPersonPolicy, profilePolicy, type ResidentPart } from './policy.js';
import type { ContactPersonRow, ProfileRow } from './repository.js';

const designationOf = (value: string | null): 'by' | 'to' | null => (value === 'by' || value === 'to' ? value : null);

/**
 * Allow-list of the profile on the wire. The BSN leaves the server only masked (last three digits); the pending new
 * e-mail address only for those who may change it.
 */
export function presentProfile(subject: Subject, part: ResidentPart, row: ProfileRow, cipher: FieldCipher) {
  const { person, profile } = row;
  const policies = profilePolicy.permitted(subject, part);
  const hasAddress = profile.street !== null && profile.houseNumber !== null && profile.postcode !== null && profile.city !== null;
  return {
    personId: person.id,
    bsnMasked: person.bsnEncrypted ? maskBsn(cipher.decrypt(person.bsnEncrypted)) : null,
    firstName: person.firstName,
    infix: person.infix,
    surname: person.surname,
    dateOfBirth: person.dateOfBirth,
    gender: person.gender,
    phone: person.phone,
    mobilePhone: profile.mobilePhone,
    email: person.email,
    consents: { neighbourhoodCheck: profile.consentNeighbourhoodCheck, wantsDecision: profile.wantsDecision },
    registeredAddress: hasAddress
      ? {
          street: profile.street!,
          houseNumber: profile.houseNumber!,
          houseLetter: profile.houseLetter,
          houseNumberAddition: profile.houseNumberAddition,
          designation: designationOf(profile.designation),
          postcode: profile.postcode!,
          city: profile.city!,
          refreshedAt: profile.addressRefreshedAt?.toISOString() ?? null,
        }
      : null,
    pendingEmail: policies.includes('update') ? row.pendingEmail : null,
    version: profile.version,
    policies,
  };
}

/** The current contact details, sent with a 409 so the client can show what changed. */
export function currentContactDetails(row: ProfileRow) {
  return {
    version: row.profile.version,
    phone: row.person.phone,
    mobilePhone: row.profile.mobilePhone,
    email: row.person.email,
    consents: { neighbourhoodCheck: row.profile.consentNeighbourhoodCheck, wantsDecision: row.profile.wantsDecision },
  };
}

export function presentContactPerson(subject: Subject, part: ResidentPart, row: ContactPersonRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as 'gp' | 'pharmacy' | 'carer' | 'family' | 'neighbour' | 'other',
    phone: row.phone,
    mobilePhone: row.mobilePhone,
    email: row.email,
    version: row.version,
    // `create` belongs to the list, not to one contact person.
    policies: contactPersonPolicy.permitted(subject, part).filter((action) => action !== 'create'),
  };
}
