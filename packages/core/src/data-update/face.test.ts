/**
 * A selfie passes only with both scores at or above their thresholds; a failure says why (liveness
 * before similarity), and the day's last failed attempt hands the case to an officer instead of
 * leaving the member stuck. A reference photo that cannot be used is never counted against them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACE_FAILURE_CODES, faceAttemptOutcome, judgeFace } from './face.ts';

const t = { match: 0.7, liveness: 0.35 };
const measured = (similarity: number, liveness: number) => ({
  ok: true as const,
  similarity,
  liveness,
  millis: 120,
});

describe('judgeFace', () => {
  it.each([
    [measured(0.7, 0.35), { verdict: 'passed' }],
    [measured(0.92, 0.9), { verdict: 'passed' }],
    [measured(0.69, 0.9), { verdict: 'failed', failure: 'similarity_low' }],
    [measured(0.95, 0.2), { verdict: 'failed', failure: 'liveness_low' }],
    [measured(0.1, 0.1), { verdict: 'failed', failure: 'liveness_low' }],
    [measured(Number.NaN, 0.9), { verdict: 'failed', failure: 'similarity_low' }],
    [
      { ok: false as const, image: 'selfie' as const, problem: 'no_face' as const },
      { verdict: 'failed', failure: 'no_face' },
    ],
    [
      { ok: false as const, image: 'selfie' as const, problem: 'several_faces' as const },
      { verdict: 'failed', failure: 'several_faces' },
    ],
    [
      { ok: false as const, image: 'reference' as const, problem: 'no_face' as const },
      { verdict: 'reference_unusable' },
    ],
    [
      { ok: false as const, image: 'reference' as const, problem: 'missing' as const },
      { verdict: 'reference_unusable' },
    ],
  ])('%j → %j', (measurement, verdict) => {
    expect(judgeFace(measurement, t)).toEqual(verdict);
  });

  it('has advice (an error code) for every failure', () => {
    expect(Object.keys(FACE_FAILURE_CODES).sort()).toEqual(
      ['face_too_small', 'liveness_low', 'no_face', 'several_faces', 'similarity_low', 'unreadable'].sort(),
    );
  });

  it('is monotonic: better scores never turn a pass into a failure (property)', () => {
    const score = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(score, score, score, score, (s, l, ds, dl) => {
        const base = judgeFace(measured(s, l), t).verdict === 'passed';
        const better = judgeFace(measured(Math.min(1, s + ds), Math.min(1, l + dl)), t).verdict === 'passed';
        if (base) expect(better).toBe(true);
        expect(base).toBe(s >= t.match && l >= t.liveness);
      }),
    );
  });
});

describe('faceAttemptOutcome', () => {
  const failed = { verdict: 'failed' as const, failure: 'similarity_low' as const };

  it('counts down the attempts of the day, then refers the case to an officer', () => {
    expect(faceAttemptOutcome(failed, 0, 3)).toEqual({
      outcome: 'retry',
      failure: 'similarity_low',
      attemptsLeft: 2,
    });
    expect(faceAttemptOutcome(failed, 1, 3)).toEqual({
      outcome: 'retry',
      failure: 'similarity_low',
      attemptsLeft: 1,
    });
    expect(faceAttemptOutcome(failed, 2, 3)).toEqual({
      outcome: 'referred',
      failure: 'similarity_low',
      attemptsLeft: 0,
    });
    expect(faceAttemptOutcome({ verdict: 'passed' }, 2, 3)).toEqual({ outcome: 'passed' });
  });

  it('refers at once when the reference photo cannot be used', () => {
    expect(faceAttemptOutcome({ verdict: 'reference_unusable' }, 0, 3)).toEqual({
      outcome: 'referred',
      failure: 'reference_unusable',
      attemptsLeft: 0,
    });
  });
});
