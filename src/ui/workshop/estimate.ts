// How long a step takes a learner in a workshop, for the teacher's plan: reading at 150 words a
// minute, a minute per command to type and read its output, two per manifest to read and edit,
// one per question; rounded up, and never under a minute. A guide for planning, not a measurement.
import type { Lesson, Step, StepBlock } from '../../lessons/types';

const WORDS_PER_MINUTE = 150;
const MINUTES_PER = { console: 1, manifest: 2, quiz: 1, browse: 0.5 } as const;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function blockMinutes(block: StepBlock): number {
  switch (block.kind) {
    case 'markdown':
      return wordsIn(block.text) / WORDS_PER_MINUTE;
    case 'code':
      return wordsIn(block.text) / WORDS_PER_MINUTE;
    case 'console':
      return block.commands.length * MINUTES_PER.console;
    case 'manifest':
      return MINUTES_PER.manifest;
    case 'quiz':
      return (
        MINUTES_PER.quiz + wordsIn([block.question, ...block.options.map((o) => o.text)].join(' ')) / WORDS_PER_MINUTE
      );
    case 'browse':
      return MINUTES_PER.browse;
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function stepMinutes(step: Step): number {
  return Math.max(1, Math.ceil(sum(step.blocks.map(blockMinutes))));
}

export function lessonMinutes(lesson: Lesson): number {
  return Math.ceil(sum(lesson.intro.map(blockMinutes))) + sum(lesson.steps.map(stepMinutes));
}

export function minutesText(minutes: number): string {
  if (minutes < 60) return `about ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `about ${hours} h${rest > 0 ? ` ${rest} min` : ''}`;
}
