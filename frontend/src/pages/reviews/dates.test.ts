import { describe, expect, it } from "vitest";
import { reviewDateErrors } from "./dates";

describe("reviewDateErrors", () => {
  const today = "2026-03-02";

  it("names the field, in the API's words, for dates out of order", () => {
    expect(reviewDateErrors({ incident_on: "2026-02-01", became_aware_on: "2026-01-31" }, {}, today)).toEqual({
      became_aware_on: "The date the local authority became aware must be on or after the date of the incident",
    });
    expect(reviewDateErrors({ incident_on: "2026-02-01", became_aware_on: "2026-02-02", sin_sent_on: "2026-02-01" }, {}, today)).toEqual({
      sin_sent_on: "The date the notification was sent must be on or after the date the local authority became aware",
    });
    expect(reviewDateErrors({ period_start: "2026-02-02", period_end: "2026-02-01" }, {}, today)).toEqual({
      period_end: "The end of the period the review covers must be on or after its start",
    });
  });

  it("refuses past events dated in the future, and leaves fields that already have an error", () => {
    expect(reviewDateErrors({ incident_on: "2026-03-03", became_aware_on: "2026-03-03" }, {}, today)).toEqual({
      incident_on: "The date of the incident must be today or in the past",
      became_aware_on: "The date the local authority became aware must be today or in the past",
    });
    expect(reviewDateErrors({ incident_on: "2026-03-03" }, { incident_on: "Enter a real date" }, today)).toEqual({});
    expect(reviewDateErrors({ incident_on: "2026-03-02", became_aware_on: null, sin_sent_on: "" }, {}, today)).toEqual({});
  });
});
