export { isValidBsn, maskBsn } from './bsn.js';
