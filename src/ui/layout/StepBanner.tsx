// The lesson step in one line, for a phone where the lesson is in another tab: which step, and its
// feedback (what it is waiting for, or that it is complete), seen from the Editor, Console and
// Cluster tabs while the learner works.
import { useStore } from 'zustand';
import { useSession } from '../../app/session-context';
import { DiffAgainstLesson } from '../lesson/DiffAgainstLesson';
import { workbenchView } from './workbench-view';

export function StepBanner() {
  const session = useSession();
  const lessons = session.lessons;
  if (!lessons) return null;
  return <StepLine controller={lessons.controller} session={session} />;
}

function StepLine({
  controller,
  session,
}: {
  controller: NonNullable<ReturnType<typeof useSession>['lessons']>['controller'];
  session: ReturnType<typeof useSession>;
}) {
  const lesson = useStore(controller.view, (s) => s.lesson);
  const runner = useStore(controller.view, (s) => s.runner);
  useStore(controller.view, (s) => s.tick); // the goals change as the cluster does
  if (!lesson || !runner || lesson.sandbox) return null;
  const step = lesson.steps[runner.current() - 1];
  if (!step) return null;
  const done = runner.stateOf(step.index) === 'done';
  const goals = runner.goals();
  const next = goals.find((g) => !g.met);
  const met = goals.filter((g) => g.met).length;
  return (
    <div className="pl-step-banner" data-done={done}>
      <p className="pl-step-banner__text">
        <strong>
          Step {step.index} of {lesson.steps.length}: {step.title}
        </strong>{' '}
        <span className="pl-step-banner__feedback">
          {done || !next ? '✓ Step complete' : `Waiting for (${met} of ${goals.length} done): ${next.text}`}
        </span>
        {!done && next?.problem && <span className="pl-step-banner__problem">{next.problem}</span>}
      </p>
      {!done && next?.file && (
        <DiffAgainstLesson session={session} lesson={lesson} step={step.index} file={next.file} className="pl-button" />
      )}
      <button type="button" className="pl-button" onClick={() => workbenchView.getState().setPhoneTab('lesson')}>
        {done ? 'Continue in the lesson' : 'Read the step'}
      </button>
    </div>
  );
}
