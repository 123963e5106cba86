export {
  caseWorkers,
  dossierReachSql,
  dossierSubject,
  hasRelation,
  loadDossierAccess,
  relativeReaders,
  relationsSql,
  residentSide,
  withOnBehalf,
  type DossierAccess,
  type DossierRelation,
  type DossierSubject,
} from './access.js';
export { through, write, type Part } from './rules.js';
export { insertDefaultCatalogue } from './catalogue.js';
export { dossierReaders } from './policy.js';
export { dossierReadRoutes } from './routes.js';
export { dossierWriteRoutes } from './write-routes.js';
export { caseloadRoutes } from './caseload-routes.js';
export { planSectionPolicy } from './policy.js';
export { myTeamRoutes } from './team-routes.js';
export { changeDossier, readDossier, type DossierWork } from './commands/within-dossier.js';
