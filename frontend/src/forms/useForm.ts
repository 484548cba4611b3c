import { useCallback, useRef, useState, type FormEvent } from "react";
import { asProblem } from "../api/client";
import type { Problem } from "../api/problem";
import { fieldId, mapProblemToErrors, summaryFromFieldErrors, type FieldErrors, type MapOptions, type SummaryItem, type Validator } from "./errors";

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type FormValue = string | boolean | string[] | DateParts;

export const emptyDate = (): DateParts => ({ day: "", month: "", year: "" });

/** "" when all parts are empty, "YYYY-MM-DD" when they make a real date, null otherwise. */
export function datePartsToIso(p: DateParts): string | null {
  const day = p.day.trim();
  const month = p.month.trim();
  const year = p.year.trim();
  if (!day && !month && !year) return "";
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (d.getUTCFullYear() !== Number(year) || d.getUTCMonth() !== Number(month) - 1 || d.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

export function isoToDateParts(iso: string | null | undefined): DateParts {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) } : emptyDate();
}

export interface UseFormConfig<V> extends Partial<MapOptions> {
  validate?: Validator<V>;
}

export interface FieldBinding<T> {
  name: string;
  id: string;
  value: T;
  error?: string;
  onChange(value: T): void;
}

export interface Form<V extends Record<string, FormValue>> {
  values: V;
  setValue<K extends keyof V & string>(name: K, value: V[K]): void;
  setValues(update: Partial<V>): void;
  errors: FieldErrors;
  /** Items for <ErrorSummary>; null when there is nothing to show. */
  summary: SummaryItem[] | null;
  /** Changes on every failed submit, so the summary takes focus again. */
  attempt: number;
  problem: Problem | null;
  submitting: boolean;
  hasErrors: boolean;
  field<K extends keyof V & string>(name: K): FieldBinding<V[K]>;
  /** Shows a server problem on the form (field errors inline, everything in the summary). */
  showProblem(problem: Problem): void;
  clearErrors(): void;
  handleSubmit(onValid: (values: V) => Promise<void>): (event?: FormEvent) => void;
}

/**
 * Form state that survives errors: values are never reset by a failed submit, client-side
 * hints run first, and a server problem+json maps onto the same fields and summary.
 */
export function useForm<V extends Record<string, FormValue>>(initial: V | (() => V), config: UseFormConfig<V> = {}): Form<V> {
  const [values, setAll] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);
  /** Counts problems shown, so a submit handler that calls showProblem() itself keeps them. */
  const shown = useRef(0);
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const fields = config.fields ?? (Object.keys(values) as string[]);
  const mapOptions: MapOptions = { fields, dateFields: config.dateFields ?? [], aliases: config.aliases ?? {}, idPrefix: config.idPrefix ?? "" };
  const optionsRef = useRef(mapOptions);
  optionsRef.current = mapOptions;
  const validateRef = useRef(config.validate);
  validateRef.current = config.validate;

  const setValue = useCallback(<K extends keyof V & string>(name: K, value: V[K]) => {
    setAll((prev) => ({ ...prev, [name]: value }));
  }, []);
  const setValues = useCallback((update: Partial<V>) => setAll((prev) => ({ ...prev, ...update })), []);

  const showProblem = useCallback((p: Problem) => {
    const mapped = mapProblemToErrors(p, optionsRef.current);
    shown.current++;
    setProblem(p);
    setErrors(mapped.fieldErrors);
    setSummary(mapped.summary);
    setAttempt((n) => n + 1);
  }, []);

  const clearErrors = useCallback(() => {
    setErrors({});
    setSummary(null);
    setProblem(null);
  }, []);

  const handleSubmit = useCallback(
    (onValid: (values: V) => Promise<void>) => (event?: FormEvent) => {
      event?.preventDefault();
      if (busy.current) return;
      const current = valuesRef.current;
      const clientErrors = validateRef.current?.(current) ?? {};
      if (Object.keys(clientErrors).length > 0) {
        setProblem(null);
        setErrors(clientErrors);
        setSummary(summaryFromFieldErrors(clientErrors, optionsRef.current));
        setAttempt((n) => n + 1);
        return;
      }
      busy.current = true;
      setSubmitting(true);
      void (async () => {
        const before = shown.current;
        try {
          await onValid(current);
          if (shown.current === before) {
            setErrors({});
            setSummary(null);
            setProblem(null);
          }
        } catch (e) {
          showProblem(asProblem(e));
        } finally {
          busy.current = false;
          setSubmitting(false);
        }
      })();
    },
    [showProblem],
  );

  const field = <K extends keyof V & string>(name: K): FieldBinding<V[K]> => {
    const binding: FieldBinding<V[K]> = {
      name,
      id: fieldId(name, "input", config.idPrefix),
      value: values[name],
      onChange: (v: V[K]) => setValue(name, v),
    };
    const error = errors[name];
    if (error) binding.error = error;
    return binding;
  };

  return {
    values,
    setValue,
    setValues,
    errors,
    summary,
    attempt,
    problem,
    submitting,
    hasErrors: summary !== null && summary.length > 0,
    field,
    showProblem,
    clearErrors,
    handleSubmit,
  };
}
