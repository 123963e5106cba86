import { describe, expect, it } from 'vitest';
import type { SectionConflict } from '../api';
import { initialEditor, pendingSave, sectionEditor, type EditorEvent, type EditorState } from './section-editor';

const theirs: SectionConflict = { version: 4, text: 'Tekst van Sanne', updatedAt: '2026-03-14T09:12:00.000Z', updatedBy: { firstName: 'Sanne', infix: 'de', surname: 'Vries' } };
const run = (...events: EditorEvent[]) => events.reduce<EditorState>(sectionEditor, initialEditor);
const editing = (text = 'Oud', version = 3): EditorEvent[] => [{ type: 'start', text, version }];

describe('plan section editor', () => {
  it('saves the draft on top of the version it started from', () => {
    const state = run(...editing(), { type: 'change', text: 'Nieuw' }, { type: 'save' });
    expect(pendingSave(state)).toEqual({ text: 'Nieuw', version: 3 });
    expect(sectionEditor(state, { type: 'saved' })).toEqual({ mode: 'view', notice: 'saved' });
  });

  it('does not make a new version when nothing changed', () => {
    const state = run(...editing(), { type: 'change', text: 'Oud' }, { type: 'save' });
    expect(state).toEqual({ mode: 'view', notice: 'unchanged' });
    expect(pendingSave(state)).toBeNull();
  });

  it('keeps the draft and says so when a save fails for another reason than a conflict', () => {
    const state = run(...editing(), { type: 'change', text: 'Nieuw' }, { type: 'save' }, { type: 'failed' });
    expect(state).toMatchObject({ mode: 'edit', draft: 'Nieuw', baseVersion: 3, failed: true });
    expect(sectionEditor(state, { type: 'change', text: 'Nieuwer' })).toMatchObject({ failed: false, draft: 'Nieuwer' });
  });

  it('shows both texts on a conflict instead of overwriting', () => {
    const state = run(...editing(), { type: 'change', text: 'Mijn tekst' }, { type: 'save' }, { type: 'conflict', theirs });
    expect(state).toEqual({ mode: 'conflict', mine: 'Mijn tekst', theirs });
    expect(pendingSave(state)).toBeNull();
  });

  it('"use theirs" drops my draft and saves nothing', () => {
    const conflict = run(...editing(), { type: 'change', text: 'Mijn tekst' }, { type: 'save' }, { type: 'conflict', theirs });
    const state = sectionEditor(conflict, { type: 'useTheirs' });
    expect(state).toEqual({ mode: 'view', notice: 'tookTheirs', by: theirs.updatedBy });
    expect(pendingSave(state)).toBeNull();
  });

  it('"keep mine" saves my text again, now based on their version', () => {
    const conflict = run(...editing(), { type: 'change', text: 'Mijn tekst' }, { type: 'save' }, { type: 'conflict', theirs });
    const state = sectionEditor(conflict, { type: 'keepMine' });
    expect(pendingSave(state)).toEqual({ text: 'Mijn tekst', version: 4 });
  });

  it('"edit" goes back to my text with theirs beside it, and the next save builds on their version', () => {
    const conflict = run(...editing(), { type: 'change', text: 'Mijn tekst' }, { type: 'save' }, { type: 'conflict', theirs });
    const editingAgain = sectionEditor(conflict, { type: 'editMine' });
    expect(editingAgain).toMatchObject({ mode: 'edit', draft: 'Mijn tekst', baseVersion: 4, theirs });
    const merged = sectionEditor(sectionEditor(editingAgain, { type: 'change', text: 'Samen' }), { type: 'save' });
    expect(pendingSave(merged)).toEqual({ text: 'Samen', version: 4 });
  });

  it('a second conflict while keeping mine shows the newest other text', () => {
    const newer = { ...theirs, version: 5, text: 'Nog nieuwer' };
    const state = run(...editing(), { type: 'change', text: 'Mijn tekst' }, { type: 'save' }, { type: 'conflict', theirs }, { type: 'keepMine' }, { type: 'conflict', theirs: newer });
    expect(state).toEqual({ mode: 'conflict', mine: 'Mijn tekst', theirs: newer });
  });

  it('ignores events that do not belong to the current step', () => {
    expect(run({ type: 'save' })).toBe(initialEditor);
    expect(run({ type: 'keepMine' })).toBe(initialEditor);
    const saving = run(...editing(), { type: 'change', text: 'Nieuw' }, { type: 'save' });
    expect(sectionEditor(saving, { type: 'change', text: 'tijdens opslaan' })).toBe(saving);
    expect(sectionEditor(saving, { type: 'cancel' })).toBe(saving);
    const edit = run(...editing());
    expect(sectionEditor(edit, { type: 'start', text: 'x', version: 9 })).toBe(edit);
  });

  it('cancel leaves the text as it was', () => {
    expect(run(...editing(), { type: 'change', text: 'weg' }, { type: 'cancel' })).toEqual({ mode: 'view', notice: null });
  });
});
