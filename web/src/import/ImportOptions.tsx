import type { WizardOptions } from './wizardState';

const OPTIONS: { name: keyof WizardOptions; label: string; hint: string }[] = [
  { name: 'allowReplace', label: 'Allow replace of registry objects', hint: 'Replace the registry’s copy even when the archive’s is older.' },
  { name: 'keepCurrentOwner', label: 'Keep current owner', hint: 'Objects keep their owner when a user with that UUID exists here or is imported.' },
  { name: 'importUserGroups', label: 'Import groups that the user belongs to', hint: 'User-defined groups only; system groups are never imported.' },
  { name: 'keepLifecycleState', label: 'Keep lifecycle state', hint: 'When the same productive or retired lifecycle model governs the object here.' },
];

/** The import dialog's options; each change previews the plan again at once. */
export function ImportOptions({ options, onChange, disabled }: { options: WizardOptions; onChange: (name: keyof WizardOptions, value: boolean) => void; disabled?: boolean }) {
  return (
    <fieldset class="options">
      <legend>Options</legend>
      {OPTIONS.map((o) => (
        <div class="check" key={o.name}>
          <input
            type="checkbox"
            id={`option-${o.name}`}
            checked={options[o.name]}
            disabled={disabled}
            onChange={(e) => onChange(o.name, e.currentTarget.checked)}
            aria-describedby={`option-${o.name}-hint`}
          />
          <label for={`option-${o.name}`}>{o.label}</label>
          <p class="hint" id={`option-${o.name}-hint`}>{o.hint}</p>
        </div>
      ))}
    </fieldset>
  );
}
