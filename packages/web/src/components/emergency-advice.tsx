import { protocolOf } from '../lib/protocol';
import { PageTitle } from './page-title';

const advice = protocolOf().advice.find((a) => a.id === 'seek-emergency-care')?.text ?? '';

interface Props {
  /** The page's own heading (a screen of its own) or a section inside a page. */
  asPage?: boolean;
  /** How saving the answer went, announced politely under the advice. */
  saveStatus?: string | undefined;
}

/** The emergency screen, impossible to misread: shown the moment an emergency answer is given. */
export function EmergencyAdvice({ asPage = true, saveStatus }: Props) {
  const title = 'Get emergency care today';
  return (
    <div className="alert alert-emergency" data-testid="outcome-emergency">
      {asPage ? <PageTitle title={title}>{title}</PageTitle> : <h2>{title}</h2>}
      <p className="lead">
        <strong>Go to an emergency department today.</strong> Do not do the exercises.
      </p>
      <p>{advice}</p>
      <p>If you cannot get there safely, call your local emergency number.</p>
      {saveStatus !== undefined && (
        <p role="status" data-testid="emergency-save-status">
          {saveStatus}
        </p>
      )}
    </div>
  );
}
