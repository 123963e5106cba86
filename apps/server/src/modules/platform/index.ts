export { platformRoutes } from './routes.js';
