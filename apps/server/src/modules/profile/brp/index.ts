import type { Config } from '../../../config.js';
import { unavailable } from '../../../platform/errors.js';
import { fixtureAddressSource } from './fixture-source.js';

/** An address as the BRP (Basisregistratie Personen) holds it; `designation` is the BRP's `by` (bij) or `to` (tegenover). */
export interface RegisteredAddress {
  street: string;
  houseNumber: number;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  designation: 'by' | 'to' | null;
  postcode: string;
  city: string;
}

/** Where the registered address comes from. `null`: the BRP knows no address for this BSN. */
export interface RegisteredAddressSource {
  lookup(bsn: string): Promise<RegisteredAddress | null>;
}

/** Production has no BRP connection yet (a later issue brings one through the municipality's gateway): refuse plainly. */
const notConnected: RegisteredAddressSource = {
  lookup: () => Promise.reject(unavailable()),
};

/**
 * The source for this deployment: the local fixture in development, test and the demo; none in production, where a
 * fixture address would be a wrong fact about a real person. No setting is needed until a real source exists.
 */
export function registeredAddressSource(config: Pick<Config, 'env'>): RegisteredAddressSource {
  return config.env === 'production' ? notConnected : fixtureAddressSource;
}

export { fixtureAddressSource } from './fixture-source.js';
