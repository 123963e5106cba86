import type { Me, Role } from './api';

const professionalRoles: readonly Role[] = ['coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'];

export function isProfessional(role: Role): boolean {
  return professionalRoles.includes(role);
}

/** Roles with a caseload; the functional administrator manages the tenant and sees no dossiers. */
export function hasCaseload(role: Role): boolean {
  return isProfessional(role) && role !== 'functionalAdmin';
}

/** The area a role works in: residents and relatives in the portal, administrators in beheer, others the caseload. */
export function homeFor(role: Role): string {
  if (role === 'functionalAdmin') return '/werk/beheer';
  return isProfessional(role) ? '/werk' : '/';
}

/** Only a path inside this site (not "//elsewhere") that the active role may open; otherwise the role's home. */
export function destinationAfterSignIn(me: Me, from: string | null): string {
  const home = homeFor(me.activeRole);
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/inloggen')) return home;
  if (from.startsWith('/werk') && !isProfessional(me.activeRole)) return home;
  return from;
}

export function fullName(me: Me): string {
  return [me.person.firstName, me.person.infix, me.person.surname].filter(Boolean).join(' ');
}
