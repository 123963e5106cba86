export { planRoutes } from './routes.js';
export { templateRoutes } from './template-routes.js';
export { questionLibraryRoutes } from './question-library-routes.js';
export { signatureRequestRoutes } from './signature-request-routes.js';
export { block, blocks, blockTypes, zrmDomains, type Block } from './blocks.js';
