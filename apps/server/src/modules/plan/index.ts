export { planRoutes } from './routes.js';
export { templateRoutes } from './template-routes.js';
export { block, blocks, blockTypes, zrmDomains, type Block } from './blocks.js';
