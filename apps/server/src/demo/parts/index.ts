import type { DemoContext } from '../demo-context.js';
import { seedCare } from './care.js';
import { seedDocuments } from './documents.js';
import { seedDossierParts } from './dossier-parts.js';
import { seedMessages } from './messages.js';
import { seedPlans } from './plans.js';
import { seedProfiles } from './profile.js';

/** Each module's demo data, run in order after the dossiers exist. Add a seeder here when a module adds parts. */
export const demoPartSeeders: Array<(context: DemoContext) => Promise<void>> = [seedDossierParts, seedDocuments, seedMessages, seedProfiles, seedCare, seedPlans];
