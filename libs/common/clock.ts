/** One place that says what time it is, so tests and jobs agree. */
export const clock = {
  now: (): Date => new Date(),
};
