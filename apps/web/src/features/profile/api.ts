import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../identity/http';

/**
 * Everything the profile feature says to the server: /api/residents/:personId/profile, contact-details,
 * registered-address/refresh, contact-persons, and /api/email-change/confirm. Shapes mirror /api/docs (tag "profile").
 */

export type Consents = { neighbourhoodCheck: boolean; wantsDecision: boolean };
export type RegisteredAddress = {
  street: string;
  houseNumber: number;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  designation: 'by' | 'to' | null;
  postcode: string;
  city: string;
  refreshedAt: string | null;
};
export type Profile = {
  personId: string;
  bsnMasked: string | null;
  firstName: string;
  infix: string | null;
  surname: string;
  dateOfBirth: string | null;
  gender: string | null;
  phone: string | null;
  mobilePhone: string | null;
  email: string | null;
  consents: Consents;
  registeredAddress: RegisteredAddress | null;
  pendingEmail: string | null;
  version: number;
  policies: Array<'read' | 'update' | 'refreshAddress'>;
};
export type ContactDetails = { version: number; phone: string; mobilePhone: string; email: string; consents: Consents };
export type SavedDetails = Profile & { emailChange: 'none' | 'confirmationSent' };

export const contactPersonKinds = ['gp', 'pharmacy', 'carer', 'family', 'neighbour', 'other'] as const;
export type ContactPersonKind = (typeof contactPersonKinds)[number];
export type ContactPersonInput = { name: string; kind: ContactPersonKind; phone: string; mobilePhone: string; email: string };
export type ContactPerson = {
  id: string;
  name: string;
  kind: ContactPersonKind;
  phone: string | null;
  mobilePhone: string | null;
  email: string | null;
  version: number;
  policies: Array<'read' | 'update' | 'delete'>;
};
type ContactPersonList = { items: ContactPerson[]; policies: Array<'read' | 'create'> };

const base = (personId: string) => `/api/residents/${encodeURIComponent(personId)}`;
const profileKey = (personId: string) => ['profile', personId, 'profile'] as const;
const contactsKey = (personId: string) => ['profile', personId, 'contact-persons'] as const;

export function useProfile(personId: string | null) {
  return useQuery({
    queryKey: profileKey(personId ?? ''),
    queryFn: () => request<Profile>('GET', `${base(personId!)}/profile`),
    enabled: Boolean(personId),
    retry: false,
  });
}

export function useSaveContactDetails(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (details: ContactDetails) => request<SavedDetails>('PUT', `${base(personId)}/contact-details`, details),
    onSuccess: (saved) => queryClient.setQueryData(profileKey(personId), saved),
  });
}

export function useRefreshAddress(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<Profile>('POST', `${base(personId)}/registered-address/refresh`),
    onSuccess: (profile) => queryClient.setQueryData(profileKey(personId), profile),
  });
}

/** After a 409: read the profile again, so the form shows what is stored now. */
export function useReloadProfile(personId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ queryKey: profileKey(personId), queryFn: () => request<Profile>('GET', `${base(personId)}/profile`) });
}

/** Follows the link from the mail; works signed in or not. */
export function useConfirmEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { organisation: string; token: string }) => request<{ confirmed: true }>('POST', '/api/email-change/confirm', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['profile'] }),
  });
}

export function useContactPersons(personId: string | null) {
  return useQuery({
    queryKey: contactsKey(personId ?? ''),
    queryFn: () => request<ContactPersonList>('GET', `${base(personId!)}/contact-persons`),
    enabled: Boolean(personId),
    retry: false,
  });
}

export function useContactPersonChanges(personId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: contactsKey(personId) });
  const add = useMutation({
    mutationFn: (input: ContactPersonInput) => request<ContactPerson>('POST', `${base(personId)}/contact-persons`, input),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, ...input }: ContactPersonInput & { id: string; version: number }) =>
      request<ContactPerson>('PUT', `${base(personId)}/contact-persons/${encodeURIComponent(id)}`, input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (item: ContactPerson) =>
      request<void>('DELETE', `${base(personId)}/contact-persons/${encodeURIComponent(item.id)}?version=${item.version}`),
    onSettled: refresh,
  });
  return { add, update, remove, refresh };
}
