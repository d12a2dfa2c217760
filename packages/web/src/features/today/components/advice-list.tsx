import { protocolOf } from '../../../lib/protocol';

/** Today's load advice, in the engine's words, each folded under its title. */
export function AdviceList({
  ids,
  sittingBreakMinutes,
}: {
  ids: string[];
  sittingBreakMinutes: number | null;
}) {
  const items = ids.flatMap((id) => protocolOf().advice.filter((a) => a.id === id));
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="advice">
      <h2 id="advice">Looking after the tendon today</h2>
      {sittingBreakMinutes !== null && ids.includes('avoid-prolonged-sitting') && (
        <p>
          <strong>Stand up and move every {sittingBreakMinutes} minutes.</strong>
        </p>
      )}
      <div className="card">
        {items.map((a) => (
          <details key={a.id}>
            <summary>{a.title}</summary>
            <p>{a.text}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
