import { loadStatesIn } from '../../../components/LoadStates';

/** The dossier pages' loading, error and signed-in states, in the dossier's words. */
export const { Loading, LoadError, RequireSignedIn } = loadStatesIn('dossier');
