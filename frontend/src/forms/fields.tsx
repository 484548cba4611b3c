/** GOV.UK Frontend form components as thin React components (markup per the Design System). */
import { useEffect, useRef, type ReactNode, type MouseEvent, type HTMLInputTypeAttribute } from "react";
import { Link } from "react-router";
import type { SummaryItem } from "./errors";
import type { DateParts, FieldBinding } from "./useForm";

function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s || undefined;
}

function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="govuk-hint">
      {children}
    </div>
  );
}

/**
 * The error summary: at the top of the page, focused whenever a submit fails (`attempt`
 * changes), each error a link that moves focus to its field.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[] | null; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items && items.length > 0) ref.current?.focus();
  }, [attempt, items]);
  if (!items || items.length === 0) return null;

  const onClick = (e: MouseEvent<HTMLAnchorElement>, href?: string) => {
    if (!href) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    e.preventDefault();
    // Like GOV.UK's own script: bring the question's legend/label into view with the field.
    const labels = (target as HTMLInputElement).labels;
    const legendOrLabel = target.closest("fieldset")?.querySelector("legend") ?? (labels && labels.length > 0 ? labels[0] : null);
    target.focus({ preventScroll: true });
    (legendOrLabel ?? target).scrollIntoView?.({ block: "start" });
  };

  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item, i) => (
              <li key={i}>
                {item.href ? (
                  <a href={item.href} onClick={(e) => onClick(e, item.href)}>
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

interface BaseFieldProps<T> extends FieldBinding<T> {
  label: ReactNode;
  hint?: ReactNode;
  /** Page-heading label (single-question pages). */
  isPageHeading?: boolean;
  labelClassName?: string;
}

export interface TextInputProps extends BaseFieldProps<string> {
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel" | "url" | "search" | "decimal" | "none";
  spellCheck?: boolean;
  width?: "2" | "3" | "4" | "5" | "10" | "20" | "30" | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third";
  required?: boolean;
  maxLength?: number;
  pattern?: string;
  autoFocus?: boolean;
  readOnly?: boolean;
}

