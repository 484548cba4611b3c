import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, asProblem, call, ifMatch, unwrap } from "../../api/client";
import type { Problem } from "../../api/problem";
import type { AttendanceRates, Meeting, MeetingKind, MemberAttendanceStatus, Practitioner, PractitionerAttendanceStatus, TeamMember } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { NoAccess, ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, formatDateTime, Tag } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, DateInput, ErrorSummary, Radios, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, emptyDate, useForm } from "../../forms/useForm";
import { loadAttendance, loadMeetings, loadPractitioners, loadTeam } from "./data";
import { AlreadyDone, ConfirmWithReason, managesReview, useSavedMessage } from "./ConfirmWithReason";
import { useReview } from "./ReviewLayout";

export const MEETING_KIND: Record<MeetingKind, string> = {
  review_team_meeting: "Review team meeting",
  practitioner_learning_event: "Practitioner learning event",
  family_meeting: "Family meeting",
  other: "Other meeting",
};

const MEMBER_STATUS: Record<MemberAttendanceStatus, string> = {
  attended: "Attended",
  apologies: "Apologies",
  deputy_sent: "Deputy sent",
  absent: "Absent",
};

const PRACTITIONER_STATUS: Record<PractitionerAttendanceStatus | "", string> = {
  "": "Not invited",
  invited: "Invited",
  attended: "Attended",
  declined: "Declined",
};

const STATUS_TAG = { scheduled: ["Scheduled", "blue"], held: ["Held", "green"], cancelled: ["Cancelled", "grey"] } as const;

/** A review's meetings: the list for everyone; scheduling and attendance for the review's
 * lead reviewer and administrators; each member's attendance rate (their own, or all for the managers). */
export function MeetingsPage() {
  const { review } = useReview();
  const me = useMe();
  const manages = managesReview(me, review);
  const seesRates = me.role !== "viewer";
  const [done, setDone] = useState<string | null>(null);
  const returned = useSavedMessage();
  const banner = done ?? returned;
  const [recording, setRecording] = useState<string | null>(null);
  const data = useLoad(async () => {
    const [meetings, rates, team, practitioners] = await Promise.all([
      loadMeetings(review.id),
      seesRates ? unwrap(api.GET("/api/v1/reviews/{review_id}/attendance-rates", { params: { path: { review_id: review.id } } })) : Promise.resolve(null),
      loadTeam(review.id),
      manages ? loadPractitioners(review.id) : Promise.resolve([] as Practitioner[]),
    ]);
    return { meetings, rates, team: team.members, practitioners: practitioners.filter((p) => p.active) };
  }, [review.id, manages, seesRates]);

  const saved = async (message: string) => {
    setDone(message);
    setRecording(null);
    await data.reload();
  };

  return (
    <>
      {banner ? <Banner success heading={banner} /> : null}
      <PageHeading title={`${review.reference} – Meetings`}>Meetings</PageHeading>
      <p className="govuk-body">Review team meetings, practitioner learning events and family meetings, with who attended. Consistent attendance at review team meetings is part of each member's role.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          <MeetingList reviewId={review.id} meetings={data.data.meetings} manages={manages} onRecord={setRecording} />
          {manages && recording ? (
            <RecordAttendance
              key={recording}
              reviewId={review.id}
              meeting={data.data.meetings.find((m) => m.id === recording)!}
              team={data.data.team}
              practitioners={data.data.practitioners}
              onSaved={saved}
            />
          ) : null}
          {data.data.rates ? <Rates rates={data.data.rates} team={data.data.team} /> : <p className="govuk-body">Attendance rates are shown to each member and to the review's lead reviewer.</p>}
          {manages ? <Schedule reviewId={review.id} onSaved={saved} /> : null}
        </>
      ) : null}
    </>
  );
}

function where(m: Meeting): string {
  if (m.online && m.location) return `Online, or ${m.location}`;
  if (m.online) return "Online";
  return m.location ?? "Not recorded";
}

/** "the family meeting on 3 Mar 2026, 10:00": names one meeting in links and headings. */
function meetingName(m: Meeting): string {
  return `the ${MEETING_KIND[m.kind].toLowerCase()} on ${formatDateTime(m.held_at)}`;
}

const meetingsUrl = (reviewId: string) => `/reviews/${reviewId}/meetings`;

