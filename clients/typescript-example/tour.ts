// An integration against the generated client: every call typed from openapi.yaml, headers read from the Raw
// methods, problems caught as ResponseError. Usage: node dist/tour.js <base-url> <admin-password>
import {
  AuthenticationApi, ChallengesApi, ChangeFeedApi, Configuration, GoalsApi, MeasuresApi, PDSACyclesApi,
  ProgressApi, ResponseError, ReviewsApi, TrustsApi,
} from './generated/index.js';

const [base, password] = process.argv.slice(2);
if (!base || !password) {
  console.error('usage: node dist/tour.js <base-url> <admin-password>');
  process.exit(2);
}

function step(what: string, status: number | string): void {
  console.log(`  ${String(status).padEnd(4)} ${what}`);
}

async function expectProblem(what: string, expected: number, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (e) {
    if (e instanceof ResponseError && e.response.status === expected) {
      const problem = await e.response.json() as { type: string };
      step(`${what} (${problem.type})`, expected);
      return;
    }
    throw e;
  }
  throw new Error(`${what}: expected ${expected}, the call succeeded`);
}

// What every answer always carries (an id, its version, its Trust, a token) is required in the contract, so the
// generated types need no `!` (docs/decisions/0021-readable-contract.md).
const run = `ts-${Date.now()}`;
const anonymous = new Configuration({ basePath: base });
const signIn = await new AuthenticationApi(anonymous).createToken({ tokenRequest: { username: 'admin', password } });
step('signed in as admin, token for ' + signIn.expiresIn + ' s', 200);
const config = new Configuration({ basePath: base, accessToken: async () => signIn.accessToken });

const challenges = await new ChallengesApi(config).listChallenges({});
step(`${challenges.items?.length} challenges, the first: ${challenges.items?.[0]?.title}`, 200);

const trusts = new TrustsApi(config);
const body = { name: 'TypeScript Example Trust', region: 'North West',
  odsCode: 'T' + Math.random().toString(36).slice(2, 6).toUpperCase().padEnd(4, '0') };
const created = await trusts.createTrustRaw({ trustRequest: body, idempotencyKey: run + '-trust' });
const trust = await created.value();
const trustId = trust.id;
step(`Trust created at ${created.raw.headers.get('Location')}, ETag ${created.raw.headers.get('ETag')}`,
  created.raw.status);
const replay = await trusts.createTrustRaw({ trustRequest: body, idempotencyKey: run + '-trust' });
const replayed = await replay.value();
if (replay.raw.headers.get('Idempotent-Replayed') !== 'true' || replayed.id !== trustId) {
  throw new Error('the replay of the Idempotency-Key did not return the first answer');
}
step('the same Idempotency-Key replayed the first answer (Idempotent-Replayed: true)', replay.raw.status);
await expectProblem('a stale If-Match is refused', 412,
  () => trusts.updateTrust({ trustId, ifMatch: '"99"', trustPatch: { region: 'North' } }));
const updated = await trusts.updateTrustRaw({ trustId, ifMatch: created.raw.headers.get('ETag') ?? '',
  trustPatch: { region: 'Greater Manchester' } });
step(`updated with If-Match, now ETag ${updated.raw.headers.get('ETag')}`, updated.raw.status);

const goal = await new GoalsApi(config).createGoal({ trustId, idempotencyKey: run + '-goal', goalRequest: {
  challengeNumber: 6, title: 'Peer support workers in every team', aimStatement: '20 WTE peer posts by March 2027',
  targetValue: 20, unit: 'WTE', targetDate: new Date('2027-03-31'), priority: 1, owner: 'Director of Nursing' } });
const cycles = new PDSACyclesApi(config);
const etagOf = async (cycleId: string): Promise<string> =>
  (await cycles.getCycleRaw({ cycleId })).raw.headers.get('ETag') ?? '';
const cycle = await cycles.createCycle({ goalId: goal.id, cycleRequest: { title: 'Welcome group on Ward 3',
  changeIdea: 'Peer-led welcome group twice a week', purpose: 'TEST', plan: { objective: 'Learn whether people come',
    questions: [{ question: 'Will half attend?', prediction: 'About 60%' }] } } });
await cycles.transitionCycle({ cycleId: cycle.id, ifMatch: await etagOf(cycle.id), transitionRequest: { to: 'DO' } });
await cycles.updateCycle({ cycleId: cycle.id, ifMatch: await etagOf(cycle.id), cyclePatch: { _do: {
  startedOn: new Date('2026-12-01'), carriedOutAsPlanned: true, observations: '7 of 12 new admissions came' } } });
await cycles.transitionCycle({ cycleId: cycle.id, ifMatch: await etagOf(cycle.id),
  transitionRequest: { to: 'STUDY' } });
const review = await new ReviewsApi(config).recordReview({ cycleId: cycle.id, ifMatch: await etagOf(cycle.id),
  reviewRequest: { reviewedOn: new Date('2026-12-20'), reviewers: ['Ann Peer'], matchedPredictions: 'PARTLY',
    decision: 'ADAPT', nextSteps: 'Add an evening session',
    results: [{ question: 'Will half attend?', outcome: '58% came', learning: 'Evenings suit more' }] } });
step(`PDSA cycle reviewed: ${review.decision}`, 201);

const measures = new MeasuresApi(config);
const measure = await measures.createMeasure({ trustId,
  measureRequest: { templateCode: 'peer-workers-wte', goalId: goal.id, target: 20 } });
await measures.recordObservations({ measureId: measure.id, observationBatchRequest: { observations: [
  { period: '2025-Q1', value: 6 }, { period: '2025-Q2', value: 7.5 }, { period: '2025-Q3', value: 9 },
  { period: '2025-Q4', value: 11 }] } });
const spc = await measures.getMeasureSpc({ measureId: measure.id });
step(`SPC: ${spc.points?.length} points, variation ${spc.variationIcon}`, 200);

const progress = new ProgressApi(config);
const rollUp = await progress.getTrustProgressRaw({ trustId });
const tag = rollUp.raw.headers.get('ETag') ?? '';
step(`roll-up read, ETag ${tag}`, rollUp.raw.status);
try {
  await progress.getTrustProgressRaw({ trustId, ifNoneMatch: tag });
  throw new Error('expected 304 for the current ETag');
} catch (e) {
  if (!(e instanceof ResponseError) || e.response.status !== 304) {
    throw e;
  }
  step('the same roll-up with If-None-Match: not modified', 304);
}

const feed = await new ChangeFeedApi(config).listChanges({ trustId, limit: 50 });
step(`change feed: ${feed.items?.length} changes of the Trust, next cursor ${feed.nextCursor?.slice(0, 12)}…`, 200);
await expectProblem('an unknown challenge is a problem', 404,
  () => new ChallengesApi(config).getChallenge({ number: 11 }));
console.log('typescript-example: tour complete');
