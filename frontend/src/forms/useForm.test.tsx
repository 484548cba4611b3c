import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/problem";
import { check, collect } from "./errors";
import { Button, DateInput, ErrorSummary, TextInput } from "./fields";
import { datePartsToIso, emptyDate, useForm, type DateParts } from "./useForm";

type V = { name: string; email: string; started: DateParts };

function Demo({ submit }: { submit: (v: V) => Promise<void> }) {
  const form = useForm<V>(
    { name: "", email: "", started: emptyDate() },
    {
      fields: ["name", "email", "started"],
      dateFields: ["started"],
      validate: (v) => collect([["name", check.required(v.name, "Enter a name")], ["email", check.email(v.email)], ["started", datePartsToIso(v.started) === null ? "Enter a real date" : undefined]]),
    },
  );
  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <TextInput {...form.field("name")} label="Name" />
      <TextInput {...form.field("email")} label="Email" />
      <DateInput {...form.field("started")} legend="Start date" />
      <Button>Save</Button>
    </form>
  );
}

describe("useForm + GOV.UK error pattern", () => {
  it("runs client-side hints first, focuses the summary and links to fields", async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => {});
    render(<Demo submit={submit} />);
    await user.type(screen.getByLabelText("Email"), "nope");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submit).not.toHaveBeenCalled();
    const summary = screen.getByText("There is a problem").closest(".govuk-error-summary") as HTMLElement;
    expect(document.activeElement).toBe(summary);
    const link = screen.getByRole("link", { name: "Enter a name" });
    expect(link.getAttribute("href")).toBe("#name");
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText("Name"));
    // Inline message with visually hidden prefix, and the input is described by it.
    const email = screen.getByLabelText("Email");
    expect(email.getAttribute("aria-describedby")).toBe("email-error");
    expect(document.getElementById("email-error")?.textContent).toMatch(/Error:.*correct format/);
    expect((email as HTMLInputElement).value).toBe("nope");
  });

  it("maps a server problem onto the fields and keeps everything typed", async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => {
      throw new ApiError({
        type: "https://cspr.example/problems/validation",
        title: "Invalid",
        status: 422,
        errors: [
          { field: "email", message: "That email address is already in use" },
          { field: "started", message: "The start date must be in the past" },
        ],
      });
    });
    render(<Demo submit={submit} />);
    await user.type(screen.getByLabelText("Name"), "Sam");
    await user.type(screen.getByLabelText("Email"), "sam@demoshire.example");
    await user.type(screen.getByLabelText("Day"), "1");
    await user.type(screen.getByLabelText("Month"), "1");
    await user.type(screen.getByLabelText("Year"), "2099");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submit).toHaveBeenCalledWith({ name: "Sam", email: "sam@demoshire.example", started: { day: "1", month: "1", year: "2099" } });
    expect(await screen.findByRole("link", { name: "That email address is already in use" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "The start date must be in the past" }).getAttribute("href")).toBe("#started-day");
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Sam");
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("sam@demoshire.example");
    expect((screen.getByLabelText("Year") as HTMLInputElement).value).toBe("2099");
    expect(screen.getByLabelText("Email").closest(".govuk-form-group")?.classList.contains("govuk-form-group--error")).toBe(true);
  });

  it("clears the errors after a successful submit", async () => {
    const user = userEvent.setup();
    let fail = true;
    const submit = vi.fn(async () => {
      if (fail) throw new ApiError({ type: "about:blank", title: "Conflict", status: 409, detail: "Already exists" });
    });
    render(<Demo submit={submit} />);
    await user.type(screen.getByLabelText("Name"), "Sam");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Already exists")).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole("button", { name: "Save" }));
    await vi.waitFor(() => expect(screen.queryByText("There is a problem")).toBeNull());
  });
});
