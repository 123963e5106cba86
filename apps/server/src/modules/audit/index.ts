export { firstBrokenLink, type BrokenLink } from './verify.js';