function MeetingList({ reviewId, meetings, manages, onRecord }: { reviewId: string; meetings: Meeting[]; manages: boolean; onRecord(id: string): void }) {
  if (meetings.length === 0) return <p className="govuk-body">No meetings have been scheduled yet.</p>;
  return (
    <div className="app-matrix" role="region" aria-label="Meetings" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Meetings</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Meeting</th>
            <th scope="col" className="govuk-table__header">Where</th>
            <th scope="col" className="govuk-table__header">Status</th>
            {manages ? <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th> : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {meetings.map((m) => (
            <tr className="govuk-table__row" key={m.id}>
              <th scope="row" className="govuk-table__header">
                {MEETING_KIND[m.kind]}
                <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">{formatDateTime(m.held_at)}</span>
                {m.agenda ? <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">{m.agenda}</span> : null}
                {m.status === "cancelled" && m.cancelled_reason ? <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block app-break-word">Cancelled: {m.cancelled_reason}</span> : null}
              </th>
              <td className="govuk-table__cell">{where(m)}</td>
              <td className="govuk-table__cell">
                <Tag colour={STATUS_TAG[m.status][1]}>{STATUS_TAG[m.status][0]}</Tag>
              </td>
              {manages ? (
                <td className="govuk-table__cell">
                  {m.status !== "cancelled" ? (
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onRecord(m.id)}>
                      Record attendance<span className="govuk-visually-hidden"> for {meetingName(m)}</span>
                    </button>
                  ) : null}
                  {m.status === "scheduled" ? (
                    <Link className="govuk-link govuk-!-display-block govuk-!-margin-top-2" to={`${meetingsUrl(reviewId)}/${m.id}/cancel`}>
                      Cancel meeting<span className="govuk-visually-hidden"> ({meetingName(m)})</span>
                    </Link>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Rates({ rates, team }: { rates: AttendanceRates; team: TeamMember[] }) {
  const names = new Map(team.map((t) => [t.member_id, `${t.name} (${t.agency_name})`] as const));
  return (
    <>
      <h2 className="govuk-heading-m">Attendance at review team meetings</h2>
      <p className="govuk-body">Attending in person and sending a deputy both count as attending. The partnership's threshold is {rates.threshold_percent}%.</p>
      {rates.members.length === 0 ? (
        <p className="govuk-body">No attendance to show.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced" aria-label="Attendance rates">
          {rates.members.map((r) => (
            <li key={r.member_id}>
              <strong>{names.get(r.member_id) ?? "A member"}</strong>: {r.meetings === 0 ? "no review team meeting held yet" : `attended ${r.attended} of ${r.meetings} (${r.rate_percent}%)`}{" "}
              {r.meetings ? <Tag colour={r.at_or_above ? "green" : "yellow"}>{r.at_or_above ? "At or above threshold" : "Below threshold"}</Tag> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Schedule({ reviewId, onSaved }: { reviewId: string; onSaved(message: string): Promise<void> }) {
  const blank = { kind: "review_team_meeting", on: emptyDate(), time: "", location: "", online: false, agenda: "", held: false };
  const form = useForm(blank, {
    idPrefix: "meeting-",
    dateFields: ["on"],
    validate: (v) => {
      const on = datePartsToIso(v.on);
      return collect([
        ["kind", check.required(v.kind, "Select the kind of meeting")],
        ["on", on === "" ? "Enter the date of the meeting" : on === null ? "The date of the meeting must be a real date" : undefined],
        ["time", /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/.test(v.time.trim()) ? undefined : "Enter the time as hours and minutes, for example 14:30"],
        ["location", !v.online && !v.location.trim() ? "Enter where the meeting is, or say it is online" : undefined],
      ]);
    },
  });
  const onSubmit = form.handleSubmit(async (v) => {
    const [h, m] = v.time.trim().split(":");
    const local = new Date(`${datePartsToIso(v.on)}T${h!.padStart(2, "0")}:${m}:00`);
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/meetings", {
        params: { path: { review_id: reviewId } },
        body: {
          kind: v.kind as MeetingKind,
          held_at: local.toISOString(),
          location: v.location.trim() || null,
          online: v.online,
          agenda: v.agenda.trim() || null,
          status: v.held ? "held" : "scheduled",
        },
      }),
    );
    form.setValues(blank);
    await onSaved(`${MEETING_KIND[v.kind as MeetingKind]} ${v.held ? "recorded" : "scheduled"}.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Schedule a meeting">
      <h2 className="govuk-heading-m">Schedule a meeting</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios {...form.field("kind")} legend="Kind of meeting" legendSize="s" small options={Object.entries(MEETING_KIND).map(([value, text]) => ({ value, text }))} />
      <DateInput {...form.field("on")} legend="Date" legendSize="s" hint="For example, 27 3 2026" />
      <TextInput {...form.field("time")} label="Time" hint="In 24-hour time, for example 14:30" width="5" inputMode="numeric" />
      <TextInput {...form.field("location")} label="Where (optional if online)" width="two-thirds" />
      <Checkbox {...form.field("online")} label="Held online" />
      <Textarea {...form.field("agenda")} label="Agenda (optional)" labelClassName="govuk-label--s" rows={3} />
      <Checkbox {...form.field("held")} label="This meeting has already taken place" />
      <Button secondary>Schedule meeting</Button>
    </form>
  );
}

function RecordAttendance({ reviewId, meeting, team, practitioners, onSaved }: { reviewId: string; meeting: Meeting; team: TeamMember[]; practitioners: Practitioner[]; onSaved(message: string): Promise<void> }) {
  const day = meeting.held_at.slice(0, 10);
  const seats = team.filter((t) => t.joined_on <= day);
  const [members, setMembers] = useState<Record<string, MemberAttendanceStatus | "">>({});
  const [invited, setInvited] = useState<Record<string, PractitionerAttendanceStatus | "">>({});
  const [markHeld, setMarkHeld] = useState(meeting.status === "scheduled" && new Date(meeting.held_at) <= new Date());
  const [problem, setProblem] = useState<Problem | null>(null);
  const existing = useLoad(async () => {
    const recorded = await loadAttendance(reviewId, meeting.id);
    setMembers(Object.fromEntries(recorded.members.map((r) => [r.member_id, r.status])));
    setInvited(Object.fromEntries(recorded.practitioners.map((r) => [r.practitioner_id, r.status])));
    return recorded;
  }, [reviewId, meeting.id]);
  const missing = seats.filter((s) => !members[s.member_id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (missing.length) {
      setProblem({ title: "Record attendance for every member", detail: `Select an answer for ${missing.map((s) => s.name).join(", ")}.`, status: 0, type: "about:blank" });
      return;
    }
    try {
      const path = { review_id: reviewId, meeting_id: meeting.id };
      let current = await call(api.GET("/api/v1/reviews/{review_id}/meetings/{meeting_id}", { params: { path } }));
      if (markHeld && current.data.status === "scheduled") {
        current = await call(api.PATCH("/api/v1/reviews/{review_id}/meetings/{meeting_id}", { params: { path, header: ifMatch(current.etag) }, body: { status: "held" } }));
      }
      await call(
        api.PUT("/api/v1/reviews/{review_id}/meetings/{meeting_id}/attendance", {
          params: { path, header: ifMatch(current.etag) },
          body: {
            members: seats.map((s) => ({ member_id: s.member_id, status: members[s.member_id] as MemberAttendanceStatus })),
            practitioners: Object.entries(invited)
              .filter(([, status]) => status)
              .map(([practitioner_id, status]) => ({ practitioner_id, status: status as PractitionerAttendanceStatus })),
          },
        }),
      );
      await onSaved(`Attendance recorded for the ${MEETING_KIND[meeting.kind].toLowerCase()} on ${formatDateTime(meeting.held_at)}.`);
    } catch (e) {
      setProblem(asProblem(e));
    }
  };

  if (existing.status === "loading") return <Loading />;
  if (existing.status === "error") return <ProblemBanner problem={existing.problem} />;
  return (
    <form noValidate onSubmit={submit} aria-label="Record attendance">
      <h2 className="govuk-heading-m">
        Record attendance<span className="govuk-caption-m">{MEETING_KIND[meeting.kind]}, {formatDateTime(meeting.held_at)}</span>
      </h2>
      {problem ? <ProblemBanner problem={problem} /> : null}
      <AttendanceTable caption="Members" rows={seats.map((s) => ({ id: s.member_id, name: `${s.name} (${s.agency_name})` }))} options={MEMBER_STATUS} value={members} onChange={(id, v) => setMembers({ ...members, [id]: v as MemberAttendanceStatus })} />
      {practitioners.length ? (
        <AttendanceTable caption="Practitioners" rows={practitioners.map((p) => ({ id: p.id, name: p.name }))} options={PRACTITIONER_STATUS} value={invited} onChange={(id, v) => setInvited({ ...invited, [id]: v as PractitionerAttendanceStatus | "" })} />
      ) : null}
      {meeting.status === "scheduled" ? (
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="mark-held" type="checkbox" checked={markHeld} onChange={(e) => setMarkHeld(e.target.checked)} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="mark-held">
                The meeting took place
              </label>
            </div>
          </div>
        </div>
      ) : null}
      <Button>Save attendance</Button>
    </form>
  );
}

/** A table of radios: one row per person, one radio per answer (each labelled with the person for screen readers). */
function AttendanceTable({ caption, rows, options, value, onChange }: { caption: string; rows: { id: string; name: string }[]; options: Record<string, string>; value: Record<string, string>; onChange(id: string, v: string): void }) {
  const answers = Object.entries(options);
  return (
    <div className="app-matrix" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            {answers.map(([k, text]) => (
              <th scope="col" className="govuk-table__header" key={k}>
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr className="govuk-table__row" key={r.id}>
              <th scope="row" className="govuk-table__header">
                {r.name}
              </th>
              {answers.map(([k, text]) => (
                <td className="govuk-table__cell" key={k}>
                  <div className="govuk-radios govuk-radios--small">
                    <div className="govuk-radios__item">
                      <input className="govuk-radios__input" type="radio" id={`att-${r.id}-${k || "none"}`} name={`att-${r.id}`} value={k} checked={(value[r.id] ?? "") === k} onChange={() => onChange(r.id, k)} />
                      <label className="govuk-label govuk-radios__label" htmlFor={`att-${r.id}-${k || "none"}`}>
                        <span className="govuk-visually-hidden">
                          {r.name}: {text}
                        </span>
                      </label>
                    </div>
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Cancelling a scheduled meeting, on its own page: the review's managers only; the meeting is
 * kept with the reason (the API refuses once it has been held or cancelled). */
export function CancelMeetingPage() {
  const { review } = useReview();
  const me = useMe();
  const { meetingId = "" } = useParams();
  const navigate = useNavigate();
  const manages = managesReview(me, review);
  const data = useLoad(async () => (manages ? unwrap(api.GET("/api/v1/reviews/{review_id}/meetings/{meeting_id}", { params: { path: { review_id: review.id, meeting_id: meetingId } } })) : null), [review.id, meetingId, manages]);
  if (!manages) return <NoAccess />;
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const meeting = data.data!;
  const back = meetingsUrl(review.id);
  if (meeting.status !== "scheduled") {
    return (
      <AlreadyDone heading="This meeting cannot be cancelled" backTo={back} backText="Meetings">
        {meeting.status === "held" ? `${MEETING_KIND[meeting.kind]} on ${formatDateTime(meeting.held_at)} has been held.` : `${MEETING_KIND[meeting.kind]} on ${formatDateTime(meeting.held_at)} is already cancelled.`}
      </AlreadyDone>
    );
  }
  return (
    <ConfirmWithReason
      heading={`Cancel ${meetingName(meeting)}`}
      backTo={back}
      backText="Meetings"
      keepText="Keep the meeting"
      warning="Cancelling cannot be undone. The meeting stays on the list as cancelled, with your reason, and no attendance can be recorded for it."
      reasonLabel="Why is the meeting cancelled?"
      reasonHint="The review team sees the reason, for example chair unwell: a new date will follow"
      reasonMissing="Enter why the meeting is cancelled"
      minLength={2}
      confirmLabel="I want to cancel this meeting"
      confirmMissing="Confirm that you want to cancel the meeting"
      submit="Cancel meeting"
      onConfirm={async (reason) => {
        const cancelled = await unwrap(api.POST("/api/v1/reviews/{review_id}/meetings/{meeting_id}/cancel", { params: { path: { review_id: review.id, meeting_id: meeting.id } }, body: { reason } }));
        navigate(back, { state: { saved: `${MEETING_KIND[cancelled.kind]} on ${formatDateTime(cancelled.held_at)} cancelled.` } });
      }}
    />
  );
}
