export { profileRoutes } from './routes.js';
export { contactPersonRoutes } from './contact-person-routes.js';
export { fixtureAddressSource, registeredAddressSource, type RegisteredAddress, type RegisteredAddressSource } from './brp/index.js';
