// The learner's completion code, at the foot of the course map: a short code for the teacher's
// workshop page (read aloud or sent), with the name the learner chooses in front of it. The name
// stays in this browser; the code only says how far the learner has come.
import { useState } from 'react';
import { readSaved, saveJson, type KeyValueStorage } from '../../app/persistence';
import type { Catalog } from '../../lessons/catalog';
import type { Progress } from '../../lessons/progress';
import { courseShape, encodeCompletion, progressForCode } from '../workshop/completion-code';

const NAME_KEY = 'pod-lab:learner-name:v1';
const NAME_LIMIT = 40;

export function CompletionCode({
  catalog,
  progress,
  storage,
}: {
  catalog: Catalog;
  progress: Progress;
  storage: KeyValueStorage | undefined;
}) {
  const [name, setName] = useState(
    () => readSaved(storage, NAME_KEY, (v) => (typeof v === 'string' ? v.slice(0, NAME_LIMIT) : undefined)) ?? '',
  );
  const [copied, setCopied] = useState('');
  const code = encodeCompletion(courseShape(catalog), progressForCode(catalog, progress));
  const line = name.trim() === '' ? code : `${name.trim()} ${code}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(line);
      setCopied('Copied.');
    } catch {
      setCopied('This browser did not allow copying: select the line and copy it.');
    }
  };

  return (
    <section className="pl-course-code" aria-labelledby="pl-course-code-title">
      <h3 id="pl-course-code-title">Your completion code</h3>
      <p>
        In a workshop, send this line to your teacher (or read it out): it says which steps you have done and where you
        are, and nothing else.
      </p>
      <label className="pl-course-code__name">
        Your name or initials
        <input
          type="text"
          value={name}
          maxLength={NAME_LIMIT}
          autoComplete="nickname"
          onChange={(event) => {
            setName(event.target.value);
            setCopied('');
            saveJson(storage, NAME_KEY, event.target.value);
          }}
        />
      </label>
      <p className="pl-course-code__line">
        <output aria-label="Line to send" className="pl-course-code__value">
          {line}
        </output>
        <button type="button" className="pl-lesson-button" onClick={() => void copy()}>
          Copy
        </button>
        <span role="status" className="pl-course-code__copied">
          {copied}
        </span>
      </p>
    </section>
  );
}
