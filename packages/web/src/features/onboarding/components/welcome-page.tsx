import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';

/** The first page after sign-up: what the app does, and what it does not. */
export function WelcomePage() {
  return (
    <>
      <PageTitle>Welcome</PageTitle>
      <p className="lead">
        This app guides a step-by-step exercise program for deep pain at the sitting bone, known as proximal
        hamstring tendinopathy.
      </p>
      <div className="alert alert-info">
        <h2>Before you start</h2>
        <p>
          This app does not replace a clinician. It cannot examine you or diagnose you. A short set of
          questions checks for signs that need a doctor or physiotherapist first; please answer them honestly.
        </p>
        <p>If something feels wrong, or your pain changes a lot, stop and get checked.</p>
      </div>
      <h2>How it works</h2>
      <ol className="steps">
        <li>A few questions about you and your pain (about 3 minutes).</li>
        <li>A starting point: how long you can sit, and how your daily life is going.</li>
        <li>
          Each morning, a 10-second check. Each day, a short plan that adapts to how your tendon responds.
        </li>
      </ol>
      <div className="actions">
        <Link className="button" to="/profile">
          Start
        </Link>
      </div>
      <p>
        Moving from another account? <Link to="/settings#restore">Restore from its export</Link> instead.
      </p>
    </>
  );
}
