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
