"""The `cspr` command."""

from __future__ import annotations

import enum
import json
import secrets
import sys
import uuid
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.config import ROOT, get_settings


class LogLevel(enum.StrEnum):
    critical = "critical"
    error = "error"
    warning = "warning"
    info = "info"
    debug = "debug"


app = typer.Typer(help="CSPR Hub: serve, migrate and administer.", no_args_is_help=True)


def _session() -> Session:
    from api.db import get_sessionmaker

    return get_sessionmaker()()


@app.command()
def migrate(
    revision: Annotated[str, typer.Argument(help="target revision")] = "head",
    downgrade: Annotated[bool, typer.Option(help="downgrade to the revision")] = False,
) -> None:
    """Apply database migrations (to head by default).

    At head, every review's stored next deadline is then recomputed: it is derived from the
    statutory rules held in the code, which a new version may have changed."""
    from alembic import command

    from api.health import alembic_config

    _ensure_data_dir()
    config = alembic_config()
    if downgrade:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)
    typer.echo(f"database migrated to {revision}")
    if not downgrade and revision == "head":
        from api.reviews.service import refresh_all_deadlines

        with _session() as session:
            changed = refresh_all_deadlines(session)
            session.commit()
        reviews = "review" if changed == 1 else "reviews"
        typer.echo(f"next deadline of {changed} {reviews} brought up to date")


def _ensure_data_dir() -> None:
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if settings.is_sqlite:
        path = settings.database_url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


@app.command("seed-demo")
def seed_demo() -> None:
    """Load the fictional Demoshire partnership (once) and print its logins."""
    from api.demo import DEMO_PASSWORD, demo_logins
    from api.demo import seed_demo as seed

    with _session() as session:
        created = seed(session)
        session.commit()
    typer.echo("demo data loaded" if created is not None else "demo data already loaded")
    typer.echo(f"Demo logins (fictional people; password for all: {DEMO_PASSWORD})")
    for login in demo_logins():
        typer.echo(f"  {login.role:<18} {login.email:<36} {login.agency or ''}")


@app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(prompt=True)],
    name: Annotated[str, typer.Option(prompt=True)],
    partnership_code: Annotated[str, typer.Option(prompt=True)],
    partnership_name: Annotated[str | None, typer.Option(help="creates the partnership")] = None,
    password: Annotated[str | None, typer.Option(help="prompted when absent")] = None,
) -> None:
    """Create a partnership administrator (and the partnership, given its name)."""
    from pydantic import ValidationError

    from api.domain_errors import DomainError
    from api.learning.service import default_themes
    from api.partnerships.models import Partnership
    from api.security.roles import Role
    from api.users.schemas import UserCreate
    from api.users.service import create_first_admin

    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        body = UserCreate(
            email=email, name=name, role=Role.partnership_admin, password=password or ""
        )
    except ValidationError as exc:
        for error in exc.errors():
            typer.echo(f"{'.'.join(map(str, error['loc']))}: {error['msg']}", err=True)
        raise typer.Exit(2) from exc
    with _session() as session:
        partnership = session.scalars(
            select(Partnership).where(Partnership.code == partnership_code)
        ).first()
        if partnership is None:
            if not partnership_name:
                typer.echo(f"no partnership {partnership_code}; pass --partnership-name", err=True)
                raise typer.Exit(2)
            partnership = Partnership(code=partnership_code, name=partnership_name)
            session.add(partnership)
            session.flush()
            default_themes(session, partnership.id)
        try:
            create_first_admin(session, partnership.id, body)
        except DomainError as exc:
            typer.echo(exc.detail, err=True)
            raise typer.Exit(1) from exc
        session.commit()
    typer.echo(f"administrator {email.lower()} created in {partnership_code}")


@app.command("create-client")
def create_client(
    partnership_code: Annotated[str, typer.Option()],
    agency: Annotated[str, typer.Option(help="agency name")],
    name: Annotated[str, typer.Option()],
    scopes: Annotated[str, typer.Option(help="space-separated")] = "reviews:read alerts:write",
) -> None:
    """Register an agency system and print its client id and secret (shown once)."""
    from api.clients.models import ApiClient
    from api.partnerships.models import Agency, Partnership
    from api.security.passwords import hash_password
    from api.security.scopes import AGENCY_SYSTEM, ROLE_SCOPES

    wanted = set(scopes.split())
    refused = wanted - ROLE_SCOPES[AGENCY_SYSTEM]
    if refused or not wanted:
        typer.echo(f"scopes not allowed for agency systems: {' '.join(sorted(refused))}", err=True)
        raise typer.Exit(2)
    with _session() as session:
        row = (
            session.execute(
                select(Agency)
                .join(Partnership)
                .where(Partnership.code == partnership_code, Agency.name == agency)
            )
            .scalars()
            .first()
        )
        if row is None:
            typer.echo("no such agency in that partnership", err=True)
            raise typer.Exit(1)
        secret = "cspr_s_" + secrets.token_urlsafe(32)
        client = ApiClient(
            partnership_id=row.partnership_id,
            agency_id=row.id,
            client_id="cspr_c_" + secrets.token_hex(12),
            name=name,
            secret_hash=hash_password(secret),
            scopes=sorted(wanted),
        )
        session.add(client)
        session.commit()
        typer.echo(f"client_id={client.client_id}")
        typer.echo(f"client_secret={secret}")


