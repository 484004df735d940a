/** A lap timer: each call returns the seconds since the previous one (or since the timer was made). */
export function stopwatch(): () => number {
  let lap = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - lap) / 1000;
    lap = now;
    return seconds;
  };
}

/**
 * The value of `work` with the seconds it took (work run at once with other
 * work, timed on its own). Started here, so that its synchronous first part
 * is timed too.
 */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}
