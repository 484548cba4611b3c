/** The partnership's learning themes (administrators): every review's learning is recorded
 * under one, so learning compares across reviews. Add, rename, retire and reinstate; a retired
 * theme stays on the learning that uses it, but new learning cannot choose it. */
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, asProblem, call, ifMatch, unwrap } from "../../api/client";
import type { Problem } from "../../api/problem";
import { useLoad } from "../../api/useLoad";
import { Loading } from "../../auth/guards";
import { ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, Tag } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, ErrorSummary, SubmitOrCancel, TextInput, Textarea } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { useSavedMessage } from "../reviews/ConfirmWithReason";
import { loadThemes, type LearningTheme } from "../reviews/learning";

const THEMES_URL = "/admin/learning-themes";

type ThemeValues = { name: string; description: string };

function useThemeForm(idPrefix: string, initial: ThemeValues) {
  return useForm<ThemeValues>(initial, {
    idPrefix,
    validate: (v) =>
      collect([
        ["name", check.required(v.name, "Enter the theme's name") ?? (v.name.trim().length < 2 ? "The name must be 2 characters or more" : undefined)],
        ["description", v.description.trim().length > 2000 ? "The description must be 2,000 characters or fewer" : undefined],
      ]),
  });
}

function ThemeFields({ form }: { form: ReturnType<typeof useThemeForm> }) {
  return (
    <>
      <TextInput {...form.field("name")} label="Name" labelClassName="govuk-label--s" hint="Unique in the partnership, for example Children missing education" width="two-thirds" />
      <Textarea {...form.field("description")} label="Description (optional)" labelClassName="govuk-label--s" hint="What learning belongs under it" rows={3} />
    </>
  );
}

export function LearningThemesPage() {
  const themes = useLoad(() => loadThemes(), []);
  const returned = useSavedMessage();
  const [done, setDone] = useState<string | null>(null);
  const [rowProblem, setRowProblem] = useState<Problem | null>(null);
  const form = useThemeForm("theme", { name: "", description: "" });
  const banner = done ?? (form.hasErrors ? null : returned);

  const onCreate = form.handleSubmit(async (v) => {
    setDone(null);
    const created = await unwrap(api.POST("/api/v1/learning-themes", { body: { name: v.name.trim(), description: v.description.trim() || null } }));
    form.setValues({ name: "", description: "" });
    setDone(`Theme "${created.name}" added.`);
    await themes.reload();
  });

  const setActive = async (theme: LearningTheme, active: boolean) => {
    setRowProblem(null);
    setDone(null);
    try {
      const path = { params: { path: { theme_id: theme.id } } };
      const { etag } = await call(api.GET("/api/v1/learning-themes/{theme_id}", path));
      await unwrap(api.PATCH("/api/v1/learning-themes/{theme_id}", { params: { ...path.params, header: ifMatch(etag) }, body: { active } }));
      setDone(`Theme "${theme.name}" ${active ? "reinstated" : "retired"}.`);
      await themes.reload();
    } catch (e) {
      setRowProblem(asProblem(e));
    }
  };

  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {banner ? <Banner key={banner} success heading={banner} /> : null}
      {rowProblem ? <ProblemBanner problem={rowProblem} /> : null}
      <PageHeading hasError={form.hasErrors}>Learning themes</PageHeading>
      <p className="govuk-body">Each review's learning is recorded under one of these themes, so learning compares across reviews. A retired theme stays on the learning that uses it; new learning cannot choose it.</p>
      {themes.status === "loading" ? <Loading /> : null}
      {themes.status === "error" ? <ProblemBanner problem={themes.problem} /> : null}
      {themes.status === "ok" ? (
        themes.data.length === 0 ? (
          <p className="govuk-body">No themes yet.</p>
        ) : (
          <div className="app-matrix" role="region" aria-label="Learning themes" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Themes in the partnership</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Theme</th>
                  <th scope="col" className="govuk-table__header">Status</th>
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {themes.data.map((t) => (
                  <tr className="govuk-table__row" key={t.id}>
                    <td className="govuk-table__cell app-break-word">
                      {t.name}
                      {t.description ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{t.description}</span> : null}
                    </td>
                    <td className="govuk-table__cell">{t.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Retired</Tag>}</td>
                    <td className="govuk-table__cell">
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        <li>
                          <Link className="govuk-link" to={`${THEMES_URL}/${t.id}`}>
                            Rename<span className="govuk-visually-hidden"> {t.name}</span>
                          </Link>
                        </li>
                        <li>
                          <button type="button" className="app-link-button govuk-link" onClick={() => void setActive(t, !t.active)}>
                            {t.active ? "Retire" : "Reinstate"}
                            <span className="govuk-visually-hidden"> {t.name}</span>
                          </button>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <form noValidate onSubmit={onCreate} aria-label="Add a theme">
            <h2 className="govuk-heading-m">Add a theme</h2>
            <ErrorSummary items={form.summary} attempt={form.attempt} />
            <ThemeFields form={form} />
            <Button>Add theme</Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** Renaming (or describing) one theme, with If-Match. */
export function LearningThemePage() {
  const { themeId = "" } = useParams();
  const theme = useLoad(() => call(api.GET("/api/v1/learning-themes/{theme_id}", { params: { path: { theme_id: themeId } } })), [themeId]);
  if (theme.status === "loading") return <Loading />;
  if (theme.status === "error") return <ProblemPage problem={theme.problem} />;
  return <RenameTheme theme={theme.data.data} etag={theme.data.etag} />;
}

function RenameTheme({ theme, etag }: { theme: LearningTheme; etag: string | null }) {
  const navigate = useNavigate();
  const form = useThemeForm("rename", { name: theme.name, description: theme.description ?? "" });
  const onSubmit = form.handleSubmit(async (v) => {
    const name = v.name.trim();
    const description = v.description.trim() || null;
    const body = { ...(name !== theme.name ? { name } : {}), ...(description !== theme.description ? { description } : {}) };
    await unwrap(api.PATCH("/api/v1/learning-themes/{theme_id}", { params: { path: { theme_id: theme.id }, header: ifMatch(etag) }, body }));
    navigate(THEMES_URL, { state: { saved: body.name ? `Theme renamed to "${name}".` : `Theme "${name}" saved.` } });
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={THEMES_URL}>Learning themes</BackLink>
        <PageHeading caption="Learning themes" title={`Rename ${theme.name}`} hasError={form.hasErrors}>
          Rename a theme
        </PageHeading>
        <p className="govuk-body">Learning already recorded under "{theme.name}" shows the new name.</p>
        <form noValidate onSubmit={onSubmit} aria-label="Rename a theme">
          <ErrorSummary items={form.summary} attempt={form.attempt} />
          <ThemeFields form={form} />
          <SubmitOrCancel cancelTo={THEMES_URL}>Save</SubmitOrCancel>
        </form>
      </div>
    </div>
  );
}
