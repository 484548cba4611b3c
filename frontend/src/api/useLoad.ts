import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";
import { asProblem } from "./client";
import type { Problem } from "./problem";

export type Load<T> =
  | { status: "loading"; data?: undefined; problem?: undefined }
  | { status: "ok"; data: T; problem?: undefined }
  | { status: "error"; data?: undefined; problem: Problem };

/**
 * Loads data for a screen. Keeps showing the previous data while reloading (no flicker) and
 * ignores answers that arrive after the screen moved on.
 */
export function useLoad<T>(fn: () => Promise<T>, deps: DependencyList): Load<T> & { reload(): Promise<void> } {
  const [state, setState] = useState<Load<T>>({ status: "loading" });
  const seq = useRef(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const run = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const data = await fnRef.current();
      if (mine === seq.current) setState({ status: "ok", data });
    } catch (e) {
      if (mine === seq.current) setState({ status: "error", problem: asProblem(e) });
    }
  }, []);

  useEffect(() => {
    setState((s) => (s.status === "ok" ? s : { status: "loading" }));
    void run();
    return () => {
      seq.current++;
    };
  }, deps);

  return { ...state, reload: run } as Load<T> & { reload(): Promise<void> };
}
