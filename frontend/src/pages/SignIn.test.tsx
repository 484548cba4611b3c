import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { SignInResult } from "../auth/session";
import { renderApp } from "../test/render";

const totpRequired: SignInResult = {
  ok: false,
  totpRequired: true,
  problem: { type: "https://cspr.example/problems/totp-required", title: "Code required", status: 401 },
};
const wrong: SignInResult = { ok: false, totpRequired: false, problem: { type: "https://cspr.example/problems/invalid-credentials", title: "Wrong", status: 401 } };

describe("sign-in page", () => {
  it("asks for the TOTP code when the account has one, keeping what was typed", async () => {
    const user = userEvent.setup();
    const signIn = vi.fn<(c: { email: string; password: string; totp?: string }) => Promise<SignInResult>>();
    signIn.mockResolvedValueOnce(totpRequired).mockResolvedValueOnce(totpRequired).mockResolvedValueOnce({ ok: true });
    renderApp("/sign-in?next=%2Freviews", { status: "anonymous" }, { signIn });
    expect(screen.queryByLabelText("Security code")).toBeNull();
    await user.type(screen.getByLabelText("Email address"), "alex@demoshire.example");
    await user.type(screen.getByLabelText("Password"), "correct horse");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const code = await screen.findByLabelText("Security code");
    expect(document.activeElement).toBe(code);
    expect(screen.queryByText("There is a problem")).toBeNull();
    expect((screen.getByLabelText("Email address") as HTMLInputElement).value).toBe("alex@demoshire.example");
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("correct horse");
    expect(signIn).toHaveBeenLastCalledWith({ email: "alex@demoshire.example", password: "correct horse", totp: undefined });

    await user.type(code, "111111");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("link", { name: /code is not valid/ })).toBeTruthy();
    expect(signIn).toHaveBeenLastCalledWith({ email: "alex@demoshire.example", password: "correct horse", totp: "111111" });

    await user.clear(code);
    await user.type(code, "123 456");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(signIn).toHaveBeenLastCalledWith({ email: "alex@demoshire.example", password: "correct horse", totp: "123456" });
  });

  it("shows wrong credentials in an error summary linked to the email field", async () => {
    const user = userEvent.setup();
    const signIn = vi.fn(async () => wrong);
    renderApp("/sign-in", { status: "anonymous" }, { signIn });
    await user.type(screen.getByLabelText("Email address"), "alex@demoshire.example");
    await user.type(screen.getByLabelText("Password"), "nope");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const link = await screen.findByRole("link", { name: "Enter a correct email address and password" });
    expect(link.getAttribute("href")).toBe("#email");
    expect(document.title).toMatch(/^Error: /);
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("nope");
  });

  it("validates before calling the API", async () => {
    const user = userEvent.setup();
    const signIn = vi.fn();
    renderApp("/sign-in", { status: "anonymous" }, { signIn });
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(signIn).not.toHaveBeenCalled();
    expect(screen.getByRole("link", { name: "Enter your email address" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Enter your password" })).toBeTruthy();
  });
});
