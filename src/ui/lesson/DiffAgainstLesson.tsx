// "Show differences" next to a failed file check, in the step and in the phone's step banner:
// offered when the lesson has a manifest of that name to compare the learner's file with.
import type { Session } from '../../app/session';
import { manifestText } from '../../lessons/replay';
import type { Lesson } from '../../lessons/types';
import { FileDiffButton } from '../editor/FileDiff';

/** Compares with the lesson's manifest as of this step: its latest version up to here, as the solution writes it. */
export function DiffAgainstLesson({
  session,
  lesson,
  step,
  file,
  className,
}: {
  session: Pick<Session, 'files'>;
  lesson: Lesson;
  step: number;
  file: string;
  className?: string;
}) {
  const original = manifestText(lesson, file, step);
  if (original === undefined) return null;
  return (
    <FileDiffButton
      file={file}
      lesson={original}
      readYours={() => session.files.getState().files.find((f) => f.name === file)?.content}
      className={className}
    />
  );
}
