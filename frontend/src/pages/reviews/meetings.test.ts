import { describe, expect, it } from "vitest";
import { wholeNumberError } from "../admin/Settings";
import { aftercareDue, londonDay } from "./AftercarePrompts";

describe("aftercare prompts", () => {
  const names = new Map([["p1", "Jo Example"]]);
  const attended = [{ practitionerId: "p1", meeting: "practitioner learning event", on: "2026-03-31" }];

  it("prompts after an attended event with no aftercare", () => {
    expect(aftercareDue(attended, new Map(), names)).toEqual([{ ...attended[0], name: "Jo Example" }]);
  });

  it("does not count aftercare dated before the event", () => {
    expect(aftercareDue(attended, new Map([["p1", ["2026-03-30"]]]), names)).toHaveLength(1);
  });

  it("is satisfied by aftercare on or after the day", () => {
    expect(aftercareDue(attended, new Map([["p1", ["2026-03-31"]]]), names)).toEqual([]);
  });

  it("reads the meeting's day in England", () => {
    expect(londonDay("2026-06-30T23:30:00Z")).toBe("2026-07-01");
    expect(londonDay("2026-01-31T23:30:00Z")).toBe("2026-01-31");
  });
});

describe("settings numbers", () => {
  it("wants a whole number within the range", () => {
    expect(wholeNumberError("", 1, 100, "threshold")).toBe("Enter the threshold");
    expect(wholeNumberError("7.5", 1, 100, "threshold")).toBe("The threshold must be a whole number");
    expect(wholeNumberError("101", 1, 100, "threshold")).toBe("The threshold must be between 1 and 100");
    expect(wholeNumberError("80", 1, 100, "threshold")).toBeUndefined();
  });
});
