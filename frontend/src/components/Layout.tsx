import { useEffect, useRef, useState, type ReactNode } from "react";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { useAuth } from "../auth/AuthContext";
import { FIGURE_READERS } from "../labels";
import { SERVICE_NAME } from "./Page";

const MOBILE_QUERY = "(max-width: 40.0525em)";

function useIsMobile(): boolean {
  const get = () => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(MOBILE_QUERY).matches;
  const [mobile, setMobile] = useState(get);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const mq = window.matchMedia(MOBILE_QUERY);
    const on = () => setMobile(mq.matches);
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, []);
  return mobile;
}

/**
 * After a route change (not the first load), move focus to the page's h1 so screen reader and
 * keyboard users start at the new content, as a full page load would.
 */
export function useRouteFocus(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById("main-content");
    if (!main) return;
    let observer: MutationObserver | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const focusHeading = (): boolean => {
      const active = document.activeElement;
      // A success banner, error summary or panel that took focus itself says more than the h1.
      if (active && active !== main && main.contains(active) && active.matches(".govuk-notification-banner, .govuk-error-summary, .govuk-panel")) return true;
      // Someone already in a field of the new page is typing: never pull focus away from it.
      if (active && main.contains(active) && active.matches("input, textarea, select")) return true;
      const h1 = main.querySelector<HTMLElement>("h1");
      if (!h1) return false;
      if (!h1.hasAttribute("tabindex")) h1.setAttribute("tabindex", "-1");
      h1.focus({ preventScroll: false });
      return true;
    };
    const frame = requestAnimationFrame(() => {
      if (focusHeading()) return;
      // The page is still loading its data: focus main now, the h1 when it appears.
      main.focus({ preventScroll: true });
      observer = new MutationObserver(() => {
        if (document.activeElement !== main) return stop();
        if (focusHeading()) stop();
      });
      observer.observe(main, { childList: true, subtree: true });
      timer = setTimeout(stop, 5000);
    });
    function stop() {
      observer?.disconnect();
      observer = null;
      if (timer) clearTimeout(timer);
    }
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [pathname]);
}

interface NavItem {
  to: string;
  text: string;
  end?: boolean;
}

function ServiceNavigation({ items, extra }: { items: NavItem[]; extra?: ReactNode }) {
  const mobile = useIsMobile();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              aria-expanded={open}
              hidden={!mobile}
              onClick={() => setOpen((o) => !o)}
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation" hidden={mobile && !open}>
              {items.map((item) => (
                <NavEntry key={item.to} item={item} />
              ))}
              {extra}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

function isActivePath(pathname: string, item: NavItem): boolean {
  if (item.end) return pathname === item.to;
  return pathname === item.to || pathname.startsWith(item.to + "/");
}

function NavEntry({ item }: { item: NavItem }) {
  const { pathname } = useLocation();
  const active = isActivePath(pathname, item);
  const current = pathname === item.to;
  return (
    <li className={`govuk-service-navigation__item${active ? " govuk-service-navigation__item--active" : ""}`}>
      <Link className="govuk-service-navigation__link" to={item.to} aria-current={active ? (current ? "page" : "true") : undefined}>
        {active ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
      </Link>
    </li>
  );
}

function Header({ partnershipName }: { partnershipName?: string }) {
  return (
    <header className="govuk-generic-header" data-module="govuk-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link to="/" className="govuk-generic-header__homepage-link">
            {SERVICE_NAME}
          </Link>
          {partnershipName ? <span className="app-header__partnership">{partnershipName}</span> : null}
        </div>
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href="/api/docs">
                  API documentation
                </a>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/account">
                  Your account
                </Link>
              </li>
            </ul>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              {SERVICE_NAME} holds special category personal data about children and families. Use it only for the review you are working on.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}

function SkipLink() {
  return (
    <a
      href="#main-content"
      className="govuk-skip-link"
      data-module="govuk-skip-link"
      onClick={(e) => {
        const main = document.getElementById("main-content");
        if (!main) return;
        e.preventDefault();
        main.focus();
        main.scrollIntoView?.();
      }}
    >
      Skip to main content
    </a>
  );
}

function SignOutItem() {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <li className="govuk-service-navigation__item">
      <form
        method="post"
        action="/sign-out"
        onSubmit={(e) => {
          e.preventDefault();
          void signOut().then(() => navigate("/sign-in", { replace: true, state: { reason: "signed-out" } }));
        }}
      >
        <button type="submit" className="govuk-service-navigation__link app-link-button">
          Sign out
        </button>
      </form>
    </li>
  );
}

/** The page frame: skip link, header (service and partnership), navigation, main, footer. */
export function AppShell({ children }: { children?: ReactNode }) {
  const { state } = useAuth();
  useRouteFocus();
  const me = state.status === "authenticated" ? state.me : null;
  const items: NavItem[] = me
    ? [
        { to: "/", text: "Dashboard", end: true },
        { to: "/reviews", text: "Reviews" },
        { to: "/actions", text: "Action plans" },
        ...(FIGURE_READERS.includes(me.role) ? [{ to: "/figures", text: "Annual figures" }] : []),
        ...(me.role === "partnership_admin" ? [{ to: "/admin", text: "Administration" }] : []),
        { to: "/account", text: "Account" },
      ]
    : [];
  return (
    <>
      <SkipLink />
      <Header partnershipName={me?.partnership.name} />
      {me ? <ServiceNavigation items={items} extra={<SignOutItem />} /> : null}
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children ?? <Outlet />}
        </main>
      </div>
      <Footer />
    </>
  );
}
