import { definePolicy } from '../../platform/policy/index.js';

export interface LibraryQuestionObject {
  tenantId: string;
  archived: boolean;
}

/**
 * The question library (*vragenbibliotheek*): questions the functional administrator keeps to copy into questionnaire
 * blocks. Only they see it; for everyone else it does not exist (404).
 */
export const questionLibraryPolicy = definePolicy<LibraryQuestionObject, 'read' | 'create' | 'update' | 'archive' | 'restore'>('planQuestion', 'read', {
  read: [{ roles: ['functionalAdmin'], because: 'the functional administrator keeps the question library' }],
  create: [{ roles: ['functionalAdmin'], because: 'the functional administrator adds questions to the library' }],
  update: [{ roles: ['functionalAdmin'], because: 'an active library question can be changed', when: (_s, o) => !o.archived }],
  archive: [{ roles: ['functionalAdmin'], because: 'an active library question can be archived', when: (_s, o) => !o.archived }],
  restore: [{ roles: ['functionalAdmin'], because: 'an archived library question can be restored', when: (_s, o) => o.archived }],
});
