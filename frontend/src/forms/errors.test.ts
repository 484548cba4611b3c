import { describe, expect, it } from "vitest";
import { check, collect, fieldId, mapProblemToErrors } from "./errors";
import { datePartsToIso, isoToDateParts } from "./useForm";

describe("problem+json → GOV.UK errors", () => {
  const problem = {
    type: "https://cspr.example/problems/validation",
    title: "Your request has errors",
    status: 422,
    errors: [
      { field: "incident_date", message: "Enter the date of the incident" },
      { field: "child_pseudonym", message: "Enter the child's pseudonym" },
      { field: "terms.period_start", message: "The period must start before it ends" },
      { field: "unknown_thing", message: "Is not allowed" },
    ],
  };

  it("puts field errors on the fields and orders the summary as the page", () => {
    const { fieldErrors, summary } = mapProblemToErrors(problem, {
      fields: ["child_pseudonym", "incident_date", "period_start"],
      dateFields: ["incident_date", "period_start"],
    });
    expect(fieldErrors).toEqual({
      child_pseudonym: "Enter the child's pseudonym",
      incident_date: "Enter the date of the incident",
      period_start: "The period must start before it ends",
    });
    expect(summary).toEqual([
      { text: "Enter the child's pseudonym", href: "#child_pseudonym" },
      { text: "Enter the date of the incident", href: "#incident_date-day" },
      { text: "The period must start before it ends", href: "#period_start-day" },
      { text: "Unknown thing: Is not allowed" },
    ]);
  });

  it("uses aliases for server names that differ from the form's", () => {
    const { fieldErrors, summary } = mapProblemToErrors(
      { type: "about:blank", title: "x", status: 422, errors: [{ field: "became_aware_on", message: "Enter a date" }] },
      { fields: ["aware"], aliases: { became_aware_on: "aware" } },
    );
    expect(fieldErrors).toEqual({ aware: "Enter a date" });
    expect(summary[0]).toEqual({ text: "Enter a date", href: "#aware" });
  });

  it("keeps the first message per field", () => {
    const { fieldErrors } = mapProblemToErrors(
      { type: "about:blank", title: "x", status: 422, errors: [{ field: "email", message: "first" }, { field: "email", message: "second" }] },
      { fields: ["email"] },
    );
    expect(fieldErrors.email).toBe("first");
  });

  it("shows a problem without field errors as one summary line", () => {
    const { fieldErrors, summary } = mapProblemToErrors(
      { type: "https://cspr.example/problems/conflict", title: "Conflict", status: 409, detail: "Police already has an active member on this review" },
      { fields: ["user_id"] },
    );
    expect(fieldErrors).toEqual({});
    expect(summary).toEqual([{ text: "Police already has an active member on this review" }]);
  });

  it("makes ids safe for dotted names", () => {
    expect(fieldId("terms.period_start")).toBe("terms-period_start");
    expect(fieldId("decided_on", "date")).toBe("decided_on-day");
  });
});

describe("client-side hints", () => {
  it("checks required, email, dates and codes", () => {
    expect(check.required("  ", "Enter it")).toBe("Enter it");
    expect(check.required([], "Pick one")).toBe("Pick one");
    expect(check.required("x", "Enter it")).toBeUndefined();
    expect(check.email("not-an-email")).toMatch(/correct format/);
    expect(check.email("a@b.example")).toBeUndefined();
    expect(check.isoDate("2026-02-30", "bad")).toBe("bad");
    expect(check.isoDate("2028-02-29", "bad")).toBeUndefined();
    expect(check.totp("123 456")).toBeUndefined();
    expect(check.totp("12345")).toMatch(/6-digit/);
    expect(collect([["a", undefined], ["b", "B!"], ["b", "again"]])).toEqual({ b: "B!" });
  });

  it("converts GOV.UK date parts", () => {
    expect(datePartsToIso({ day: "7", month: "3", year: "2026" })).toBe("2026-03-07");
    expect(datePartsToIso({ day: "", month: "", year: "" })).toBe("");
    expect(datePartsToIso({ day: "31", month: "4", year: "2026" })).toBeNull();
    expect(datePartsToIso({ day: "1", month: "1", year: "26" })).toBeNull();
    expect(isoToDateParts("2026-03-07")).toEqual({ day: "7", month: "3", year: "2026" });
  });
});
