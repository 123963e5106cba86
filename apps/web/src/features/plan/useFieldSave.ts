import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../identity/http';
import { saveField, useRefreshPlan, type FieldAddress, type FieldView } from './api';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';
export type Conflict = { mine: unknown; theirs: FieldView };

/** How long typing may pause before the text is saved. */
export const autosaveDelay = 1500;

/**
 * One field of the plan as its editor sees it: the value being typed, saved after a pause (`change`) or at once
 * (`commit`, on blur or a click), always on the version it was based on. A save that loses to someone else's (409)
 * stops autosaving and holds both values until the person chooses; nothing is overwritten without that choice.
 */
export function useFieldSave(planId: string, address: FieldAddress, field: FieldView | undefined, empty: unknown) {
  const { t } = useTranslation('plan');
  const refresh = useRefreshPlan(planId);
  const [value, setValue] = useState<unknown>(field ? field.value : empty);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const version = useRef(field?.version ?? 0);
  const current = useRef<unknown>(field ? field.value : empty);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const addressRef = useRef(address);
  addressRef.current = address;

  // Someone else saved (seen after a refetch) while this editor has nothing unsaved: show their value.
  const serverVersion = field?.version ?? 0;
  useEffect(() => {
    if (!field || serverVersion <= version.current || dirty.current || blocked.current || inFlight.current) return;
    version.current = serverVersion;
    current.current = field.value;
    setValue(field.value);
    // Only the version says whether the server has something new; the field object changes with every refetch.
  }, [serverVersion]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    if (!dirty.current || blocked.current) return;
    const sending = current.current;
    dirty.current = false;
    inFlight.current = true;
    setStatus('saving');
    try {
      const saved = await saveField(planId, addressRef.current, sending, version.current);
      version.current = saved.version;
      setError(null);
      setStatus(dirty.current ? 'saving' : 'saved');
      void refresh();
    } catch (caught) {
      if (caught instanceof ProblemError && caught.status === 409 && caught.current) {
        blocked.current = true;
        dirty.current = true;
        setConflict({ mine: current.current, theirs: caught.current as FieldView });
        setStatus('conflict');
      } else {
        dirty.current = true;
        const message = caught instanceof ProblemError ? (caught.errors.find((e) => e.field === 'value')?.message ?? caught.errors[0]?.message ?? (caught.status === 403 ? t('save.forbidden') : caught.detail || caught.title)) : t('save.network');
        setError(message);
        setStatus('error');
      }
    } finally {
      inFlight.current = false;
    }
    if (again.current) {
      again.current = false;
      await save();
    }
  }, [planId, refresh, t]);

  /** A new value, saved after a pause in typing. */
  const change = useCallback(
    (next: unknown) => {
      current.current = next;
      dirty.current = true;
      setValue(next);
      if (blocked.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), autosaveDelay);
    },
    [save],
  );

  /** A new value saved at once (a choice, a date), or the typed value on leaving the field. */
  const commit = useCallback(
    (next?: unknown) => {
      if (next !== undefined) {
        current.current = next;
        dirty.current = true;
        setValue(next);
      }
      void save();
    },
    [save],
  );

  /** The conflict resolved with the other person's value: it replaces what this person typed. */
  const keepTheirs = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.theirs.version;
    current.current = conflict.theirs.value;
    dirty.current = false;
    blocked.current = false;
    setValue(conflict.theirs.value);
    setConflict(null);
    setStatus('idle');
    void refresh();
  }, [conflict, refresh]);

  /** The conflict resolved with this person's value: saved again, now on the other person's version. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.theirs.version;
    dirty.current = true;
    blocked.current = false;
    setConflict(null);
    void save();
  }, [conflict, save]);

  return { value, status, error, conflict, change, commit, keepTheirs, keepMine };
}

export type FieldSave = ReturnType<typeof useFieldSave>;
