import type { DemoContext } from '../demo-context.js';
import { seedDossierParts } from './dossier-parts.js';

/** Each module's demo data, run in order after the dossiers exist. Add a seeder here when a module adds parts. */
export const demoPartSeeders: Array<(context: DemoContext) => Promise<void>> = [seedDossierParts];
