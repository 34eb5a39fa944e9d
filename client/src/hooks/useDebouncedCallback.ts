import { useEffect, useMemo, useRef } from "react";

export interface DebouncedCallback<A extends unknown[]> {
  /** Calls the callback `delayMs` after the last call, with that call's arguments. */
  run(...args: A): void;
  /** Calls a pending callback now (e.g. when a field loses focus). */
  flush(): void;
}

/** Debounces calls to `callback` (always the latest one passed); a pending call is dropped on unmount. */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs: number,
): DebouncedCallback<A> {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });

  const pending = useRef<{ timer: number; args: A } | null>(null);
  useEffect(
    () => () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
    },
    [],
  );

  return useMemo(() => {
    const flush = () => {
      const call = pending.current;
      if (!call) return;
      window.clearTimeout(call.timer);
      pending.current = null;
      latest.current(...call.args);
    };
    const run = (...args: A) => {
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = { args, timer: window.setTimeout(flush, delayMs) };
    };
    return { run, flush };
  }, [delayMs]);
}
