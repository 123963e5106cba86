import { createContext, useContext } from 'react';

/** Which side the plan is shown on: the resident portal (/…) or the professional workspace (/werk/…). */
export type Side = 'portal' | 'work';
export const SideContext = createContext<Side>('portal');
export const useSide = () => useContext(SideContext);

/** The app's paths around a plan, on either side. */
export function paths(side: Side) {
  const root = side === 'work' ? '/werk' : '';
  return {
    dossier: (dossierId: string) => `${root}/dossiers/${dossierId}`,
    services: (dossierId: string) => (side === 'work' ? `${root}/dossiers/${dossierId}#services-title` : `${root}/dossiers/${dossierId}#sec-services`),
    documents: (dossierId: string) => `${root}/dossiers/${dossierId}/documenten`,
    plans: (dossierId: string) => `${root}/dossiers/${dossierId}/plannen`,
    plan: (planId: string) => `${root}/plannen/${planId}`,
    newPlan: (dossierId: string) => `/werk/dossiers/${dossierId}/plannen/nieuw`,
    rights: (planId: string) => `/werk/plannen/${planId}/rechten`,
  };
}
