import { useEffect, useState } from 'preact/hooks';

/** The import dialog's options (CentraSite): every one off unless set. */
export interface WizardOptions {
  allowReplace: boolean;
  keepCurrentOwner: boolean;
  importUserGroups: boolean;
  keepLifecycleState: boolean;
}

/** What the person chose for one staged import: options, and what they checked and unchecked. */
export interface WizardChoices {
  options: WizardOptions;
  select: string[];
  deselect: string[];
}

export const NO_OPTIONS: WizardOptions = { allowReplace: false, keepCurrentOwner: false, importUserGroups: false, keepLifecycleState: false };

const key = (stagedImportId: string) => `registry-bridge.import.${stagedImportId}`;

function load(stagedImportId: string): WizardChoices {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key(stagedImportId)) ?? 'null') as WizardChoices | null;
    if (saved && saved.options && Array.isArray(saved.select) && Array.isArray(saved.deselect)) return saved;
  } catch {
    // a damaged entry is as good as none
  }
  return { options: NO_OPTIONS, select: [], deselect: [] };
}

/**
 * The choices, kept in this tab's sessionStorage per staged import: a reload, or coming back after a stale plan
 * to preview again, keeps what the person had chosen.
 */
export function useWizardChoices(stagedImportId: string) {
  const [choices, setChoices] = useState(() => load(stagedImportId));
  useEffect(() => setChoices(load(stagedImportId)), [stagedImportId]);
  useEffect(() => {
    sessionStorage.setItem(key(stagedImportId), JSON.stringify(choices));
  }, [stagedImportId, choices]);
  const selected = new Set(choices.select);
  const deselected = new Set(choices.deselect);
  return {
    choices,
    /** In the selection these choices make: picked, or selected by default and not unpicked. */
    isChecked: (uuid: string, selectedByDefault: boolean) => selected.has(uuid) || (selectedByDefault && !deselected.has(uuid)),
    setOption: (name: keyof WizardOptions, value: boolean) => setChoices((c) => ({ ...c, options: { ...c.options, [name]: value } })),
    /** Checks or unchecks an object, relative to the default selection. */
    toggle: (uuid: string, selectedNow: boolean) =>
      setChoices((c) => {
        const select = c.select.filter((u) => u !== uuid);
        const deselect = c.deselect.filter((u) => u !== uuid);
        if (selectedNow) {
          if (select.length === c.select.length) deselect.push(uuid); // selected by default: uncheck it
        } else if (deselect.length === c.deselect.length) {
          select.push(uuid); // not selected by default: check it
        }
        return { ...c, select, deselect };
      }),
    resetSelection: () => setChoices((c) => ({ ...c, select: [], deselect: [] })),
  };
}

export function forgetWizardChoices(stagedImportId: string): void {
  sessionStorage.removeItem(key(stagedImportId));
}

/** The selectionChange argument: null while the selection is the default one. */
export function selectionChangeOf(c: WizardChoices): { select: string[]; deselect: string[] } | null {
  return c.select.length || c.deselect.length ? { select: c.select, deselect: c.deselect } : null;
}
