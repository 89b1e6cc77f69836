// Lists the image models a user can pick in settings. Mentions ids, sends nothing.
type ImageModelId = 'dall-e-3' | 'gpt-image-1' | 'gpt-image-2';

const LABELS: Record<ImageModelId, string> = {
  'dall-e-3': 'DALL-E 3 (retired)',
  'gpt-image-1': 'GPT Image 1 (retired)',
  'gpt-image-2': 'GPT Image 2',
};

export function ModelPicker({ value, onChange }: { value: ImageModelId; onChange: (id: ImageModelId) => void }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as ImageModelId)}>
      {Object.entries(LABELS).map(([id, label]) => (
        <option key={id} value={id}>
          {label}
        </option>
      ))}
    </select>
  );
}
