export { careRoutes } from './routes.js';
export { visitPolicy, careReportPolicy, type VisitPart, type CareReportPart } from './policy.js';
export { timeBlockOf, timeBlocks, type TimeBlock } from './time-blocks.js';
