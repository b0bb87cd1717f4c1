// `redline practice`: a random interview prompt from the practice bank, so the drill works
// outside VS Code (answer it in a file, then `redline score` it).
import { DEFAULT_PRACTICE_MINUTES, pickPrompt, type PracticeKind } from '../shared/practice/bank';
import { seededRandom } from '../shared/random';
import type { Invocation } from './args';
import { EXIT_OK, type RunContext } from './run';

export function runPractice(inv: Invocation, ctx: RunContext): number {
  const kind = inv.kind as PracticeKind | undefined;
  const random = inv.seed === undefined ? Math.random : seededRandom(inv.seed);
  const prompt = pickPrompt(kind, random);
  const minutes = DEFAULT_PRACTICE_MINUTES[prompt.kind];
  if (inv.json || inv.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ ...prompt, timeLimitMinutes: minutes }, null, 2)}\n`);
    return EXIT_OK;
  }
  ctx.stdout.write(
    [
      `${prompt.kind} · ${prompt.domain} · ${minutes} min   (${prompt.id})`,
      '',
      `  ${prompt.text}`,
      '',
      `Exercises: ${prompt.exercises.join(', ')}`,
      `Answer in a file such as answer.${prompt.kind}.md within ${minutes} minutes, then run \`redline score answer.${prompt.kind}.md\`.`,
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
