import type { RegisteredAddress, RegisteredAddressSource } from './index.js';

/** Addresses in Demoland for the demo residents' test BSNs (they pass the elfproef and are reserved for testing). */
const addresses: Record<string, RegisteredAddress> = {
  // Jan and Ria live on the second floor of a flat.
  '999990019': { street: 'Lindelaan', houseNumber: 12, houseLetter: null, houseNumberAddition: '2', designation: null, postcode: '1234 AB', city: 'Demoland' },
  '999990032': { street: 'Schoolstraat', houseNumber: 5, houseLetter: 'B', houseNumberAddition: null, designation: null, postcode: '1235 CD', city: 'Demoland' },
  // A houseboat: the BRP gives the address of the quay with "tegenover".
  '999990044': { street: 'Havenkade', houseNumber: 3, houseLetter: null, houseNumberAddition: null, designation: 'to', postcode: '1236 EF', city: 'Demoland' },
};

/** The local BRP stand-in used in development, tests and the demo. */
export const fixtureAddressSource: RegisteredAddressSource = {
  lookup: async (bsn) => addresses[bsn] ?? null,
};
