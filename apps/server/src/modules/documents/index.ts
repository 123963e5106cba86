export { documentRoutes } from './routes.js';
export { documentPolicy, type DocumentPart } from './policy.js';
export { MAX_DOCUMENT_BYTES, safeFileName, sniffMediaType } from './file-check.js';
export { insertDocument, type NewDocument } from './repository.js';
