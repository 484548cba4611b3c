import { Link } from "react-router";
import { useMe } from "../../auth/AuthContext";
import { PageHeading } from "../../components/Page";

export function AdminIndexPage() {
  const me = useMe();
  return (
    <>
      <PageHeading caption={me.partnership.name}>Administration</PageHeading>
      <ul className="govuk-list govuk-list--spaced">
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" to="/admin/agencies">Agencies</Link>
          <br />
          The partner agencies: local authority, police, health, education and others.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" to="/admin/users">Users</Link>
          <br />
          Add staff and review team members, change their role, disable an account.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" to="/admin/clients">API clients</Link>
          <br />
          Credentials for agencies' own systems, with the scopes they may use.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" to="/admin/learning-themes">Learning themes</Link>
          <br />
          The themes each review's learning is recorded under: add, rename and retire them.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" to="/admin/settings">Review settings</Link>
          <br />
          The attendance threshold for review team meetings and how often practitioners are contacted.
        </li>
      </ul>
    </>
  );
}
