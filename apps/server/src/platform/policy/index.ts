export { definePolicy, type Policy, type PolicyTable, type Role, type Rule, type Subject } from './policy.js';
