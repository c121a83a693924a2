/** Time left until an instant, for the "try again in…" and "resend in…" countdowns. */
import { useEffect, useState } from 'preact/hooks';

/** Whole seconds from `now` until `iso` (0 once passed). */
export function secondsUntil(iso: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 1000));
}

/** 299 → '4:59'. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The current time, refreshed every second while the screen is shown. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Whole seconds left until `iso` (0 without one), re-rendering every second only while there is
 * time left: a screen that waits for nothing keeps no timer running.
 */
export function useCountdown(iso: string | null | undefined): number {
  const [, setTick] = useState(0);
  const left = iso ? secondsUntil(iso, Date.now()) : 0;
  const counting = left > 0;
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [counting, iso]);
  return left;
}
