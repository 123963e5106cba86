export { tenancyRoutes } from './routes.js';
