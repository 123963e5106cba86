// Bundled translations: every language is in the build, so switching needs no request and works offline.
import enAccessibility from './en/accessibility.json';
import enAdmin from './en/admin.json';
import enCare from './en/care.json';
import enCommon from './en/common.json';
import enDay from './en/day.json';
import enDocuments from './en/documents.json';
import enDossier from './en/dossier.json';
import enIdentity from './en/identity.json';
import enMessages from './en/messages.json';
import enPlan from './en/plan.json';
import enPlanAdmin from './en/planAdmin.json';
import enProfile from './en/profile.json';
import enResident from './en/resident.json';
import enWork from './en/work.json';
import nlAccessibility from './nl/accessibility.json';
import nlAdmin from './nl/admin.json';
import nlCare from './nl/care.json';
import nlCommon from './nl/common.json';
import nlDay from './nl/day.json';
import nlDocuments from './nl/documents.json';
import nlDossier from './nl/dossier.json';
import nlIdentity from './nl/identity.json';
import nlMessages from './nl/messages.json';
import nlPlan from './nl/plan.json';
import nlPlanAdmin from './nl/planAdmin.json';
import nlProfile from './nl/profile.json';
import nlResident from './nl/resident.json';
import nlWork from './nl/work.json';

export const namespaces = ['common', 'resident', 'day', 'work', 'accessibility', 'identity', 'documents', 'profile', 'dossier', 'messages', 'care', 'admin', 'planAdmin', 'plan'] as const;
export type Namespace = (typeof namespaces)[number];

export const resources = {
  nl: { common: nlCommon, resident: nlResident, day: nlDay, work: nlWork, accessibility: nlAccessibility, identity: nlIdentity, documents: nlDocuments, profile: nlProfile, dossier: nlDossier, messages: nlMessages, care: nlCare, admin: nlAdmin, planAdmin: nlPlanAdmin, plan: nlPlan },
  en: { common: enCommon, resident: enResident, day: enDay, work: enWork, accessibility: enAccessibility, identity: enIdentity, documents: enDocuments, profile: enProfile, dossier: enDossier, messages: enMessages, care: enCare, admin: enAdmin, planAdmin: enPlanAdmin, plan: enPlan },
} as const;

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nl';
