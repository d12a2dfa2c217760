import { PageTitle } from '../../../components/page-title';
import { ExerciseLibrary } from './exercise-library';
import { TOPICS } from '../api/topics';

/** Plain-language background: the condition, load, the pain rules, the stages, when to get help. */
export function LearnPage() {
  return (
    <>
      <PageTitle>Learn</PageTitle>
      <nav aria-label="Topics" className="card">
        <ul>
          {TOPICS.map((t) => (
            <li key={t.id}>
              <a href={`#${t.id}`}>{t.title}</a>
            </li>
          ))}
          <li>
            <a href="#library">All exercises and tests</a>
          </li>
        </ul>
      </nav>
      {TOPICS.map((t) => (
        <section key={t.id} id={t.id} aria-labelledby={`${t.id}-title`} className="card">
          <h2 id={`${t.id}-title`}>{t.title}</h2>
          {t.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      <ExerciseLibrary />
    </>
  );
}