@app.command("purge-idempotency")
def purge_idempotency() -> None:
    """Delete Idempotency-Key records older than a day (each server worker also does this on
    a schedule, CSPR_IDEMPOTENCY_PURGE_SECONDS)."""
    from api.idempotency import purge_expired

    removed = purge_expired()
    typer.echo(f"deleted {removed} expired idempotency records")


@app.command("sweep-files")
def sweep_files(
    older_than_hours: Annotated[
        float, typer.Option(min=1, help="grace period: leave anything younger alone")
    ] = 24,
    dry_run: Annotated[bool, typer.Option(help="report what would go; remove nothing")] = False,
) -> None:
    """Remove what interrupted uploads left in the file store: temporary files, unfinished
    multipart uploads, and objects no stored file's record names, older than the grace
    period (longer than any upload takes)."""
    import anyio

    from api.clock import clock
    from api.db import get_sessionmaker
    from api.files.store import get_store
    from api.files.sweep import sweep

    before = clock.now() - timedelta(hours=older_than_hours)
    swept = anyio.run(partial(sweep, get_store(), get_sessionmaker(), before, dry_run=dry_run))
    verb = "would remove" if dry_run else "removed"
    typer.echo(
        f"{verb} {len(swept.orphans)} orphaned files; removed {swept.partial} partial uploads; "
        f"kept {swept.kept} files with records"
    )


@app.command("export-openapi")
def export_openapi(
    output: Annotated[Path, typer.Option()] = ROOT / "openapi" / "openapi.json",
    check: Annotated[bool, typer.Option(help="fail if the file differs")] = False,
) -> None:
    """Write the OpenAPI document (or, with --check, fail when the committed one drifted)."""
    from api.main import create_app

    text = json.dumps(create_app().openapi(), indent=2, ensure_ascii=False) + "\n"
    if check:
        if not output.exists() or output.read_text() != text:
            typer.echo(f"{output} is stale: run `make openapi`", err=True)
            raise typer.Exit(1)
        typer.echo(f"{output} is up to date")
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text)
    typer.echo(f"wrote {output}")


@app.command("rotate-key")
def rotate_key() -> None:
    """Add a new signing key: published at once, it signs once every running process has
    had CSPR_KEY_RELOAD_SECONDS to see it; older keys keep verifying until retired."""
    from api.security.tokens import generate_key_file

    path = generate_key_file(get_settings().keys_dir)
    typer.echo(f"new signing key {path.stem}")


@app.command("retire-key")
def retire_key(kid: str) -> None:
    """Stop accepting tokens signed with key KID, in every running process within
    CSPR_KEY_RELOAD_SECONDS."""
    from api.security.tokens import get_key_store

    try:
        get_key_store().retire(kid)
    except KeyError:
        typer.echo(f"no signing key {kid}", err=True)
        raise typer.Exit(1) from None
    except ValueError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(1) from None
    typer.echo(f"retired {kid}")


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="worker processes, each with its own socket")
    ] = 1,
    migrate_first: Annotated[bool, typer.Option("--migrate/--no-migrate")] = True,
    log_level: Annotated[LogLevel, typer.Option()] = LogLevel.info,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log")] = True,
) -> None:
    """Serve the API, the docs and the web front end."""
    from api.serve import serve as serve_app

    if migrate_first:
        migrate("head")
    from api.security.tokens import get_key_store

    get_key_store()  # create the first signing key before workers race to
    typer.echo(f"CSPR Hub on http://{host}:{port}  (docs: http://{host}:{port}/api/docs)")
    status = serve_app(
        "api.main:app",
        host=host,
        port=port,
        workers=workers,
        log_level=log_level.value,
        access_log=access_log,
    )
    if status:
        raise typer.Exit(status)


