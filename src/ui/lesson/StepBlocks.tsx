// A step's blocks: prose, runnable commands ("Run in console"), manifests ("Open in editor"),
// quizzes and plain code. Buttons are real <button>s with names a screen reader announces.
import { useState } from 'react';
import type { PageAnswer, PageRequest } from '../../lessons/browse';
import type { QuizAnswer } from '../../lessons/runner';
import type { StepBlock } from '../../lessons/types';
import { InlineMarkdown, Markdown } from './Markdown';

export interface BlockActions {
  run(command: string): void;
  openManifest(file: string, text: string): void;
  answer(option: number): QuizAnswer | undefined;
  lastAnswer: QuizAnswer | undefined;
  browse(request: PageRequest): PageAnswer;
}

/** A link of the forwarded page (kuard's), as a button: the same request the page would send. */
function BrowseBlock({ block, actions }: { block: Extract<StepBlock, { kind: 'browse' }>; actions: BlockActions }) {
  const [answer, setAnswer] = useState<PageAnswer | undefined>(undefined);
  return (
    <div className="pl-lesson-browse">
      <span className="pl-lesson-browse__where">On the forwarded page (localhost):</span>
      <button type="button" className="pl-lesson-button" onClick={() => setAnswer(actions.browse(block))}>
        {block.label}
      </button>
      <code className="pl-lesson-browse__request">
        {block.method} {block.path}
      </code>
      {answer && (
        <p className={`pl-lesson-browse__answer${answer.ok ? '' : ' is-error'}`} role="status">
          {answer.ok ? `HTTP ${answer.status}: ${answer.body.slice(0, 120)}` : answer.reason}
        </p>
      )}
    </div>
  );
}

function ConsoleBlock({ commands, actions }: { commands: string[]; actions: BlockActions }) {
  return (
    <div className="pl-lesson-console">
      {commands.map((command, i) => (
        <div className="pl-lesson-console__line" key={i}>
          <code className="pl-lesson-console__command">
            <span aria-hidden="true">$ </span>
            {command}
          </code>
          <button
            type="button"
            className="pl-lesson-button"
            aria-label={`Run in console: ${command}`}
            onClick={() => actions.run(command)}
          >
            Run
          </button>
        </div>
      ))}
    </div>
  );
}

function ManifestBlock({ file, text, actions }: { file: string; text: string; actions: BlockActions }) {
  return (
    <figure className="pl-lesson-manifest">
      <figcaption>
        <span className="pl-lesson-manifest__name">{file}</span>
        <button
          type="button"
          className="pl-lesson-button"
          aria-label={`Open in editor: ${file}`}
          onClick={() => actions.openManifest(file, text)}
        >
          Open in editor
        </button>
      </figcaption>
      {/* Focusable: a long manifest scrolls sideways, and a keyboard must reach it to scroll it. */}
      <pre tabIndex={0}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}

function QuizBlock({ block, actions }: { block: Extract<StepBlock, { kind: 'quiz' }>; actions: BlockActions }) {
  const [picked, setPicked] = useState<number | undefined>(actions.lastAnswer?.option);
  const answer = actions.lastAnswer;
  return (
    <fieldset className="pl-lesson-quiz">
      <legend>
        <InlineMarkdown text={block.question} />
      </legend>
      {block.options.map((option, i) => {
        const n = i + 1;
        const chosen = picked === n && answer?.option === n;
        return (
          <div
            key={n}
            className={`pl-lesson-quiz__option${chosen ? (answer.correct ? ' is-correct' : ' is-wrong') : ''}`}
          >
            <label>
              <input
                type="radio"
                name={`quiz-${block.line}`}
                checked={picked === n}
                onChange={() => {
                  setPicked(n);
                  actions.answer(n);
                }}
              />{' '}
              <InlineMarkdown text={option.text} />
            </label>
            {chosen && (
              <p className="pl-lesson-quiz__why" role="status">
                {answer.correct ? 'Correct. ' : 'Not quite. '}
                <InlineMarkdown text={answer.why} />
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export function StepBlocks({ blocks, actions }: { blocks: StepBlock[]; actions: BlockActions }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'markdown':
            return <Markdown key={i} text={block.text} />;
          case 'console':
            return <ConsoleBlock key={i} commands={block.commands} actions={actions} />;
          case 'manifest':
            return <ManifestBlock key={i} file={block.file} text={block.text} actions={actions} />;
          case 'quiz':
            return <QuizBlock key={i} block={block} actions={actions} />;
          case 'browse':
            return <BrowseBlock key={i} block={block} actions={actions} />;
          case 'code':
            return (
              <pre key={i} className="pl-lesson-code" tabIndex={0}>
                <code>{block.text}</code>
              </pre>
            );
        }
      })}
    </>
  );
}
