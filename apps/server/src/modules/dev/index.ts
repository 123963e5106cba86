export { devMailRoutes } from './routes.js';