audit_app = typer.Typer(help="Check and read the audit log.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


def _partnership_codes(session: Session) -> dict[str, str]:
    from api.partnerships.models import Partnership

    return {str(i): code for i, code in session.execute(select(Partnership.id, Partnership.code))}


@audit_app.command("verify")
def audit_verify() -> None:
    """Walk every audit chain; print OK with counts, or each chain's first broken link."""
    from api.audit.chain import DEPLOYMENT, verify

    with _session() as session:
        result = verify(session)
        codes = _partnership_codes(session)
    for chain in result.chains:
        name = (
            "deployment (no partnership)"
            if chain.key == DEPLOYMENT
            else f"partnership {codes.get(chain.key, '(deleted)')} {chain.key}"
        )
        waiting = f", {chain.unchained} read events not yet chained" if chain.unchained else ""
        if chain.problem is None:
            typer.echo(
                f"{name}: {chain.events} events, head seq {chain.last_seq} {chain.last_hash}"
                + waiting
            )
            continue
        where = f" at seq {chain.at_seq}" if chain.at_seq is not None else ""
        event = f", event {chain.event_id}" if chain.event_id is not None else ""
        typer.echo(f"BROKEN {name}{where}{event}: {chain.problem}")
    chains = len(result.chains)
    if result.broken:
        typer.echo(
            f"FAILED: {len(result.broken)} of {chains} chains broken ({result.events} events)",
            err=True,
        )
        raise typer.Exit(1)
    waiting = f"; {result.unchained} read events not yet chained" if result.unchained else ""
    typer.echo(f"OK: {result.events} events in {chains} chains{waiting}")


@audit_app.command("seal")
def audit_seal() -> None:
    """Chain every read's audit event still waiting (each partnership's next change would),
    e.g. before a backup or an audit export."""
    from api.audit.chain import seal

    with _session() as session:
        chained = seal(session)
    typer.echo(f"chained {chained} events")


def _moment(value: str) -> datetime:
    from datetime import UTC

    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter("a date or timestamp in ISO form, e.g. 2026-11-30") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


@audit_app.command("list")
def audit_list(
    since: Annotated[
        str | None, typer.Option(help="from this date or timestamp (ISO; UTC unless stated)")
    ] = None,
    action: Annotated[str | None, typer.Option(help="only this action, e.g. auth.login")] = None,
    partnership: Annotated[
        str | None, typer.Option(help="only this partnership (code or id)")
    ] = None,
    no_partnership: Annotated[
        bool, typer.Option("--no-partnership", help="only events with no partnership")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 100,
) -> None:
    """Print audit events, newest first, one a line: those of every partnership, and those
    with none (failed sign-ins to unknown addresses) that no partnership can read."""
    from api.audit.models import AuditEvent
    from api.partnerships.models import Partnership

    if partnership is not None and no_partnership:
        raise typer.BadParameter("give --partnership or --no-partnership, not both")
    starting = _moment(since) if since is not None else None
    statement = (
        select(AuditEvent, Partnership.code)
        .outerjoin(Partnership, Partnership.id == AuditEvent.partnership_id)
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    if starting is not None:
        statement = statement.where(AuditEvent.occurred_at >= starting)
    if action is not None:
        statement = statement.where(AuditEvent.action == action)
    if no_partnership:
        statement = statement.where(AuditEvent.partnership_id.is_(None))
    with _session() as session:
        if partnership is not None:
            found = session.scalars(
                select(Partnership.id).where(Partnership.code == partnership)
            ).first() or _as_uuid(partnership)
            if found is None:
                typer.echo(f"no partnership {partnership}", err=True)
                raise typer.Exit(1)
            statement = statement.where(AuditEvent.partnership_id == found)
        for event, code in session.execute(statement):
            typer.echo(_audit_line(event, code))


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _audit_line(event: Any, code: str | None) -> str:
    """One event as a line: what the event holds, nothing looked up beyond the partnership's
    code."""
    parts = [
        event.occurred_at.isoformat(timespec="seconds"),
        code or "-",
        f"#{event.seq}" if event.seq is not None else "#unchained",
        event.action,
        event.outcome,
        event.actor_type + (f":{event.actor_id}" if event.actor_id else ""),
    ]
    if event.record_type or event.record_id:
        parts.append(f"record={event.record_type or ''}:{event.record_id or ''}")
    if event.review_id:
        parts.append(f"review={event.review_id}")
    if event.ip_address:
        parts.append(f"ip={event.ip_address}")
    if event.request_id:
        parts.append(f"request={event.request_id}")
    if event.details:
        parts.append("details=" + json.dumps(event.details, sort_keys=True, ensure_ascii=False))
    return " ".join(parts)


def main() -> None:  # pragma: no cover
    sys.exit(app())


if __name__ == "__main__":  # pragma: no cover
    main()
