/** The required "why" of a clinician's change, shown in the patient's timeline. */
export function NoteField({
  id,
  value,
  onChange,
  label = 'Note (required)',
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  label?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        required
        maxLength={2000}
        rows={3}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