function Label({ htmlFor, children, isPageHeading, className }: { htmlFor: string; children: ReactNode; isPageHeading?: boolean; className?: string }) {
  const label = (
    <label className={cx("govuk-label", isPageHeading ? "govuk-label--l" : className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? (
    <h1 className="govuk-label-wrapper" tabIndex={-1}>
      {label}
    </h1>
  ) : (
    label
  );
}

export function TextInput(props: TextInputProps) {
  const { id, name, value, onChange, error, label, hint, type = "text", width } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const widthClass = width ? (/^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`) : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label htmlFor={id} isPageHeading={props.isPageHeading} className={props.labelClassName}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      <input
        className={cx("govuk-input", widthClass, error && "govuk-input--error")}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        maxLength={props.maxLength}
        pattern={props.pattern}
        autoFocus={props.autoFocus}
        readOnly={props.readOnly}
        aria-required={props.required || undefined}
      />
    </div>
  );
}

export function Textarea(props: BaseFieldProps<string> & { rows?: number; required?: boolean }) {
  const { id, name, value, onChange, error, label, hint, rows = 5 } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label htmlFor={id} isPageHeading={props.isPageHeading} className={props.labelClassName}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      <textarea
        className={cx("govuk-textarea", error && "govuk-textarea--error")}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        aria-required={props.required || undefined}
      />
    </div>
  );
}

export interface Option {
  value: string;
  text: string;
  hint?: string;
  disabled?: boolean;
}

export function Select(props: BaseFieldProps<string> & { options: Option[]; required?: boolean }) {
  const { id, name, value, onChange, error, label, hint, options } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label htmlFor={id} className={props.labelClassName}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      <select
        className={cx("govuk-select", error && "govuk-select--error")}
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        aria-required={props.required || undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface FieldsetProps {
  id: string;
  legend: ReactNode;
  legendSize?: "s" | "m" | "l";
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  role?: string;
}

function Fieldset({ id, legend, legendSize = "m", isPageHeading, hint, error, children, role }: FieldsetProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)} role={role}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${isPageHeading ? "l" : legendSize}`}>
          {isPageHeading ? (
            <h1 className="govuk-fieldset__heading" tabIndex={-1}>
              {legend}
            </h1>
          ) : (
            legend
          )}
        </legend>
        {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        {children}
      </fieldset>
    </div>
  );
}

export function Radios(props: FieldBinding<string> & { legend: ReactNode; legendSize?: "s" | "m" | "l"; hint?: ReactNode; options: Option[]; inline?: boolean; small?: boolean; isPageHeading?: boolean }) {
  const { id, name, value, onChange, error, options } = props;
  return (
    <Fieldset id={id} legend={props.legend} legendSize={props.legendSize} hint={props.hint} error={error} isPageHeading={props.isPageHeading}>
      <div className={cx("govuk-radios", props.inline && "govuk-radios--inline", props.small && "govuk-radios--small")}>
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${i + 1}`;
          return (
            <div className="govuk-radios__item" key={o.value}>
              <input
                className="govuk-radios__input"
                id={optionId}
                name={name}
                type="radio"
                value={o.value}
                checked={value === o.value}
                disabled={o.disabled}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                {o.text}
              </label>
              {o.hint ? (
                <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
                  {o.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function Checkboxes(props: FieldBinding<string[]> & { legend: ReactNode; legendSize?: "s" | "m" | "l"; hint?: ReactNode; options: Option[]; small?: boolean }) {
  const { id, name, value, onChange, error, options } = props;
  const toggle = (v: string, on: boolean) => onChange(on ? [...value.filter((x) => x !== v), v] : value.filter((x) => x !== v));
  return (
    <Fieldset id={id} legend={props.legend} legendSize={props.legendSize} hint={props.hint} error={error}>
      <div className={cx("govuk-checkboxes", props.small && "govuk-checkboxes--small")}>
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${i + 1}`;
          return (
            <div className="govuk-checkboxes__item" key={o.value}>
              <input
                className="govuk-checkboxes__input"
                id={optionId}
                name={name}
                type="checkbox"
                value={o.value}
                checked={value.includes(o.value)}
                disabled={o.disabled}
                onChange={(e) => toggle(o.value, e.target.checked)}
                aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                {o.text}
              </label>
              {o.hint ? (
                <div id={`${optionId}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                  {o.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** A single yes/no checkbox (e.g. "I acknowledge…"). */
export function Checkbox(props: FieldBinding<boolean> & { label: ReactNode; hint?: ReactNode }) {
  const { id, name, value, onChange, error, label, hint } = props;
  const hintId = hint ? `${id}-item-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id={id} name={name} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy(hintId, errorId)} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** GOV.UK date input: day, month, year boxes; errors link to the day box (`<id>-day`). */
export function DateInput(props: FieldBinding<DateParts> & { legend: ReactNode; legendSize?: "s" | "m" | "l"; hint?: ReactNode }) {
  const { id, name, value, onChange, error } = props;
  const part = (key: keyof DateParts, label: string, width: "2" | "4") => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${key}`}>
          {label}
        </label>
        <input
          className={cx("govuk-input govuk-date-input__input", `govuk-input--width-${width}`, error && "govuk-input--error")}
          id={`${id}-${key}`}
          name={`${name}-${key}`}
          type="text"
          inputMode="numeric"
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        />
      </div>
    </div>
  );
  return (
    <Fieldset id={id} legend={props.legend} legendSize={props.legendSize ?? "s"} hint={props.hint ?? "For example, 27 3 2026"} error={error} role="group">
      <div className="govuk-date-input" id={id}>
        {part("day", "Day", "2")}
        {part("month", "Month", "2")}
        {part("year", "Year", "4")}
      </div>
    </Fieldset>
  );
}

export function Button({ children, disabled, secondary, warning, type = "submit", onClick, preventDoubleClick = true }: { children: ReactNode; disabled?: boolean; secondary?: boolean; warning?: boolean; type?: "submit" | "button"; onClick?: () => void; preventDoubleClick?: boolean }) {
  return (
    <button
      type={type}
      className={cx("govuk-button", secondary && "govuk-button--secondary", warning && "govuk-button--warning")}
      data-module="govuk-button"
      data-prevent-double-click={preventDoubleClick ? "true" : undefined}
      disabled={disabled}
      aria-disabled={disabled || undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A form's submit button with a link that leaves without saving (GOV.UK button group). */
export function SubmitOrCancel({ children, cancelTo, cancelText = "Cancel" }: { children: ReactNode; cancelTo: string; cancelText?: string }) {
  return (
    <div className="govuk-button-group">
      <Button>{children}</Button>
      <Link className="govuk-link" to={cancelTo}>
        {cancelText}
      </Link>
    </div>
  );
}
