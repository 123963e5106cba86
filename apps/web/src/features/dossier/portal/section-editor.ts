import type { Name, SectionConflict } from '../api';

/**
 * The editing of one plan text section as a small state machine. The point of it: a save names the version the text
 * was based on, and when someone else saved in between (409) the person sees both texts and chooses; nothing is
 * overwritten without that choice.
 *
 * view ──start──▶ edit ──save──▶ saving ──saved──▶ view (notice "saved")
 *                  ▲                │ └──failed──▶ edit (error)
 *                  │             conflict
 *                  │                ▼
 *                  └──editMine── conflict ──useTheirs──▶ view (notice "tookTheirs")
 *                                   └──keepMine──▶ saving (on top of their version)
 */
export type EditorState =
  | { mode: 'view'; notice: 'saved' | 'unchanged' | null }
  | { mode: 'view'; notice: 'tookTheirs'; by: Name | null }
  | { mode: 'edit'; draft: string; original: string; baseVersion: number; theirs: SectionConflict | null; failed: boolean }
  | { mode: 'saving'; draft: string; original: string; baseVersion: number; theirs: SectionConflict | null }
  | { mode: 'conflict'; mine: string; theirs: SectionConflict };

export type EditorEvent =
  | { type: 'start'; text: string; version: number }
  | { type: 'change'; text: string }
  | { type: 'save' }
  | { type: 'saved' }
  | { type: 'failed' }
  | { type: 'conflict'; theirs: SectionConflict }
  | { type: 'cancel' }
  | { type: 'useTheirs' }
  | { type: 'keepMine' }
  | { type: 'editMine' };

export const initialEditor: EditorState = { mode: 'view', notice: null };

export function sectionEditor(state: EditorState, event: EditorEvent): EditorState {
  switch (event.type) {
    case 'start':
      if (state.mode !== 'view') return state;
      return { mode: 'edit', draft: event.text, original: event.text, baseVersion: event.version, theirs: null, failed: false };
    case 'change':
      return state.mode === 'edit' ? { ...state, draft: event.text, failed: false } : state;
    case 'save':
      if (state.mode !== 'edit') return state;
      // Nothing changed and nobody else is involved: no new version for the history.
      if (state.draft === state.original && state.theirs === null) return { mode: 'view', notice: 'unchanged' };
      return { mode: 'saving', draft: state.draft, original: state.original, baseVersion: state.baseVersion, theirs: state.theirs };
    case 'saved':
      return state.mode === 'saving' ? { mode: 'view', notice: 'saved' } : state;
    case 'failed':
      return state.mode === 'saving' ? { ...state, mode: 'edit', failed: true } : state;
    case 'conflict':
      return state.mode === 'saving' ? { mode: 'conflict', mine: state.draft, theirs: event.theirs } : state;
    case 'cancel':
      return state.mode === 'edit' ? { mode: 'view', notice: null } : state;
    case 'useTheirs':
      return state.mode === 'conflict' ? { mode: 'view', notice: 'tookTheirs', by: state.theirs.updatedBy } : state;
    case 'keepMine':
      // Saved again, now based on their version: theirs stays in the history, mine becomes the current text.
      return state.mode === 'conflict'
        ? { mode: 'saving', draft: state.mine, original: state.theirs.text, baseVersion: state.theirs.version, theirs: state.theirs }
        : state;
    case 'editMine':
      return state.mode === 'conflict'
        ? { mode: 'edit', draft: state.mine, original: state.theirs.text, baseVersion: state.theirs.version, theirs: state.theirs, failed: false }
        : state;
  }
}

/** What a save sends while the editor is saving: the text and the version it is based on. */
export function pendingSave(state: EditorState): { text: string; version: number } | null {
  return state.mode === 'saving' ? { text: state.draft, version: state.baseVersion } : null;
}
