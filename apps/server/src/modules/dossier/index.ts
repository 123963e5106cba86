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
export { dossierReaders } from './policy.js';
