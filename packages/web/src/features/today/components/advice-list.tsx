import { protocolOf } from '../../../lib/protocol';

/** Today's load advice, in the engine's words. */
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
      {items.map((a) => (
        <div key={a.id} className="card">
          <h3>{a.title}</h3>
          <p>{a.text}</p>
          {a.id === 'avoid-prolonged-sitting' && sittingBreakMinutes !== null && (
            <p>
              <strong>Stand up and move every {sittingBreakMinutes} minutes.</strong>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
