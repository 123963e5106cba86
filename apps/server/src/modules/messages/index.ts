export { messageRoutes } from './routes.js';
export { threadPolicy, threadReaders, threadWriters, type ThreadPart } from './policy.js';
