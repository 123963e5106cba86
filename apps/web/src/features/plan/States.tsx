import { loadStatesIn } from '../../components/LoadStates';

/** The plan pages' loading, error and signed-in states, in the plan's words. */
export const { Loading, LoadError, RequireSignedIn } = loadStatesIn('plan');
