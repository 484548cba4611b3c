/**
 * Generated from openapi/openapi.json by `npm run gen:api` (openapi-typescript).
 * Do not edit by hand: `npm run check:api` fails when this file is stale.
 */

export interface paths {
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token (OAuth 2.0)
         * @description Form-encoded OAuth 2.0 token endpoint.
         *
         *     - `grant_type=password`: `username` (e-mail), `password`, and `totp` once the account has a second factor. Returns a refresh token too.
         *     - `grant_type=client_credentials`: an agency system's `client_id` and `client_secret` (form fields or HTTP Basic).
         *     - `grant_type=refresh_token`: `refresh_token`; the old one is spent, and reusing a spent one revokes every token descended from the same sign-in.
         *
         *     `scope` (space-separated) narrows what the token may do.
         */
        post: operations["token_api_v1_auth_token_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a refresh token (RFC 7009)
         * @description Revokes the token and every token rotated from the same sign-in. Answers 200 whether or not the token was known.
         */
        post: operations["revoke_api_v1_auth_revoke_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in from the web front end
         * @description Like the password grant, but the refresh token is set as an HttpOnly, SameSite=Strict cookie and never exposed to scripts.
         */
        post: operations["create_session_api_v1_auth_session_post"];
        /**
         * Sign out of the web front end
         * @description Revokes the sign-in the refresh cookie belongs to and clears the cookie. Needs no access token, so a person whose token has expired can still sign out.
         */
        delete: operations["delete_session_api_v1_auth_session_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Silent refresh for the web front end (cookie) */
        post: operations["refresh_session_api_v1_auth_session_refresh_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that sign access tokens */
        get: operations["jwks__well_known_jwks_json_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: operations["get_me_api_v1_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name */
        patch: operations["update_me_api_v1_me_patch"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description A wrong current password counts towards the same limits as a failed sign-in to the account (429 with Retry-After once reached) and is audited.
         */
        post: operations["change_password_api_v1_me_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling an authenticator app
         * @description Returns a new secret and its otpauth:// URI. The second factor is switched on only when confirmed with a first code.
         */
        post: operations["start_totp_api_v1_me_totp_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm enrolment with a first code
         * @description A wrong code counts towards the same limits as a failed sign-in to the account (429 with Retry-After once reached) and is audited.
         */
        post: operations["confirm_totp_api_v1_me_totp_confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove my second factor
         * @description A wrong code counts towards the same limits as a failed sign-in to the account (429 with Retry-After once reached) and is audited.
         */
        post: operations["remove_totp_api_v1_me_totp_remove_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the partnership's agencies */
        get: operations["list_agencies_api_v1_agencies_get"];
        put?: never;
        /** Add an agency */
        post: operations["create_agency_api_v1_agencies_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{agency_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency */
        get: operations["get_agency_api_v1_agencies__agency_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an agency */
        patch: operations["update_agency_api_v1_agencies__agency_id__patch"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["list_users_api_v1_users_get"];
        put?: never;
        /** Create a user */
        post: operations["create_user_api_v1_users_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["get_user_api_v1_users__user_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's name, role, agency or active flag
         * @description Disabling a user or changing their role or agency takes effect on their next request, whatever tokens they hold, and ends every sign-in (refresh token) they have. A user holding an active seat on a review team cannot change agency, nor leave the member role, until the seat is ended (409 naming the reviews).
         */
        patch: operations["update_user_api_v1_users__user_id__patch"];
        trace?: never;
    };
    "/api/v1/users/{user_id}/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a user's second factor (lost device)
         * @description The user must enrol again at their next sign-in.
         */
        post: operations["reset_totp_api_v1_users__user_id__totp_reset_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API clients */
        get: operations["list_clients_api_v1_clients_get"];
        put?: never;
        /**
         * Register an agency system
         * @description The response carries `client_secret` once; it cannot be read again.
         */
        post: operations["create_client_api_v1_clients_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API client */
        get: operations["get_client_api_v1_clients__client_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, change scopes or disable an API client */
        patch: operations["update_client_api_v1_clients__client_id__patch"];
        trace?: never;
    };
    "/api/v1/clients/{client_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new secret (the old one stops working at once) */
        post: operations["rotate_secret_api_v1_clients__client_id__secret_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partnership's audit trail
         * @description Newest first.
         */
        get: operations["list_audit_api_v1_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reviews
         * @description The reviews the caller reaches: all of the partnership's for administrators and viewers, those they lead for lead reviewers, those they sit or sat on for members, those their agency sits on for agency systems. Ordered by last change, oldest first, so `updated_since` and the cursor make a change feed.
         */
        get: operations["list_reviews_api_v1_reviews_get"];
        put?: never;
        /**
         * Open a review from a serious incident notification
         * @description Gives the review its reference, `CODE-YYYY-NNN`, the next number of the partnership's year (unique and gapless under concurrent creation).
         */
        post: operations["create_review_api_v1_reviews_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review */
        get: operations["get_review_api_v1_reviews__review_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a review
         * @description Dates, decision, terms of reference, publication details. Only an administrator changes the lead reviewer. Status changes go through `POST /reviews/{id}/transitions`.
         */
        patch: operations["update_review_api_v1_reviews__review_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A review's lifecycle history */
        get: operations["list_transitions_api_v1_reviews__review_id__transitions_get"];
        put?: never;
        /**
         * Move a review to its next status
         * @description Checked against the lifecycle: allowed from the current status, every precondition met (a 409 lists each unmet one with a machine `code`), and asked by an administrator or the review's lead reviewer. An administrator may waive the overridable preconditions with `override: true` and a reason.
         */
        post: operations["transition_api_v1_reviews__review_id__transitions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's statutory deadlines
         * @description Every rule of the partnership's rule set (with its overrides), each with `status` met, due, overdue or not_applicable, `met_on` where met and `working_days_left` where due. A rule the review's status does not pursue (its `applies_in` in `GET /partnership/rules`) is met or not_applicable, never due.
         */
        get: operations["get_deadlines_api_v1_reviews__review_id__deadlines_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/family-involvement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's family involvement notes
         * @description For the partnership's administrators and the review's lead reviewer only (403 for anyone else who reaches the review): the notes are identifying details, encrypted at rest. Every read that returns notes is audited (`review.family_notes_read`). The ETag is the review's.
         */
        get: operations["get_family_involvement_api_v1_reviews__review_id__family_involvement_get"];
        /**
         * Replace a review's family involvement notes
         * @description For the partnership's administrators and the review's lead reviewer only (403 for anyone else who reaches the review): the notes are identifying details, encrypted at rest. Needs `If-Match` with the review's ETag; answers the review's new one.
         */
        put: operations["put_family_involvement_api_v1_reviews__review_id__family_involvement_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's subjects
         * @description Role and pseudonym for everyone who reaches the review; identifying details only for those entitled (see `SubjectOut`), and every such read audited.
         */
        get: operations["list_subjects_api_v1_reviews__review_id__subjects_get"];
        put?: never;
        /**
         * Add a person in the case
         * @description Administrators and the review's lead reviewer. Identifying details are encrypted at rest.
         */
        post: operations["create_subject_api_v1_reviews__review_id__subjects_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/subjects/{subject_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subject */
        get: operations["get_subject_api_v1_reviews__review_id__subjects__subject_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a subject */
        patch: operations["update_subject_api_v1_reviews__review_id__subjects__subject_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alert confirmations on a review */
        get: operations["list_alerts_api_v1_reviews__review_id__alerts_get"];
        put?: never;
        /**
         * Confirm the "subject to a Rapid Review" alert is on a record
         * @description A member (with a current seat) or an agency's system confirms for its own agency; an administrator names the agency. One confirmation per subject per agency: the same confirmation again answers 200 with the first one; another date answers 409.
         */
        post: operations["confirm_alert_api_v1_reviews__review_id__alerts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review team's seats
         * @description Current and past seats (leaving is recorded, never deleted).
         */
        get: operations["list_members_api_v1_reviews__review_id__members_get"];
        put?: never;
        /**
         * Seat a user as their agency's member (or a deputy)
         * @description Administrators and the review's lead reviewer. One active member per agency per review (409 otherwise); deputies do not count. A member's checklist is made from the partnership's current template.
         */
        post: operations["add_member_api_v1_reviews__review_id__members_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One seat */
        get: operations["get_member_api_v1_reviews__review_id__members__member_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/members/{member_id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a member left, and why
         * @description The seed document asks members to stay for the whole review, so a change is recorded with its reason; the seat and its checklist are kept.
         */
        post: operations["leave_api_v1_reviews__review_id__members__member_id__leave_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/members/{member_id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's duty checklist
         * @description One item per duty of the seed document. Derived items (`derived: true`) are computed from the data with the `evidence` they rest on; the others are set by hand (`derivable_later: true` where a later release will derive them).
         */
        get: operations["get_checklist_api_v1_reviews__review_id__members__member_id__checklist_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/members/{member_id}/checklist/{duty}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One checklist item */
        get: operations["get_item_api_v1_reviews__review_id__members__member_id__checklist__duty__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a manual item's status, or a note
         * @description The member (or their agency's active deputy) sets status and note; an administrator may set the note. A derived item's status cannot be set (409).
         */
        patch: operations["update_item_api_v1_reviews__review_id__members__member_id__checklist__duty__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/members/{member_id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's declarations, oldest first */
        get: operations["list_declarations_api_v1_reviews__review_id__members__member_id__declarations_get"];
        put?: never;
        /**
         * Declare for the agency
         * @description Confidentiality acknowledged, voice-of-the-child attestation (with a note), the agency's performance/development lead, no practitioners involved (409 while the agency has active practitioners). The latest of each kind completes the matching checklist item. Parallel proceedings are records of their own: `/reviews/{review_id}/proceedings` (earlier proceedings declarations are listed here as history).
         */
        post: operations["declare_api_v1_reviews__review_id__members__member_id__declarations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole team at a glance
         * @description Per active member: checklist completion and what is outstanding.
         */
        get: operations["get_team_api_v1_reviews__review_id__team_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/proceedings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's parallel proceedings
         * @description Every agency's, for everyone who reaches the review.
         */
        get: operations["list_proceedings_api_v1_reviews__review_id__proceedings_get"];
        put?: never;
        /**
         * Record a parallel proceeding
         * @description A member with a current seat records their own agency's; administrators and the review's lead reviewer record for any agency on the review. One that holds publication keeps the review from publication until it is concluded or no longer holds it.
         */
        post: operations["create_proceeding_api_v1_reviews__review_id__proceedings_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/no-proceedings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agencies' "no parallel proceedings" declarations, oldest first */
        get: operations["list_none_api_v1_reviews__review_id__no_proceedings_get"];
        put?: never;
        /**
         * Declare that an agency knows of no parallel proceeding
         * @description A member with a current seat records their own agency's; administrators and the review's lead reviewer record for any agency on the review. Dated; the latest counts, and completes the agency's parallel-proceedings duty. Refused (409) once the agency has recorded a proceeding.
         */
        post: operations["declare_none_api_v1_reviews__review_id__no_proceedings_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/proceedings/{proceeding_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One parallel proceeding */
        get: operations["get_proceeding_api_v1_reviews__review_id__proceedings__proceeding_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a parallel proceeding, or end it
         * @description A member with a current seat records their own agency's; administrators and the review's lead reviewer record for any agency on the review. Ending one is `status: concluded` (dated); it is never deleted.
         */
        patch: operations["update_proceeding_api_v1_reviews__review_id__proceedings__proceeding_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/practitioners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's practitioners
         * @description Answered with the practitioners the caller may see in full: every one for the partnership's administrators and the review's lead reviewer; their own agency's for a member (or deputy) seated on the review and for the agency's own system; none for anyone else (the counts are at `/practitioner-counts`). Every answer carrying a practitioner's name and contact details is audited.
         */
        get: operations["list_practitioners_api_v1_reviews__review_id__practitioners_get"];
        put?: never;
        /**
         * Add a practitioner of the caller's agency
         * @description A member (or deputy) seated on the review, or their agency's own system, for their own agency's practitioners only; administrators and lead reviewers read but do not change an agency's list (403). Name and contact details are encrypted at rest.
         */
        post: operations["create_practitioner_api_v1_reviews__review_id__practitioners_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/practitioner-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many practitioners each agency has on the review
         * @description Counts only, no personal details: for everyone who reaches the review.
         */
        get: operations["practitioner_summary_api_v1_reviews__review_id__practitioner_counts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/practitioners/by-ref/{external_ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a practitioner by the agency system's own id
         * @description For an agency's nightly sync: creates the caller's agency's practitioner known by `external_ref` (201), or replaces every field of the one that exists (200; If-Match required, 428 without it, 412 if stale). A push identical to what is stored changes nothing: no new version, no audit event but the read. A member (or deputy) seated on the review, or their agency's own system, for their own agency's practitioners only; administrators and lead reviewers read but do not change an agency's list (403).
         */
        put: operations["put_practitioner_api_v1_reviews__review_id__practitioners_by_ref__external_ref__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/practitioners/{practitioner_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One practitioner
         * @description Answered with the practitioners the caller may see in full: every one for the partnership's administrators and the review's lead reviewer; their own agency's for a member (or deputy) seated on the review and for the agency's own system; none for anyone else (the counts are at `/practitioner-counts`). Every answer carrying a practitioner's name and contact details is audited.
         */
        get: operations["get_practitioner_api_v1_reviews__review_id__practitioners__practitioner_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a practitioner
         * @description A member (or deputy) seated on the review, or their agency's own system, for their own agency's practitioners only; administrators and lead reviewers read but do not change an agency's list (403). A withdrawn practitioner is kept as it was (409).
         */
        patch: operations["update_practitioner_api_v1_reviews__review_id__practitioners__practitioner_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a practitioner
         * @description A dated state with a reason, never a delete: the record and its contact log are kept. A member (or deputy) seated on the review, or their agency's own system, for their own agency's practitioners only; administrators and lead reviewers read but do not change an agency's list (403).
         */
        post: operations["withdraw_practitioner_api_v1_reviews__review_id__practitioners__practitioner_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A practitioner's contact log, oldest first
         * @description Append-only: corrections are later entries naming the one they correct. Read as the practitioner is.
         */
        get: operations["list_contacts_api_v1_reviews__review_id__practitioners__practitioner_id__contacts_get"];
        put?: never;
        /**
         * Record a contact with a practitioner
         * @description Kinds: introduction, update, pre-event briefing, aftercare, other; `contacted_on` not in the future. Entries are never changed or deleted; to correct one, add another naming it in `corrects`. A member (or deputy) seated on the review, or their agency's own system, for their own agency's practitioners only; administrators and lead reviewers read but do not change an agency's list (403).
         */
        post: operations["add_contact_api_v1_reviews__review_id__practitioners__practitioner_id__contacts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry of a practitioner's contact log */
        get: operations["get_contact_api_v1_reviews__review_id__practitioners__practitioner_id__contacts__contact_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's meetings, in the order they are held
         * @description For everyone who reaches the review.
         */
        get: operations["list_meetings_api_v1_reviews__review_id__meetings_get"];
        put?: never;
        /**
         * Schedule a meeting (or record one already held)
         * @description The review's lead reviewer or a partnership administrator.
         */
        post: operations["create_meeting_api_v1_reviews__review_id__meetings_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/meetings/{meeting_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting */
        get: operations["get_meeting_api_v1_reviews__review_id__meetings__meeting_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a meeting, or mark it held
         * @description The review's lead reviewer or a partnership administrator. Send `If-Match`. A cancelled meeting cannot change (409); a meeting in the future cannot be marked held (422).
         */
        patch: operations["update_meeting_api_v1_reviews__review_id__meetings__meeting_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/meetings/{meeting_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a meeting
         * @description The review's lead reviewer or a partnership administrator. Kept, with the reason; refused (409) once held or cancelled.
         */
        post: operations["cancel_meeting_api_v1_reviews__review_id__meetings__meeting_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/meetings/{meeting_id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting's attendance
         * @description For everyone who reaches the review. A practitioner's name is shown only to those who may read the practitioner (administrators, the lead reviewer, the practitioner's own agency); others see ids and counts. The ETag is the meeting's.
         */
        get: operations["get_attendance_api_v1_reviews__review_id__meetings__meeting_id__attendance_get"];
        /**
         * Record a meeting's attendance, the whole table at once
         * @description The review's lead reviewer or a partnership administrator. Send `If-Match` with the meeting's ETag. Each seat active on the meeting's day: `attended`, `apologies`, `deputy_sent` or `absent`; each invited practitioner (active, of this review): `invited`, `attended` or `declined`. Anything else is refused (422, naming the row). Replaces what was recorded before.
         */
        put: operations["put_attendance_api_v1_reviews__review_id__meetings__meeting_id__attendance_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/attendance-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active members' attendance at review team meetings
         * @description Per active seat: the review team meetings held since it joined, how many it attended (attending in person and sending a deputy both count as attending), the rate and the partnership's threshold. The lead reviewer and administrators see every seat; a member sees only their own; an agency's system its agency's seats; viewers are refused (403).
         */
        get: operations["attendance_rates_api_v1_reviews__review_id__attendance_rates_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's draft report versions, oldest first
         * @description Every version circulated, withdrawn ones included. A draft is its title, version label and date, and the report's file once attached (`.../file`): the review's managers and its team's members open it (`download`); the others see only that it is there.
         */
        get: operations["list_drafts_api_v1_reviews__review_id__drafts_get"];
        put?: never;
        /**
         * Circulate a draft report version
         * @description The review's managers (administrators and its lead reviewer). The new draft becomes the current one: the team's earlier responses no longer complete their report-quality duty until they respond to it. The version label is unique on the review (409). A draft is its title, version label and date, and the report's file once attached (`.../file`): the review's managers and its team's members open it (`download`); the others see only that it is there.
         */
        post: operations["circulate_draft_api_v1_reviews__review_id__drafts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/drafts/{draft_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One draft report version */
        get: operations["get_draft_api_v1_reviews__review_id__drafts__draft_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/drafts/{draft_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw (supersede) a draft
         * @description The review's managers. A draft is never deleted: withdrawn, it is kept with its responses, is no longer current, and takes no more responses (409 once withdrawn).
         */
        post: operations["withdraw_draft_api_v1_reviews__review_id__drafts__draft_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/drafts/{draft_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a draft's report file
         * @description The review's managers and its team's members with a current seat (403 for the rest who read the draft); streamed as an attachment, every download audited.
         */
        get: operations["download_file_api_v1_reviews__review_id__drafts__draft_id__file_get"];
        put?: never;
        /**
         * Attach the report's file to a draft
         * @description The review's managers, once per draft while it is not withdrawn (409 `file_attached`: another file is another version, circulated anew). The body is the file itself, streamed, as for a document's version (size limit 413, type from its bytes 415); the same file sent again answers 200 with the draft as it is.
         */
        post: operations["attach_file_api_v1_reviews__review_id__drafts__draft_id__file_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/drafts/{draft_id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The team's responses to a draft, oldest first
         * @description Append-only: an agency's later response supersedes its earlier (`superseded`). Each response's status is shown to everyone who reaches the review; the text of returned comments only to the review's managers (administrators and its lead reviewer) and to the responding agency's own callers (`comments_withheld` for the rest).
         */
        get: operations["list_responses_api_v1_reviews__review_id__drafts__draft_id__responses_get"];
        put?: never;
        /**
         * Sign off a draft's factual accuracy, or return comments
         * @description A member with a current seat (or deputy seat) on the review, for their own agency; agency systems do not sign off (it is a person's duty). Only the current draft takes responses (409 `draft_not_current`, naming the current one). `comments` needs the comments' text; a sign-off takes none. Each response's status is shown to everyone who reaches the review; the text of returned comments only to the review's managers (administrators and its lead reviewer) and to the responding agency's own callers (`comments_withheld` for the rest).
         */
        post: operations["respond_api_v1_reviews__review_id__drafts__draft_id__responses_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/publication-plan/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review's publication-plan requests, oldest first
         * @description Every agency's, each with the answer that counts (the latest), for everyone who reaches the review. A member with a current seat (or deputy seat) on the review answers their own agency's requests; agency systems read them only.
         */
        get: operations["list_requests_api_v1_reviews__review_id__publication_plan_requests_get"];
        put?: never;
        /**
         * Ask one agency to confirm something before publication
         * @description The partnership's administrators (publication is the partnership's to plan; the lead reviewer reads the plan). The agency must have a current seat on the review (422). A `comms_lead`, `staff_briefed` or `family_informed` request is not sent twice to an agency while one is open (409); `other` needs its `question`.
         */
        post: operations["send_request_api_v1_reviews__review_id__publication_plan_requests_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/publication-plan/requests-to-all-agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask every agency on the review the same thing
         * @description The partnership's administrators (publication is the partnership's to plan; the lead reviewer reads the plan). One request per agency with a current seat, skipping those with the same once-per-agency request open; 409 if that leaves none.
         */
        post: operations["send_to_all_api_v1_reviews__review_id__publication_plan_requests_to_all_agencies_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/publication-plan/requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One publication-plan request */
        get: operations["get_request_api_v1_reviews__review_id__publication_plan_requests__request_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/publication-plan/requests/{request_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a publication-plan request
         * @description The partnership's administrators (publication is the partnership's to plan; the lead reviewer reads the plan). Kept, with its answers; no longer counted in the agency's publication-planning duty, and takes no more answers (409 once withdrawn).
         */
        post: operations["withdraw_request_api_v1_reviews__review_id__publication_plan_requests__request_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/publication-plan/requests/{request_id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A request's answers, oldest first
         * @description Append-only; the latest counts.
         */
        get: operations["list_answers_api_v1_reviews__review_id__publication_plan_requests__request_id__answers_get"];
        put?: never;
        /**
         * Answer a publication-plan request
         * @description A member with a current seat (or deputy seat) on the review answers their own agency's requests; agency systems read them only. By what it asks: `comms_lead` the name in `text`; `staff_briefed` the date in `done_on`; `family_informed` the date, or `not_applicable` with the reason in `text`; `other` the answer in `text` (422 naming the field). A withdrawn request takes none (409).
         */
        post: operations["answer_request_api_v1_reviews__review_id__publication_plan_requests__request_id__answers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents asked of the review's agencies, oldest first
         * @description Each with its status and latest version. Every caller who reaches the review sees what was asked and where it stands; a file's name, the file and the lead reviewer's comment only the review's managers and the requested agency's own people and system (`details_withheld` for the rest).
         */
        get: operations["list_documents_api_v1_reviews__review_id__documents_get"];
        put?: never;
        /**
         * Ask an agency for a document
         * @description The review's managers (administrators and its lead reviewer), of an agency with a current seat on the review (422 otherwise); due today or later.
         */
        post: operations["ask_api_v1_reviews__review_id__documents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents/requests-to-all-agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask every seated agency for the same document
         * @description The review's managers: one request to each agency with a current seat (409 when none has one).
         */
        post: operations["ask_all_api_v1_reviews__review_id__documents_requests_to_all_agencies_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document request */
        get: operations["get_document_api_v1_reviews__review_id__documents__document_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a request's title, due date or note
         * @description The review's managers, with If-Match (428 without, 412 when stale); a withdrawn request does not change (409).
         */
        patch: operations["change_document_api_v1_reviews__review_id__documents__document_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents/{document_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a request
         * @description The review's managers. Kept with its versions, never deleted; a withdrawn request takes no files (409 once withdrawn).
         */
        post: operations["withdraw_document_api_v1_reviews__review_id__documents__document_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents/{document_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files submitted against a request, first first
         * @description Every caller who reaches the review sees what was asked and where it stands; a file's name, the file and the lead reviewer's comment only the review's managers and the requested agency's own people and system (`details_withheld` for the rest).
         */
        get: operations["list_versions_api_v1_reviews__review_id__documents__document_id__versions_get"];
        put?: never;
        /**
         * Submit a file against a request (a new version)
         * @description A member with a current seat on the review, for their own agency's request, while it is neither withdrawn nor accepted (409). The body is the file itself, streamed: at most the service's upload limit (50 MiB unless configured; 413 as soon as it is passed), of a type found in its bytes: PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG, TXT or CSV (415 otherwise, or when the name's extension says another type). Its SHA-256 is recorded. The same file sent again while its version awaits a decision answers 200 with that version instead of adding another; an Idempotency-Key is not used here.
         */
        post: operations["submit_version_api_v1_reviews__review_id__documents__document_id__versions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents/{document_id}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One submitted version
         * @description Every caller who reaches the review sees what was asked and where it stands; a file's name, the file and the lead reviewer's comment only the review's managers and the requested agency's own people and system (`details_withheld` for the rest).
         */
        get: operations["get_version_api_v1_reviews__review_id__documents__document_id__versions__version_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents/{document_id}/versions/{version_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a version, or return it with a comment
         * @description The review's managers, on the latest version only (409 `not_latest`), once (409 `already_decided`). Returning needs a comment saying what to change; accepting takes none. An accepted document takes no more versions.
         */
        post: operations["decide_api_v1_reviews__review_id__documents__document_id__versions__version_id__decision_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/documents/{document_id}/versions/{version_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a version's file
         * @description The review's managers and the submitting agency's own people and system (403 for the rest who reach the review). Streamed as an attachment with the type found in its bytes; every download is audited.
         */
        get: operations["download_api_v1_reviews__review_id__documents__document_id__versions__version_id__file_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning-themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partnership's learning themes, by name
         * @description Every caller of the partnership; `active=true` gives the themes new learning may use.
         */
        get: operations["list_themes_api_v1_learning_themes_get"];
        put?: never;
        /**
         * Add a learning theme
         * @description Administrators; names are unique in the partnership (409).
         */
        post: operations["create_theme_api_v1_learning_themes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning-themes/{theme_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One learning theme */
        get: operations["get_theme_api_v1_learning_themes__theme_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, describe or retire a learning theme
         * @description Administrators, with If-Match. A retired theme stays on the learning that uses it; new learning cannot choose it.
         */
        patch: operations["change_theme_api_v1_learning_themes__theme_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/learning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review's learning, oldest first
         * @description Every learning item (withdrawn ones too, unless `withdrawn=false`), with how far each agency has shared it.
         */
        get: operations["list_learning_api_v1_reviews__review_id__learning_get"];
        put?: never;
        /**
         * Record learning as it emerges
         * @description The review's managers, under an active theme of the partnership's list.
         */
        post: operations["record_learning_api_v1_reviews__review_id__learning_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/learning/{learning_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One learning item */
        get: operations["get_learning_api_v1_reviews__review_id__learning__learning_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a learning item's theme, wording or date
         * @description The review's managers, with If-Match; a withdrawn item does not change (409).
         */
        patch: operations["change_learning_api_v1_reviews__review_id__learning__learning_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/learning/{learning_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a learning item, with the reason
         * @description The review's managers; kept, never deleted, and no longer counted by the share-learning duty.
         */
        post: operations["withdraw_learning_api_v1_reviews__review_id__learning__learning_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/learning/{learning_id}/disseminations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the agencies shared a learning item, oldest first
         * @description Viewers read it without the free-text notes (`notes_withheld`).
         */
        get: operations["list_disseminations_api_v1_reviews__review_id__learning__learning_id__disseminations_get"];
        put?: never;
        /**
         * Record sharing a learning item in your agency
         * @description A member or system of an agency with a current seat (scope `evidence:write`; agency systems send an Idempotency-Key), for their own agency: how, when and with how many. Not before the learning emerged, not in the future; refused on withdrawn learning (409).
         */
        post: operations["disseminate_api_v1_reviews__review_id__learning__learning_id__disseminations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/learning/{learning_id}/disseminations/{dissemination_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dissemination */
        get: operations["get_dissemination_api_v1_reviews__review_id__learning__learning_id__disseminations__dissemination_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/learning/{learning_id}/disseminations/{dissemination_id}/landed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the check that shared learning landed
         * @description The agency that shared it (its member or system, scope `evidence:write`), once per dissemination (409 `already_checked`; 409 `withdrawn` once the learning is withdrawn): when, how, and what it found. A check finding it `not_landed` is answered by sharing it again.
         */
        post: operations["record_landed_api_v1_reviews__review_id__learning__learning_id__disseminations__dissemination_id__landed_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review's recommendations, oldest first */
        get: operations["list_recommendations_api_v1_reviews__review_id__recommendations_get"];
        put?: never;
        /**
         * Record a recommendation
         * @description The review's managers; the label is unique on the review (409).
         */
        post: operations["create_recommendation_api_v1_reviews__review_id__recommendations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/recommendations/{recommendation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recommendation */
        get: operations["get_recommendation_api_v1_reviews__review_id__recommendations__recommendation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a recommendation's label or wording
         * @description The review's managers, with If-Match.
         */
        patch: operations["change_recommendation_api_v1_reviews__review_id__recommendations__recommendation_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review's action plan, oldest first
         * @description Oldest first. The RAG status is derived (see `ActionOut.rag`); every filter, `rag` too, applies before the page is cut. Every action with its evidence counts, filtered by agency, status or RAG. Viewers read the plan without personal data: the named lead and progress notes are withheld from them.
         */
        get: operations["list_actions_api_v1_reviews__review_id__actions_get"];
        put?: never;
        /**
         * Add a SMART action to a recommendation
         * @description The review's managers, for an agency with a current seat on the review.
         */
        post: operations["create_action_api_v1_reviews__review_id__actions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the review's action plan as XLSX or CSV
         * @description Filtered as the review's list is. The same rows, scoping and filters as the list (every page of it), as a file: XLSX (a header row with filters, dates as dates, text never as formulas) or CSV (UTF-8 with a byte order mark; a cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, so no spreadsheet runs it). Columns: review, recommendation, action, owner agency, lead (blank for viewers), due date, status, RAG, last update, evidence submitted / accepted / returned, closed on. Streamed as an attachment, every export audited. Viewers read the plan without personal data: the named lead and progress notes are withheld from them.
         */
        get: operations["export_actions_api_v1_reviews__review_id__actions_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One action */
        get: operations["get_action_api_v1_reviews__review_id__actions__action_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an action's wording, lead or due date
         * @description The review's managers, with If-Match; a closed action does not change (409).
         */
        patch: operations["change_action_api_v1_reviews__review_id__actions__action_id__patch"];
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an action off
         * @description The review's managers, with a reason, once evidence of it is accepted (409 naming `accepted_evidence` otherwise); an administrator may sign off without it with `override` (the reason is kept as the override's).
         */
        post: operations["sign_off_api_v1_reviews__review_id__actions__action_id__sign_off_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an action, with the reason
         * @description The review's managers; kept, never deleted.
         */
        post: operations["cancel_action_api_v1_reviews__review_id__actions__action_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An action's progress updates, oldest first
         * @description Viewers read the plan without personal data: the named lead and progress notes are withheld from them.
         */
        get: operations["list_updates_api_v1_reviews__review_id__actions__action_id__updates_get"];
        put?: never;
        /**
         * Record progress on an action
         * @description The owning agency's member or system (scope `evidence:write`) or the review's managers: a dated note, optionally moving the action to in progress or completed. Refused on a closed action (409).
         */
        post: operations["record_update_api_v1_reviews__review_id__actions__action_id__updates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evidence offered for an action, oldest first
         * @description A piece of evidence's status is shown to everyone who reads the action; its note, link, file and the decision's comment only to the review's managers and the owning agency (`details_withheld` for the rest).
         */
        get: operations["list_evidence_api_v1_reviews__review_id__actions__action_id__evidence_get"];
        put?: never;
        /**
         * Offer a note or a link as evidence
         * @description The owning agency's member or system (scope `evidence:write`; agency systems send an Idempotency-Key). A file is sent to `.../evidence/files`. A piece of evidence's status is shown to everyone who reads the action; its note, link, file and the decision's comment only to the review's managers and the owning agency (`details_withheld` for the rest).
         */
        post: operations["submit_evidence_api_v1_reviews__review_id__actions__action_id__evidence_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/evidence/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer a file as evidence
         * @description The owning agency's member or system (scope `evidence:write`). The body is the file itself, streamed, as for a document's version (size limit 413, type from its bytes 415). The same file sent again while it awaits a decision answers 200 with that evidence instead of adding another; an Idempotency-Key is not used here.
         */
        post: operations["submit_evidence_file_api_v1_reviews__review_id__actions__action_id__evidence_files_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/evidence/{evidence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One piece of evidence */
        get: operations["get_evidence_api_v1_reviews__review_id__actions__action_id__evidence__evidence_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/evidence/{evidence_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept evidence, or return it with a comment
         * @description The review's managers, once per piece of evidence (409 `already_decided`).
         */
        post: operations["decide_evidence_api_v1_reviews__review_id__actions__action_id__evidence__evidence_id__decision_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{review_id}/actions/{action_id}/evidence/{evidence_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence file
         * @description The review's managers and the owning agency's people and system (403 for the rest who read the action); streamed as an attachment, every download audited.
         */
        get: operations["download_evidence_api_v1_reviews__review_id__actions__action_id__evidence__evidence_id__file_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partnership's action plan: every action on the reviews the caller reaches
         * @description Oldest first. The RAG status is derived (see `ActionOut.rag`); every filter, `rag` too, applies before the page is cut. Filtered by agency, review, status or RAG. Viewers read the plan without personal data: the named lead and progress notes are withheld from them.
         */
        get: operations["partnership_plan_api_v1_actions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the partnership's action plan as XLSX or CSV
         * @description Every action on the reviews the caller reaches, filtered as `GET /api/v1/actions` is. The same rows, scoping and filters as the list (every page of it), as a file: XLSX (a header row with filters, dates as dates, text never as formulas) or CSV (UTF-8 with a byte order mark; a cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, so no spreadsheet runs it). Columns: review, recommendation, action, owner agency, lead (blank for viewers), due date, status, RAG, last update, evidence submitted / accepted / returned, closed on. Streamed as an attachment, every export audited. Viewers read the plan without personal data: the named lead and progress notes are withheld from them.
         */
        get: operations["export_partnership_plan_api_v1_actions_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partnership's annual figures, for its yearly report
         * @description Counts only, no personal data, over the caller's whole partnership, for the period `from` to `to` inclusive (by default the last complete reporting year, 1 April to 31 March; given only one of them, the year from or to it; `from` after `to` is 422): notifications made (the SIN, or for a care leaver's death the notice to the Secretary of State), by incident kind; Rapid Reviews sent, and how many within the rule's 15 working days of the partnership becoming aware (England's bank holidays excluded); decisions made, by decision; local reviews started (a decision to hold one) and published; time from decision to publication in **calendar days** (median and longest) and how many within 6 calendar months; every action now by RAG and by status; learning that emerged in the period by theme (withdrawn items left out). Read by the partnership's administrators, lead reviewers and viewers; members and agency systems are refused (403): their reach is the reviews their agency sits on, and partnership-wide counts would disclose reviews they may not see.
         */
        get: operations["annual_figures_api_v1_figures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnership/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statutory rule set in force, with the partnership's overrides */
        get: operations["get_rules_api_v1_partnership_rules_get"];
        /**
         * Replace the partnership's overrides
         * @description A local agreement may change a rule's parameters (e.g. the SIN within 3 working days); the rule keeps its name. Send `If-Match` with the ETag of `GET /partnership/rules`. Every review's next deadline is recomputed. Audited.
         */
        put: operations["put_rules_api_v1_partnership_rules_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnership/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partnership's settings
         * @description For the partnership's staff (agency systems are refused, 403).
         */
        get: operations["get_settings_api_v1_partnership_settings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the partnership's settings
         * @description Administrators only. Send `If-Match` with the ETag of `GET /partnership/settings`. Members' attendance and practitioner-contact duties are derived against the new values from the next read. Audited, with before and after.
         */
        patch: operations["patch_settings_api_v1_partnership_settings_patch"];
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["healthz_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and migrated to head */
        get: operations["readyz_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ActionCreate
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "due_on": "2026-09-30",
         *       "expected_outcome": "Every home-visit record quotes the child.",
         *       "lead_name": "Jordan Example, Head of Practice",
         *       "measure_of_success": "An audit of 20 records in October finds 18 or more quoting the child.",
         *       "recommendation_id": "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e",
         *       "title": "Add the child's own words to the home-visit template"
         *     }
         */
        ActionCreate: {
            /**
             * Recommendation Id
             * Format: uuid
             */
            recommendation_id: string;
            /**
             * Agency Id
             * Format: uuid
             * @description The agency that owns the action
             */
            agency_id: string;
            /** Title */
            title: string;
            /**
             * Lead Name
             * @description The named lead
             */
            lead_name: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Expected Outcome */
            expected_outcome: string;
            /** Measure Of Success */
            measure_of_success: string;
        };
        /** ActionFigures */
        ActionFigures: {
            /**
             * As Of
             * Format: date
             * @description RAG is derived as of this day (today)
             */
            as_of: string;
            /** Total */
            total: number;
            /**
             * By Rag
             * @description red, amber, green, closed; zeros included
             */
            by_rag: components["schemas"]["Count"][];
            /**
             * By Status
             * @description Every action status, zeros included
             */
            by_status: components["schemas"]["Count"][];
        };
        /**
         * ActionOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "created_at": "2026-05-01T10:00:00Z",
         *       "due_on": "2026-09-30",
         *       "evidence": {
         *         "accepted": 0,
         *         "returned": 0,
         *         "submitted": 1
         *       },
         *       "expected_outcome": "Every home-visit record quotes the child.",
         *       "id": "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b",
         *       "last_update_on": "2026-07-01",
         *       "lead_name": "Jordan Example, Head of Practice",
         *       "lead_withheld": false,
         *       "measure_of_success": "18 of 20 audited records quote the child.",
         *       "rag": "amber",
         *       "recommendation_id": "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "status": "in_progress",
         *       "title": "Add the child's own words to the home-visit template",
         *       "updated_at": "2026-07-01T09:00:00Z"
         *     }
         */
        ActionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Recommendation Id
             * Format: uuid
             */
            recommendation_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Title */
            title: string;
            /**
             * Lead Name
             * @description Null for viewers (a person's name)
             */
            lead_name: string | null;
            /** Lead Withheld */
            lead_withheld: boolean;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Expected Outcome */
            expected_outcome: string;
            /** Measure Of Success */
            measure_of_success: string;
            status: components["schemas"]["ActionStatus"];
            /** @description Derived, never typed in: red when past due and not completed; amber when due within 28 days with no progress update in 28 days; closed when signed off or cancelled; green otherwise */
            rag: components["schemas"]["Rag"];
            /** Last Update On */
            last_update_on: string | null;
            evidence: components["schemas"]["EvidenceCounts"];
            /**
             * Closed On
             * @description When it was signed off or cancelled
             */
            closed_on: string | null;
            /** Closed Reason */
            closed_reason: string | null;
            /**
             * Override Reason
             * @description Why an administrator signed it off without accepted evidence
             */
            override_reason: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ActionPatch */
        ActionPatch: {
            /** Title */
            title?: string | null;
            /** Lead Name */
            lead_name?: string | null;
            /** Due On */
            due_on?: string | null;
            /** Expected Outcome */
            expected_outcome?: string | null;
            /** Measure Of Success */
            measure_of_success?: string | null;
        };
        /**
         * ActionPlanEvidence
         * @description What the action-plan duty rests on: the agency's actions (cancelled ones aside), and
         *     those past their due date with no accepted evidence.
         */
        ActionPlanEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "action_plan";
            /**
             * Actions
             * @description Actions the agency owns, not cancelled
             */
            actions: number;
            /**
             * Evidenced
             * @description Of them, signed off or with accepted evidence
             */
            evidenced: number;
            /**
             * In Date
             * @description Of the rest, not yet due
             */
            in_date: number;
            /**
             * Outstanding
             * @description Past their due date and not evidenced, soonest due first
             */
            outstanding: components["schemas"]["OutstandingAction"][];
        };
        /**
         * ActionStatus
         * @enum {string}
         */
        ActionStatus: "not_started" | "in_progress" | "completed" | "signed_off" | "cancelled";
        /** AgencyCount */
        AgencyCount: {
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /**
             * Active
             * @description Practitioners not withdrawn
             * @example 4
             */
            active: number;
            /**
             * Withdrawn
             * @example 1
             */
            withdrawn: number;
        };
        /** AgencyCreate */
        AgencyCreate: {
            /** Name */
            name: string;
            kind: components["schemas"]["AgencyKind"];
        };
        /**
         * AgencyKind
         * @enum {string}
         */
        AgencyKind: "local_authority" | "police" | "health" | "education" | "probation" | "other";
        /** AgencyOut */
        AgencyOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            kind: components["schemas"]["AgencyKind"];
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * AgencySharing
         * @description How far one agency has shared a learning item.
         */
        AgencySharing: {
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Disseminations */
            disseminations: number;
            /**
             * Checked
             * @description Of them, with a landed check recorded
             */
            checked: number;
            /**
             * Landed
             * @description A check found it landed, fully or in part
             */
            landed: boolean;
        };
        /** AgencyUpdate */
        AgencyUpdate: {
            /** Name */
            name?: string;
            kind?: components["schemas"]["AgencyKind"];
            /** Active */
            active?: boolean;
        };
        /** AlertCreate */
        AlertCreate: {
            /**
             * Subject Id
             * Format: uuid
             */
            subject_id: string;
            /**
             * Agency Id
             * @description Members and agency systems confirm for their own agency (omit it, or send their own); administrators name the agency they record it for.
             */
            agency_id?: string | null;
            /**
             * Confirmed On
             * Format: date
             * @description When the alert was added to the agency's record
             */
            confirmed_on: string;
        };
        /** AlertOut */
        AlertOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Subject Id
             * Format: uuid
             */
            subject_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /**
             * Confirmed On
             * Format: date
             */
            confirmed_on: string;
            /** Confirmed By Type */
            confirmed_by_type: string;
            /**
             * Confirmed By Id
             * Format: uuid
             */
            confirmed_by_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /**
         * AlertsEvidence
         * @description What the alerts duty rests on: the member's agency's alert confirmations, subject by
         *     subject.
         */
        AlertsEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "alert_confirmations";
            /**
             * Subjects
             * @description Subjects recorded on the review
             */
            subjects: number;
            /**
             * Confirmed
             * @description Subjects whose alert the agency has confirmed
             */
            confirmed: number;
            /**
             * Missing
             * @description Pseudonyms of the subjects still to confirm
             */
            missing: string[];
        };
        /**
         * AnswerCreate
         * @description An answer, by what the request asks: ``comms_lead`` the comms lead's name in
         *     ``text``; ``staff_briefed`` the date in ``done_on``; ``family_informed`` the date, or
         *     ``not_applicable`` with the reason in ``text``; ``other`` the answer in ``text``.
         * @example {
         *       "text": "Robin Example, Communications Manager (fictional)"
         *     }
         * @example {
         *       "done_on": "2026-05-20"
         *     }
         * @example {
         *       "not_applicable": true,
         *       "text": "The family asked not to be contacted again."
         *     }
         */
        AnswerCreate: {
            /** Text */
            text?: string | null;
            /**
             * Done On
             * @description The date the staff were briefed, or the family informed
             */
            done_on?: string | null;
            /**
             * Not Applicable
             * @description `family_informed` only, with the reason in `text`
             * @default false
             */
            not_applicable?: boolean;
        };
        /**
         * AnswerOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "answered_at": "2026-03-04T10:00:00Z",
         *       "answered_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "answered_by_type": "user",
         *       "id": "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f",
         *       "not_applicable": false,
         *       "request_id": "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "text": "Robin Example, Communications Manager (fictional)"
         *     }
         */
        AnswerOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Request Id
             * Format: uuid
             */
            request_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Text */
            text: string | null;
            /** Done On */
            done_on: string | null;
            /** Not Applicable */
            not_applicable: boolean;
            /** Answered By Type */
            answered_by_type: string;
            /**
             * Answered By Id
             * Format: uuid
             */
            answered_by_id: string;
            /**
             * Answered At
             * Format: date-time
             */
            answered_at: string;
        };
        /**
         * AttendanceEvidence
         * @description What the attendance duty rests on: the seat's attendance at the review team meetings
         *     held since it joined. Attending in person and sending a deputy both count.
         */
        AttendanceEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "attendance";
            /**
             * Meetings
             * @description Review team meetings held since the seat joined
             */
            meetings: number;
            /**
             * Attended
             * @description Of them, attended (in person or by a deputy sent)
             */
            attended: number;
            /**
             * Rate Percent
             * @description Rounded; null before any meeting was held
             */
            rate_percent: number | null;
            /**
             * Threshold Percent
             * @description The partnership's threshold
             */
            threshold_percent: number;
        };
        /**
         * AttendanceIn
         * @description The whole attendance table of a meeting: it replaces what was recorded before.
         * @example {
         *       "members": [
         *         {
         *           "member_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *           "status": "attended"
         *         }
         *       ],
         *       "practitioners": [
         *         {
         *           "practitioner_id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
         *           "status": "invited"
         *         }
         *       ]
         *     }
         */
        AttendanceIn: {
            /** Members */
            members?: components["schemas"]["MemberAttendanceIn"][];
            /** Practitioners */
            practitioners?: components["schemas"]["PractitionerAttendanceIn"][];
        };
        /** AttendanceOut */
        AttendanceOut: {
            /**
             * Meeting Id
             * Format: uuid
             */
            meeting_id: string;
            /** Members */
            members: components["schemas"]["MemberAttendanceOut"][];
            /** Practitioners */
            practitioners: components["schemas"]["PractitionerAttendanceOut"][];
            practitioner_counts: components["schemas"]["PractitionerCounts"];
        };
        /** AttendanceRate */
        AttendanceRate: {
            /**
             * Member Id
             * Format: uuid
             */
            member_id: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Deputy */
            deputy: boolean;
            /**
             * Meetings
             * @description Review team meetings held since the seat joined (and before it left)
             */
            meetings: number;
            /**
             * Attended
             * @description Of them, attended in person or by a deputy sent
             */
            attended: number;
            /**
             * Rate Percent
             * @description Rounded; null before any meeting was held
             */
            rate_percent: number | null;
            /** Threshold Percent */
            threshold_percent: number;
            /**
             * At Or Above
             * @description The rate is at or above the partnership's threshold
             */
            at_or_above: boolean;
        };
        /** AttendanceRatesOut */
        AttendanceRatesOut: {
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /** Threshold Percent */
            threshold_percent: number;
            /** Members */
            members: components["schemas"]["AttendanceRate"][];
        };
        /** AuditEventOut */
        AuditEventOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Actor Type */
            actor_type: string;
            /** Actor Id */
            actor_id: string | null;
            /** Action */
            action: string;
            /** Outcome */
            outcome: string;
            /** Record Type */
            record_type: string | null;
            /** Record Id */
            record_id: string | null;
            /** Review Id */
            review_id: string | null;
            /** Ip Address */
            ip_address: string | null;
            /** Request Id */
            request_id: string | null;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /**
             * Seq
             * @description the event's place in the partnership's audit chain, from 1; null for a read's event not yet chained (the partnership's next change chains it)
             */
            seq: number | null;
            /**
             * Hash
             * @description SHA-256 over the event and the previous event's hash; the newest event's hash, kept elsewhere, later shows whether the chain up to it was changed; null while the event is not yet chained
             */
            hash: string | null;
        };
        /** Body_revoke_api_v1_auth_revoke_post */
        Body_revoke_api_v1_auth_revoke_post: {
            /** Token */
            token: string;
            /** Token Type Hint */
            token_type_hint?: string | null;
        };
        /** Body_token_api_v1_auth_token_post */
        Body_token_api_v1_auth_token_post: {
            /** Grant Type */
            grant_type: string;
            /** Username */
            username?: string | null;
            /** Password */
            password?: string | null;
            /** Totp */
            totp?: string | null;
            /** Scope */
            scope?: string | null;
            /** Client Id */
            client_id?: string | null;
            /** Client Secret */
            client_secret?: string | null;
            /** Refresh Token */
            refresh_token?: string | null;
        };
        /** ChecklistItemOut */
        ChecklistItemOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Duty */
            duty: string;
            /** Title */
            title: string;
            /** Done When */
            done_when: string;
            status: components["schemas"]["ItemStatus"];
            /**
             * Derived
             * @description Computed from the data; cannot be set by hand
             */
            derived: boolean;
            /**
             * Derivable Later
             * @description Set by hand for now; a later release derives it from data CSPR Hub does not hold yet
             */
            derivable_later: boolean;
            /**
             * Evidence
             * @description What a derived status rests on, told apart by `kind` (one shape per derived duty); null for items set by hand, and for a declared duty not yet declared
             */
            evidence: (components["schemas"]["AlertsEvidence"] | components["schemas"]["VoiceOfTheChildEvidence"] | components["schemas"]["PerformanceLeadEvidence"] | components["schemas"]["ConfidentialityEvidence"] | components["schemas"]["ParallelProceedingsEvidence"] | components["schemas"]["PractitionersEvidence"] | components["schemas"]["AttendanceEvidence"] | components["schemas"]["PractitionerContactEvidence"] | components["schemas"]["ReportSignoffEvidence"] | components["schemas"]["PublicationPlanEvidence"] | components["schemas"]["PaperworkEvidence"] | components["schemas"]["ActionPlanEvidence"] | components["schemas"]["SharingEvidence"]) | null;
            /** @description For a derived duty: the status set by hand before the duty was derived from data, kept as history (its note and who set it are `note` and `updated_by_*`); null for items set by hand now, and for derived ones never set by hand */
            hand_set_status: components["schemas"]["ItemStatus"] | null;
            /** Note */
            note: string | null;
            /** Updated By Type */
            updated_by_type: string | null;
            /** Updated By Id */
            updated_by_id: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Etag
             * @description Send as If-Match to PATCH this item
             */
            etag: string;
        };
        /** ChecklistItemUpdate */
        ChecklistItemUpdate: {
            /** @description Manual items only */
            status?: components["schemas"]["ItemStatus"];
            /**
             * Note
             * @description Required while the status is `not_applicable`: why the duty does not apply (422 `reason_required` otherwise)
             */
            note?: string | null;
        };
        /** ChecklistOut */
        ChecklistOut: {
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Member Id
             * Format: uuid
             */
            member_id: string;
            /** Template Version */
            template_version: number | null;
            completion: components["schemas"]["Completion"];
            /** Items */
            items: components["schemas"]["ChecklistItemOut"][];
        };
        /** ClientCreate */
        ClientCreate: {
            /** Name */
            name: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Scopes */
            scopes: ("reviews:read" | "practitioners:read" | "practitioners:write" | "alerts:write" | "actions:read" | "evidence:write")[];
        };
        /** ClientCreated */
        ClientCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Client Id */
            client_id: string;
            /** Name */
            name: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Scopes */
            scopes: string[];
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Last Used At */
            last_used_at: string | null;
            /**
             * Client Secret
             * @description Shown once, now. Store it in the agency's vault.
             */
            client_secret: string;
        };
        /** ClientOut */
        ClientOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Client Id */
            client_id: string;
            /** Name */
            name: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Scopes */
            scopes: string[];
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Last Used At */
            last_used_at: string | null;
        };
        /** ClientUpdate */
        ClientUpdate: {
            /** Name */
            name?: string;
            /** Scopes */
            scopes?: ("reviews:read" | "practitioners:read" | "practitioners:write" | "alerts:write" | "actions:read" | "evidence:write")[];
            /** Active */
            active?: boolean;
        };
        /** CloseReason */
        CloseReason: {
            /**
             * Reason
             * @example Superseded by action 4
             */
            reason: string;
        };
        /** Completion */
        Completion: {
            /**
             * Done
             * @description Items done or not applicable
             */
            done: number;
            /** Total */
            total: number;
        };
        /**
         * ConfidentialityEvidence
         * @description The member's latest acknowledgement of confidentiality.
         */
        ConfidentialityEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "confidentiality";
            /**
             * Declaration Id
             * Format: uuid
             */
            declaration_id: string;
            /**
             * Declared At
             * Format: date-time
             */
            declared_at: string;
        };
        /** ContactCreate */
        ContactCreate: {
            /** @example introduction */
            kind: components["schemas"]["ContactKind"];
            /**
             * Contacted On
             * Format: date
             * @description When the contact happened; not in the future
             * @example 2026-02-20
             */
            contacted_on: string;
            /**
             * Note
             * @example Explained the review; agreed a call next week
             */
            note?: string | null;
            /**
             * Corrects
             * @description An earlier entry of this practitioner's log that this entry corrects (the log is append-only: entries are never changed)
             */
            corrects?: string | null;
        };
        /**
         * ContactKind
         * @enum {string}
         */
        ContactKind: "introduction" | "update" | "pre_event_briefing" | "aftercare" | "other";
        /** ContactOut */
        ContactOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Practitioner Id
             * Format: uuid
             */
            practitioner_id: string;
            kind: components["schemas"]["ContactKind"];
            /**
             * Contacted On
             * Format: date
             */
            contacted_on: string;
            /** Note */
            note: string | null;
            /** Corrects */
            corrects: string | null;
            /**
             * Recorded By Type
             * @example user
             */
            recorded_by_type: string;
            /**
             * Recorded By Id
             * Format: uuid
             */
            recorded_by_id: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
        };
        /**
         * Count
         * @description How many there are of one kind (an incident kind, a decision, a RAG status...).
         */
        Count: {
            /** Key */
            key: string;
            /** Count */
            count: number;
        };
        /** DeadlineOut */
        DeadlineOut: {
            /** Rule */
            rule: string;
            /** Title */
            title: string;
            /** Source */
            source: string;
            /** Due On */
            due_on: string | null;
            /**
             * Status
             * @description met, due, overdue or not_applicable
             */
            status: string;
            /** Met On */
            met_on: string | null;
            /** Late */
            late: boolean;
            /** Working Days Left */
            working_days_left: number | null;
        };
        /** DeadlinesOut */
        DeadlinesOut: {
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /** Rule Set */
            rule_set: string;
            /**
             * Today
             * Format: date
             */
            today: string;
            /** Deadlines */
            deadlines: components["schemas"]["DeadlineOut"][];
        };
        /**
         * Decision
         * @description The partnership's decision after the Rapid Review (with the Panel's view).
         * @enum {string}
         */
        Decision: "lcspr" | "no_review" | "national_review";
        /**
         * DecisionCreate
         * @example {
         *       "decision": "accepted"
         *     }
         * @example {
         *       "comment": "Entries for May 2025 are missing; please add them.",
         *       "decision": "returned"
         *     }
         */
        DecisionCreate: {
            decision: components["schemas"]["DocumentDecision"];
            /**
             * Comment
             * @description Required when returning a version: what the agency should change
             */
            comment?: string | null;
        };
        /** Decisions */
        Decisions: {
            /** Total */
            total: number;
            /**
             * By Decision
             * @description Every decision, zeros included
             */
            by_decision: components["schemas"]["Count"][];
        };
        /**
         * DeclarableKind
         * @description What a member may declare now; ``DeclarationKind`` also names the kinds declared
         *     before (``parallel_proceedings``, kept as history since proceedings became records).
         * @enum {string}
         */
        DeclarableKind: "confidentiality" | "voice_of_the_child" | "performance_lead" | "no_practitioners";
        /**
         * DeclarationCreate
         * @description What a member declares for their agency; fields needed depend on ``kind``:
         *     ``voice_of_the_child`` needs ``note``; ``performance_lead`` needs ``lead_name`` (and may
         *     give ``lead_role``); ``confidentiality`` and ``no_practitioners`` (no practitioners of the
         *     agency involved: refused while the agency has active practitioners on the review, and
         *     superseded by a practitioner added later) need nothing. Parallel proceedings are recorded
         *     at ``/reviews/{id}/proceedings`` (or declared none at ``/no-proceedings``), no longer
         *     declared here.
         */
        DeclarationCreate: {
            kind: components["schemas"]["DeclarableKind"];
            /** Note */
            note?: string | null;
            /** Lead Name */
            lead_name?: string | null;
            /** Lead Role */
            lead_role?: string | null;
        } & (unknown & unknown);
        /**
         * DeclarationKind
         * @enum {string}
         */
        DeclarationKind: "confidentiality" | "voice_of_the_child" | "performance_lead" | "parallel_proceedings" | "no_practitioners";
        /** DeclarationOut */
        DeclarationOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Member Id
             * Format: uuid
             */
            member_id: string;
            kind: components["schemas"]["DeclarationKind"];
            /** Payload */
            payload: {
                [key: string]: unknown;
            };
            /** Declared By Type */
            declared_by_type: string;
            /**
             * Declared By Id
             * Format: uuid
             */
            declared_by_id: string;
            /**
             * Declared At
             * Format: date-time
             */
            declared_at: string;
        };
        /**
         * DisseminationCreate
         * @example {
         *       "audience_size": 24,
         *       "method": "seven_minute_briefing",
         *       "note": "Briefing to the locality social work teams.",
         *       "on": "2026-07-03"
         *     }
         */
        DisseminationCreate: {
            method: components["schemas"]["DisseminationMethod"];
            /**
             * On
             * Format: date
             * @description When it was shared; not in the future
             */
            on: string;
            /**
             * Audience Size
             * @description How many people it reached
             */
            audience_size: number;
            /** Note */
            note?: string | null;
        };
        /**
         * DisseminationMethod
         * @enum {string}
         */
        DisseminationMethod: "seven_minute_briefing" | "training" | "team_meeting" | "supervision" | "newsletter" | "other";
        /**
         * DisseminationOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "audience_size": 24,
         *       "created_at": "2026-07-03T10:00:00Z",
         *       "id": "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b",
         *       "landed_method": "case_audit",
         *       "landed_note": "18 of 20 records show time alone with the child.",
         *       "landed_on": "2026-10-01",
         *       "landed_outcome": "landed",
         *       "learning_item_id": "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a",
         *       "method": "seven_minute_briefing",
         *       "note": "Briefing to the locality social work teams.",
         *       "notes_withheld": false,
         *       "on": "2026-07-03",
         *       "recorded_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "recorded_by_type": "user",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "updated_at": "2026-10-01T10:00:00Z"
         *     }
         */
        DisseminationOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Learning Item Id
             * Format: uuid
             */
            learning_item_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            method: components["schemas"]["DisseminationMethod"];
            /**
             * On
             * Format: date
             */
            on: string;
            /** Audience Size */
            audience_size: number;
            /**
             * Note
             * @description Null for viewers
             */
            note: string | null;
            /** Recorded By Type */
            recorded_by_type: string;
            /**
             * Recorded By Id
             * Format: uuid
             */
            recorded_by_id: string;
            /** Landed On */
            landed_on: string | null;
            landed_method: components["schemas"]["LandedMethod"] | null;
            landed_outcome: components["schemas"]["LandedOutcome"] | null;
            /**
             * Landed Note
             * @description Null for viewers
             */
            landed_note: string | null;
            /**
             * Notes Withheld
             * @description True for viewers: free-text notes may name people
             */
            notes_withheld: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * DocumentCreate
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "due_on": "2026-04-17",
         *       "kind": "agency_report",
         *       "title": "Agency report (fictional)"
         *     }
         */
        DocumentCreate: {
            kind: components["schemas"]["DocumentKind"];
            /** Title */
            title: string;
            /**
             * Due On
             * Format: date
             * @description Not before today
             */
            due_on: string;
            /** Note */
            note?: string | null;
            /**
             * Agency Id
             * Format: uuid
             * @description An agency with a current seat on the review
             */
            agency_id: string;
        };
        /**
         * DocumentDecision
         * @description ``accepted``: the lead reviewer takes the version as it is; ``returned``: the agency is
         *     asked for a new version (the comment says why).
         * @enum {string}
         */
        DocumentDecision: "accepted" | "returned";
        /**
         * DocumentKind
         * @enum {string}
         */
        DocumentKind: "chronology" | "agency_report" | "other";
        /**
         * DocumentOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "created_at": "2026-03-06T10:00:00Z",
         *       "due_on": "2026-04-03",
         *       "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "kind": "chronology",
         *       "overdue": false,
         *       "requested_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "requested_by_type": "user",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "status": "requested",
         *       "title": "Chronology of involvement (fictional)",
         *       "updated_at": "2026-03-06T10:00:00Z",
         *       "versions": 0
         *     }
         */
        DocumentOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            kind: components["schemas"]["DocumentKind"];
            /** Title */
            title: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Note */
            note: string | null;
            status: components["schemas"]["DocumentStatus"];
            /**
             * Overdue
             * @description Past its due date and neither submitted nor accepted (requested, or returned)
             */
            overdue: boolean;
            /**
             * Versions
             * @description How many files have been submitted against it
             */
            versions: number;
            latest_version: components["schemas"]["VersionOut"] | null;
            /** Requested By Type */
            requested_by_type: string;
            /**
             * Requested By Id
             * Format: uuid
             */
            requested_by_id: string;
            /** Withdrawn On */
            withdrawn_on: string | null;
            /** Withdrawn Reason */
            withdrawn_reason: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * DocumentPatch
         * @example {
         *       "due_on": "2026-04-24",
         *       "note": "Extended by a week."
         *     }
         */
        DocumentPatch: {
            /** Title */
            title?: string | null;
            /** Due On */
            due_on?: string | null;
            /** Note */
            note?: string | null;
        };
        /**
         * DocumentStatus
         * @description Where a request stands, from its latest version: ``requested`` (nothing submitted),
         *     ``submitted`` (awaiting the lead reviewer), ``accepted``, ``returned`` (a new version is
         *     wanted), or ``withdrawn`` (no longer wanted).
         * @enum {string}
         */
        DocumentStatus: "requested" | "submitted" | "accepted" | "returned" | "withdrawn";
        /**
         * DocumentToAll
         * @example {
         *       "due_on": "2026-04-03",
         *       "kind": "chronology",
         *       "note": "Use the partnership's chronology template.",
         *       "title": "Chronology of involvement, 1 March 2025 to 14 February 2026"
         *     }
         */
        DocumentToAll: {
            kind: components["schemas"]["DocumentKind"];
            /** Title */
            title: string;
            /**
             * Due On
             * Format: date
             * @description Not before today
             */
            due_on: string;
            /** Note */
            note?: string | null;
        };
        /** DocumentWithdraw */
        DocumentWithdraw: {
            /**
             * Reason
             * @example Asked of the wrong agency
             */
            reason: string;
        };
        /**
         * DraftCreate
         * @example {
         *       "circulated_on": "2026-03-02",
         *       "note": "Sections 4 to 6 rewritten after the practitioner event.",
         *       "title": "Child A: overview report (fictional)",
         *       "version_label": "v0.3"
         *     }
         */
        DraftCreate: {
            /** Title */
            title: string;
            /**
             * Version Label
             * @description Unique on the review (`v0.3`, `Draft 2`)
             */
            version_label: string;
            /**
             * Circulated On
             * @description Defaults to today; not in the future, nor before the current draft's
             */
            circulated_on?: string | null;
            /** Note */
            note?: string | null;
        };
        /**
         * DraftOut
         * @example {
         *       "circulated_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "circulated_by_type": "user",
         *       "circulated_on": "2026-03-02",
         *       "created_at": "2026-03-02T12:00:00Z",
         *       "current": true,
         *       "download": "/api/v1/reviews/6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b/drafts/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/file",
         *       "file": {
         *         "file_name": "Child A overview report v0.3.docx",
         *         "media_type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         *         "sha256": "9f2c1d0e8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c",
         *         "size_bytes": 183204
         *       },
         *       "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "title": "Child A: overview report (fictional)",
         *       "updated_at": "2026-03-02T12:00:00Z",
         *       "version_label": "v0.3"
         *     }
         */
        DraftOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /** Title */
            title: string;
            /** Version Label */
            version_label: string;
            /**
             * Circulated On
             * Format: date
             */
            circulated_on: string;
            /** Note */
            note: string | null;
            /**
             * Current
             * @description The draft the team responds to now: the latest circulated, not withdrawn
             */
            current: boolean;
            /** Withdrawn On */
            withdrawn_on: string | null;
            /** Withdrawn Reason */
            withdrawn_reason: string | null;
            /** Circulated By Type */
            circulated_by_type: string;
            /**
             * Circulated By Id
             * Format: uuid
             */
            circulated_by_id: string;
            /** @description The report's file, once attached (its name only for those who may open it) */
            file?: components["schemas"]["FileOut"] | null;
            /**
             * Download
             * @description Where to download the file, for the review's managers and its team's members; null for the rest, and before a file is attached
             */
            download?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * DraftResponseCreate
         * @example {
         *       "response": "signed_off"
         *     }
         * @example {
         *       "comments": "Paragraph 4.2: the strategy meeting was on 3 March, not 5 March.",
         *       "response": "comments"
         *     }
         */
        DraftResponseCreate: {
            response: components["schemas"]["DraftResponseKind"];
            /**
             * Comments
             * @description Required with `comments`; not taken with `signed_off`
             */
            comments?: string | null;
        };
        /**
         * DraftResponseKind
         * @description ``signed_off``: the agency confirms the draft's factual accuracy; ``comments``: it
         *     returns comments (the text is required).
         * @enum {string}
         */
        DraftResponseKind: "signed_off" | "comments";
        /**
         * DraftResponseOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "comments": "Paragraph 4.2: the strategy meeting was on 3 March.",
         *       "comments_withheld": false,
         *       "draft_id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
         *       "id": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
         *       "member_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "responded_at": "2026-03-04T10:00:00Z",
         *       "responded_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "responded_by_type": "user",
         *       "response": "comments",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "superseded": false
         *     }
         */
        DraftResponseOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Draft Id
             * Format: uuid
             */
            draft_id: string;
            /**
             * Member Id
             * Format: uuid
             * @description The seat it was recorded from
             */
            member_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            response: components["schemas"]["DraftResponseKind"];
            /**
             * Comments
             * @description Shown to the review's managers and to the responding agency's own callers; null for everyone else (see `comments_withheld`)
             */
            comments: string | null;
            /**
             * Comments Withheld
             * @description True when there are comments the caller may not read
             */
            comments_withheld: boolean;
            /**
             * Superseded
             * @description A later response of the same agency to the same draft replaces it
             */
            superseded: boolean;
            /** Responded By Type */
            responded_by_type: string;
            /**
             * Responded By Id
             * Format: uuid
             */
            responded_by_id: string;
            /**
             * Responded At
             * Format: date-time
             */
            responded_at: string;
        };
        /** DraftWithdraw */
        DraftWithdraw: {
            /**
             * Reason
             * @example Superseded: circulated in error
             */
            reason: string;
        };
        /** EvidenceCounts */
        EvidenceCounts: {
            /**
             * Submitted
             * @description Awaiting the review's managers
             */
            submitted: number;
            /** Accepted */
            accepted: number;
            /** Returned */
            returned: number;
        };
        /**
         * EvidenceCreate
         * @example {
         *       "kind": "note",
         *       "note": "Audit of 20 records: 19 quote the child (fictional)."
         *     }
         * @example {
         *       "kind": "link",
         *       "url": "https://intranet.example/audits/2026-10"
         *     }
         */
        EvidenceCreate: {
            /**
             * Kind
             * @description A file is sent to `.../evidence/files` as the raw body
             * @enum {string}
             */
            kind: "note" | "link";
            /**
             * Note
             * @description Required for a note
             */
            note?: string | null;
            /**
             * Url
             * @description Required for a link (https)
             */
            url?: string | null;
        };
        /**
         * EvidenceDecision
         * @example {
         *       "decision": "accepted"
         *     }
         * @example {
         *       "comment": "Please include the audit's sample.",
         *       "decision": "returned"
         *     }
         */
        EvidenceDecision: {
            /**
             * Decision
             * @enum {string}
             */
            decision: "accepted" | "returned";
            /**
             * Comment
             * @description Required when returning
             */
            comment?: string | null;
        };
        /**
         * EvidenceKind
         * @enum {string}
         */
        EvidenceKind: "note" | "link" | "file";
        /**
         * EvidenceOut
         * @example {
         *       "action_id": "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b",
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "created_at": "2026-10-10T09:00:00Z",
         *       "details_withheld": false,
         *       "id": "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d",
         *       "kind": "note",
         *       "note": "Audit of 20 records: 19 quote the child (fictional).",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "status": "submitted",
         *       "submitted_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "submitted_by_type": "user",
         *       "updated_at": "2026-10-10T09:00:00Z"
         *     }
         */
        EvidenceOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Action Id
             * Format: uuid
             */
            action_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            kind: components["schemas"]["EvidenceKind"];
            /** Note */
            note: string | null;
            /** Url */
            url: string | null;
            file: components["schemas"]["FileOut"] | null;
            /** Download */
            download: string | null;
            status: components["schemas"]["EvidenceStatus"];
            /** Submitted By Type */
            submitted_by_type: string;
            /**
             * Submitted By Id
             * Format: uuid
             */
            submitted_by_id: string;
            /** Decision Comment */
            decision_comment: string | null;
            /** Decided By Type */
            decided_by_type: string | null;
            /** Decided By Id */
            decided_by_id: string | null;
            /** Decided At */
            decided_at: string | null;
            /**
             * Details Withheld
             * @description True for callers who may not read its content (viewers, and agencies other than the owner)
             */
            details_withheld: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * EvidenceStatus
         * @enum {string}
         */
        EvidenceStatus: "submitted" | "accepted" | "returned";
        /**
         * ExportFormat
         * @enum {string}
         */
        ExportFormat: "xlsx" | "csv";
        /**
         * FamilyInvolvementOut
         * @description How the child's family takes part in the review. The notes are identifying details
         *     (names, where the family lives, what they said): encrypted at rest, only for the
         *     partnership's administrators and the review's lead reviewer, every read audited.
         */
        FamilyInvolvementOut: {
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Notes
             * @description Null when none are recorded
             */
            notes: string | null;
        };
        /** FamilyInvolvementUpdate */
        FamilyInvolvementUpdate: {
            /**
             * Notes
             * @description Replaces the notes; null (or empty) clears them
             */
            notes: string | null;
        };
        /**
         * FiguresOut
         * @example {
         *       "actions": {
         *         "as_of": "2026-04-20",
         *         "by_rag": [
         *           {
         *             "count": 2,
         *             "key": "red"
         *           },
         *           {
         *             "count": 3,
         *             "key": "amber"
         *           },
         *           {
         *             "count": 5,
         *             "key": "green"
         *           },
         *           {
         *             "count": 2,
         *             "key": "closed"
         *           }
         *         ],
         *         "by_status": [
         *           {
         *             "count": 3,
         *             "key": "not_started"
         *           },
         *           {
         *             "count": 6,
         *             "key": "in_progress"
         *           },
         *           {
         *             "count": 1,
         *             "key": "completed"
         *           },
         *           {
         *             "count": 1,
         *             "key": "signed_off"
         *           },
         *           {
         *             "count": 1,
         *             "key": "cancelled"
         *           }
         *         ],
         *         "total": 12
         *       },
         *       "decisions": {
         *         "by_decision": [
         *           {
         *             "count": 2,
         *             "key": "lcspr"
         *           },
         *           {
         *             "count": 3,
         *             "key": "no_review"
         *           },
         *           {
         *             "count": 1,
         *             "key": "national_review"
         *           }
         *         ],
         *         "total": 6
         *       },
         *       "lcsprs": {
         *         "published": 1,
         *         "started": 2
         *       },
         *       "learning": {
         *         "by_theme": [
         *           {
         *             "count": 3,
         *             "name": "Information sharing",
         *             "theme_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
         *           },
         *           {
         *             "count": 1,
         *             "name": "Hearing the voice of the child",
         *             "theme_id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
         *           }
         *         ],
         *         "total": 4
         *       },
         *       "notifications": {
         *         "by_incident_kind": [
         *           {
         *             "count": 2,
         *             "key": "death"
         *           },
         *           {
         *             "count": 4,
         *             "key": "serious_harm"
         *           },
         *           {
         *             "count": 1,
         *             "key": "care_leaver_death"
         *           }
         *         ],
         *         "total": 7
         *       },
         *       "period_from": "2025-04-01",
         *       "period_to": "2026-03-31",
         *       "rapid_reviews": {
         *         "late": 1,
         *         "rule": "rapid_review_to_panel",
         *         "sent": 6,
         *         "within_deadline": 5,
         *         "working_days": 15
         *       },
         *       "time_to_publication": {
         *         "max_days": 190,
         *         "median_days": 190,
         *         "months": 6,
         *         "published": 1,
         *         "unit": "calendar_days",
         *         "within_deadline": 0
         *       }
         *     }
         */
        FiguresOut: {
            /**
             * Period From
             * Format: date
             */
            period_from: string;
            /**
             * Period To
             * Format: date
             */
            period_to: string;
            notifications: components["schemas"]["Notifications"];
            rapid_reviews: components["schemas"]["RapidReviews"];
            decisions: components["schemas"]["Decisions"];
            lcsprs: components["schemas"]["Lcsprs"];
            time_to_publication: components["schemas"]["TimeToPublication"];
            actions: components["schemas"]["ActionFigures"];
            learning: components["schemas"]["Learning"];
        };
        /** FileOut */
        FileOut: {
            /**
             * File Name
             * @description The name it was uploaded under (data only); null for callers who may not open the file
             */
            file_name: string | null;
            /**
             * Media Type
             * @description The type found in the file's bytes
             */
            media_type: string;
            /** Size Bytes */
            size_bytes: number;
            /**
             * Sha256
             * @description SHA-256 of the bytes as stored, in hex
             */
            sha256: string;
        };
        /** IdentifyingDetails */
        IdentifyingDetails: {
            /** Names */
            names: string | null;
            /** Date Of Birth */
            date_of_birth: string | null;
        };
        /**
         * IncidentKind
         * @enum {string}
         */
        IncidentKind: "death" | "serious_harm" | "care_leaver_death";
        /**
         * ItemStatus
         * @enum {string}
         */
        ItemStatus: "not_started" | "in_progress" | "done" | "not_applicable";
        /**
         * LandedCheck
         * @example {
         *       "method": "case_audit",
         *       "note": "Audit of 20 visit records: 18 record time alone with the child.",
         *       "on": "2026-10-01",
         *       "outcome": "landed"
         *     }
         */
        LandedCheck: {
            /**
             * On
             * Format: date
             * @description When it was checked; not before it was shared, not future
             */
            on: string;
            method: components["schemas"]["LandedMethod"];
            /** @description `not_landed` leaves the agency to share the learning again */
            outcome: components["schemas"]["LandedOutcome"];
            /** Note */
            note?: string | null;
        };
        /**
         * LandedMethod
         * @description How an agency checked that learning landed.
         * @enum {string}
         */
        LandedMethod: "case_audit" | "practitioner_survey" | "supervision" | "observation" | "feedback" | "other";
        /**
         * LandedOutcome
         * @description What the check found: ``not_landed`` leaves the learning to be shared again.
         * @enum {string}
         */
        LandedOutcome: "landed" | "partly_landed" | "not_landed";
        /** Lcsprs */
        Lcsprs: {
            /**
             * Started
             * @description Decisions in the period to hold a local review
             */
            started: number;
            /**
             * Published
             * @description Local reviews published in the period
             */
            published: number;
        };
        /** LeadReviewerOut */
        LeadReviewerOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /** Learning */
        Learning: {
            /** Total */
            total: number;
            /**
             * By Theme
             * @description Themes with learning in the period, most first (withdrawn items left out)
             */
            by_theme: components["schemas"]["ThemeCount"][];
        };
        /**
         * LearningCreate
         * @example {
         *       "description": "Across three agencies, visits were arranged through the parent and the child was not seen alone (fictional).",
         *       "emerged_on": "2026-06-12",
         *       "theme_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "title": "Home visits did not include time alone with the child"
         *     }
         */
        LearningCreate: {
            /**
             * Theme Id
             * Format: uuid
             * @description An active theme of the partnership's list
             */
            theme_id: string;
            /** Title */
            title: string;
            /** Description */
            description: string;
            /**
             * Emerged On
             * @description When the learning emerged; defaults to today, not in the future
             */
            emerged_on?: string | null;
        };
        /**
         * LearningOut
         * @example {
         *       "created_at": "2026-06-12T10:00:00Z",
         *       "description": "Visits were arranged through the parent (fictional).",
         *       "emerged_on": "2026-06-12",
         *       "id": "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a",
         *       "recorded_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "recorded_by_type": "user",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "sharing": [
         *         {
         *           "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *           "checked": 1,
         *           "disseminations": 1,
         *           "landed": true
         *         }
         *       ],
         *       "theme": "Hearing the voice of the child",
         *       "theme_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "title": "Home visits did not include time alone with the child",
         *       "updated_at": "2026-06-12T10:00:00Z"
         *     }
         */
        LearningOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Theme Id
             * Format: uuid
             */
            theme_id: string;
            /** Theme */
            theme: string;
            /** Title */
            title: string;
            /** Description */
            description: string;
            /**
             * Emerged On
             * Format: date
             */
            emerged_on: string;
            /** Recorded By Type */
            recorded_by_type: string;
            /**
             * Recorded By Id
             * Format: uuid
             */
            recorded_by_id: string;
            /** Withdrawn On */
            withdrawn_on: string | null;
            /** Withdrawn Reason */
            withdrawn_reason: string | null;
            /**
             * Sharing
             * @description Per agency that has shared it: how often, and whether it landed
             */
            sharing: components["schemas"]["AgencySharing"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * LearningPatch
         * @example {
         *       "title": "Children were not seen alone at home visits"
         *     }
         */
        LearningPatch: {
            /** Theme Id */
            theme_id?: string | null;
            /** Title */
            title?: string | null;
            /** Description */
            description?: string | null;
            /** Emerged On */
            emerged_on?: string | null;
        };
        /** MeOut */
        MeOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Email */
            email: string;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            partnership: components["schemas"]["PartnershipRef"];
            agency: components["schemas"]["AgencyOut"] | null;
            /** Totp Enrolled */
            totp_enrolled: boolean;
            /** Totp Enrolment Required */
            totp_enrolment_required: boolean;
            /** Scopes */
            scopes: string[];
        };
        /** MeUpdate */
        MeUpdate: {
            /** Name */
            name?: string;
        };
        /**
         * MeetingCancel
         * @example {
         *       "reason": "Chair unwell"
         *     }
         */
        MeetingCancel: {
            /** Reason */
            reason: string;
        };
        /**
         * MeetingCreate
         * @example {
         *       "agenda": "Terms of reference; chronology; practitioners to invite.",
         *       "held_at": "2026-03-09T10:00:00Z",
         *       "kind": "review_team_meeting",
         *       "location": "Room 2, Example House (fictional)",
         *       "online": false
         *     }
         */
        MeetingCreate: {
            kind: components["schemas"]["MeetingKind"];
            /**
             * Held At
             * Format: date-time
             * @description When it is (or was) held, with a timezone
             */
            held_at: string;
            /**
             * Status
             * @description `held` records a meeting that has already taken place (not in the future)
             * @default scheduled
             * @enum {string}
             */
            status?: "scheduled" | "held";
            /** Location */
            location?: string | null;
            /**
             * Online
             * @description Held online (a location is then optional)
             * @default false
             */
            online?: boolean;
            /**
             * Agenda
             * @description An agenda note
             */
            agenda?: string | null;
        };
        /**
         * MeetingKind
         * @enum {string}
         */
        MeetingKind: "review_team_meeting" | "practitioner_learning_event" | "family_meeting" | "other";
        /**
         * MeetingOut
         * @example {
         *       "agenda": "Terms of reference; chronology; practitioners to invite.",
         *       "created_at": "2026-03-02T12:00:00Z",
         *       "created_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "created_by_type": "user",
         *       "held_at": "2026-03-09T10:00:00Z",
         *       "id": "5d2a9c1e-3b4f-4a6d-9e8f-0a1b2c3d4e5f",
         *       "kind": "review_team_meeting",
         *       "location": "Room 2, Example House (fictional)",
         *       "online": false,
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "status": "scheduled",
         *       "updated_at": "2026-03-02T12:00:00Z"
         *     }
         */
        MeetingOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            kind: components["schemas"]["MeetingKind"];
            status: components["schemas"]["MeetingStatus"];
            /**
             * Held At
             * Format: date-time
             */
            held_at: string;
            /** Location */
            location: string | null;
            /** Online */
            online: boolean;
            /** Agenda */
            agenda: string | null;
            /** Cancelled Reason */
            cancelled_reason: string | null;
            /** Created By Type */
            created_by_type: string;
            /**
             * Created By Id
             * Format: uuid
             */
            created_by_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * MeetingStatus
         * @description ``scheduled``: planned; ``held``: it took place (only held review team meetings count
         *     towards attendance rates); ``cancelled``: called off, kept, never deleted.
         * @enum {string}
         */
        MeetingStatus: "scheduled" | "held" | "cancelled";
        /**
         * MeetingUpdate
         * @description What may change; a meeting is marked as held with ``status: held``.
         */
        MeetingUpdate: {
            kind?: components["schemas"]["MeetingKind"];
            /**
             * Held At
             * Format: date-time
             */
            held_at?: string;
            /**
             * Status
             * @example held
             * @enum {string}
             */
            status?: "scheduled" | "held";
            /** Location */
            location?: string | null;
            /** Online */
            online?: boolean;
            /** Agenda */
            agenda?: string | null;
        };
        /** MemberAttendanceIn */
        MemberAttendanceIn: {
            /**
             * Member Id
             * Format: uuid
             * @description A seat on the review, active on the meeting's day
             */
            member_id: string;
            status: components["schemas"]["MemberAttendanceStatus"];
        };
        /** MemberAttendanceOut */
        MemberAttendanceOut: {
            /**
             * Member Id
             * Format: uuid
             */
            member_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            status: components["schemas"]["MemberAttendanceStatus"];
        };
        /**
         * MemberAttendanceStatus
         * @description A seat's attendance. ``deputy_sent`` counts as attending: the agency was there.
         * @enum {string}
         */
        MemberAttendanceStatus: "attended" | "apologies" | "deputy_sent" | "absent";
        /** MemberCreate */
        MemberCreate: {
            /**
             * User Id
             * Format: uuid
             * @description A user with the member role; their agency is the agency they represent
             */
            user_id: string;
            /**
             * Deputy
             * @description A deputy stands in for the agency's member and has no checklist of their own
             * @default false
             */
            deputy?: boolean;
            /**
             * Joined On
             * @description Defaults to today
             */
            joined_on?: string | null;
        };
        /** MemberLeave */
        MemberLeave: {
            /** Reason */
            reason: string;
            /**
             * Left On
             * @description Defaults to today
             */
            left_on?: string | null;
        };
        /** MemberOut */
        MemberOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /** Name */
            name: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Deputy */
            deputy: boolean;
            /**
             * Joined On
             * Format: date
             */
            joined_on: string;
            /** Left On */
            left_on: string | null;
            /** Left Reason */
            left_reason: string | null;
            /** Active */
            active: boolean;
            /** Checklist Template Version */
            checklist_template_version: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * NoProceedingsCreate
         * @example {
         *       "declared_on": "2026-03-02"
         *     }
         */
        NoProceedingsCreate: {
            /**
             * Agency Id
             * @description The agency that knows of it. Members record their own agency's (omit it, or send their own); administrators and the lead reviewer name an agency on the review.
             */
            agency_id?: string | null;
            /**
             * Declared On
             * @description As of when the agency knows of none; defaults to today
             */
            declared_on?: string | null;
        };
        /**
         * NoProceedingsOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "created_at": "2026-03-02T12:00:00Z",
         *       "declared_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "declared_by_type": "user",
         *       "declared_on": "2026-03-02",
         *       "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b"
         *     }
         */
        NoProceedingsOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /**
             * Declared On
             * Format: date
             */
            declared_on: string;
            /** Declared By Type */
            declared_by_type: string;
            /**
             * Declared By Id
             * Format: uuid
             */
            declared_by_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** Notifications */
        Notifications: {
            /** Total */
            total: number;
            /**
             * By Incident Kind
             * @description Every incident kind, in the order of the API's enum, zeros included
             */
            by_incident_kind: components["schemas"]["Count"][];
        };
        /** OutstandingAction */
        OutstandingAction: {
            /**
             * Action Id
             * Format: uuid
             */
            action_id: string;
            /** Title */
            title: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            status: components["schemas"]["ActionStatus"];
        };
        /** OutstandingDocument */
        OutstandingDocument: {
            /**
             * Document Id
             * Format: uuid
             */
            document_id: string;
            kind: components["schemas"]["DocumentKind"];
            /** Title */
            title: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /**
             * Status
             * @description Nothing sent yet; sent and awaiting the lead reviewer; or returned for a new version
             * @enum {string}
             */
            status: "requested" | "submitted" | "returned";
        };
        /** OutstandingItem */
        OutstandingItem: {
            /** Duty */
            duty: string;
            /** Title */
            title: string;
            status: components["schemas"]["ItemStatus"];
            /** Derived */
            derived: boolean;
        };
        /** OutstandingPlanRequest */
        OutstandingPlanRequest: {
            /**
             * Request Id
             * Format: uuid
             */
            request_id: string;
            item: components["schemas"]["PlanItem"];
            /** Question */
            question: string | null;
        };
        /** Page[ActionOut] */
        Page_ActionOut_: {
            /** Items */
            items: components["schemas"]["ActionOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[AgencyOut] */
        Page_AgencyOut_: {
            /** Items */
            items: components["schemas"]["AgencyOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[AlertOut] */
        Page_AlertOut_: {
            /** Items */
            items: components["schemas"]["AlertOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[AnswerOut] */
        Page_AnswerOut_: {
            /** Items */
            items: components["schemas"]["AnswerOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[AuditEventOut] */
        Page_AuditEventOut_: {
            /** Items */
            items: components["schemas"]["AuditEventOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ClientOut] */
        Page_ClientOut_: {
            /** Items */
            items: components["schemas"]["ClientOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ContactOut] */
        Page_ContactOut_: {
            /** Items */
            items: components["schemas"]["ContactOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DeclarationOut] */
        Page_DeclarationOut_: {
            /** Items */
            items: components["schemas"]["DeclarationOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DisseminationOut] */
        Page_DisseminationOut_: {
            /** Items */
            items: components["schemas"]["DisseminationOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DocumentOut] */
        Page_DocumentOut_: {
            /** Items */
            items: components["schemas"]["DocumentOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DraftOut] */
        Page_DraftOut_: {
            /** Items */
            items: components["schemas"]["DraftOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DraftResponseOut] */
        Page_DraftResponseOut_: {
            /** Items */
            items: components["schemas"]["DraftResponseOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[EvidenceOut] */
        Page_EvidenceOut_: {
            /** Items */
            items: components["schemas"]["EvidenceOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[LearningOut] */
        Page_LearningOut_: {
            /** Items */
            items: components["schemas"]["LearningOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[MeetingOut] */
        Page_MeetingOut_: {
            /** Items */
            items: components["schemas"]["MeetingOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[MemberOut] */
        Page_MemberOut_: {
            /** Items */
            items: components["schemas"]["MemberOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[NoProceedingsOut] */
        Page_NoProceedingsOut_: {
            /** Items */
            items: components["schemas"]["NoProceedingsOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[PractitionerOut] */
        Page_PractitionerOut_: {
            /** Items */
            items: components["schemas"]["PractitionerOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ProceedingOut] */
        Page_ProceedingOut_: {
            /** Items */
            items: components["schemas"]["ProceedingOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[RecommendationOut] */
        Page_RecommendationOut_: {
            /** Items */
            items: components["schemas"]["RecommendationOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[RequestOut] */
        Page_RequestOut_: {
            /** Items */
            items: components["schemas"]["RequestOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ReviewSummary] */
        Page_ReviewSummary_: {
            /** Items */
            items: components["schemas"]["ReviewSummary"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[SubjectOut] */
        Page_SubjectOut_: {
            /** Items */
            items: components["schemas"]["SubjectOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ThemeOut] */
        Page_ThemeOut_: {
            /** Items */
            items: components["schemas"]["ThemeOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[TransitionOut] */
        Page_TransitionOut_: {
            /** Items */
            items: components["schemas"]["TransitionOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[UpdateOut] */
        Page_UpdateOut_: {
            /** Items */
            items: components["schemas"]["UpdateOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[UserOut] */
        Page_UserOut_: {
            /** Items */
            items: components["schemas"]["UserOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[VersionOut] */
        Page_VersionOut_: {
            /** Items */
            items: components["schemas"]["VersionOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /**
         * PaperworkEvidence
         * @description What the paperwork duty rests on: the documents asked of the agency, and those not
         *     yet accepted.
         */
        PaperworkEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "documents";
            /**
             * Requested
             * @description Open (not withdrawn) requests to the agency
             */
            requested: number;
            /**
             * Accepted
             * @description Of them, those whose latest version is accepted
             */
            accepted: number;
            /**
             * Outstanding
             * @description The requests not yet accepted, soonest due first
             */
            outstanding: components["schemas"]["OutstandingDocument"][];
        };
        /**
         * ParallelProceedingsEvidence
         * @description What the parallel-proceedings duty rests on: the agency's proceedings recorded on the
         *     review, or the date it declared it knows of none.
         */
        ParallelProceedingsEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "parallel_proceedings";
            /**
             * Proceedings
             * @description Proceedings the agency has recorded on the review
             */
            proceedings: number;
            /**
             * Kinds
             * @description Their kinds, once each, sorted
             * @example [
             *       "criminal_investigation"
             *     ]
             */
            kinds: string[];
            /**
             * Open
             * @description Of them, those not concluded
             */
            open: number;
            /**
             * Holding Publication
             * @description Of them, those holding publication now
             */
            holding_publication: number;
            /**
             * None Declared On
             * @description The date of the agency's latest "none" declaration (null if it has made none, or has recorded proceedings since)
             */
            none_declared_on: string | null;
        };
        /** PartnershipRef */
        PartnershipRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /**
         * PartnershipSettingsOut
         * @example {
         *       "attendance_threshold_percent": 80,
         *       "contact_interval_days": 28
         *     }
         */
        PartnershipSettingsOut: {
            /**
             * Attendance Threshold Percent
             * @description Attendance at review team meetings that completes the duty
             */
            attendance_threshold_percent: number;
            /**
             * Contact Interval Days
             * @description Each practitioner is contacted at least this often
             */
            contact_interval_days: number;
        };
        /** PartnershipSettingsUpdate */
        PartnershipSettingsUpdate: {
            /**
             * Attendance Threshold Percent
             * @example 75
             */
            attendance_threshold_percent?: number;
            /** Contact Interval Days */
            contact_interval_days?: number;
        };
        /** PasswordChange */
        PasswordChange: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /**
         * PerformanceLeadEvidence
         * @description The agency's performance/development lead, as the member last named them.
         */
        PerformanceLeadEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "performance_lead";
            /**
             * Declaration Id
             * Format: uuid
             */
            declaration_id: string;
            /**
             * Declared At
             * Format: date-time
             */
            declared_at: string;
            /** Lead Name */
            lead_name: string;
            /** Lead Role */
            lead_role: string | null;
        };
        /**
         * PlanItem
         * @description What a request asks: ``comms_lead`` (a name), ``staff_briefed`` (a date),
         *     ``family_informed`` (a date, or not applicable with a reason), ``other`` (the request's
         *     own question, answered in text).
         * @enum {string}
         */
        PlanItem: "comms_lead" | "staff_briefed" | "family_informed" | "other";
        /** PractitionerAttendanceIn */
        PractitionerAttendanceIn: {
            /**
             * Practitioner Id
             * Format: uuid
             * @description An active practitioner of the review
             */
            practitioner_id: string;
            status: components["schemas"]["PractitionerAttendanceStatus"];
        };
        /** PractitionerAttendanceOut */
        PractitionerAttendanceOut: {
            /**
             * Practitioner Id
             * Format: uuid
             */
            practitioner_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            status: components["schemas"]["PractitionerAttendanceStatus"];
            /**
             * Name
             * @description Shown only to those who may read the practitioner (the partnership's administrators, the lead reviewer, members of the practitioner's agency); null for everyone else
             */
            name: string | null;
        };
        /**
         * PractitionerAttendanceStatus
         * @enum {string}
         */
        PractitionerAttendanceStatus: "invited" | "attended" | "declined";
        /**
         * PractitionerContactEvidence
         * @description What the contact duty rests on: the agency's active practitioners, contacted within
         *     the partnership's interval, and aftercare after each held meeting they attended.
         *     Identifiers only, never names.
         */
        PractitionerContactEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "practitioner_contact";
            /**
             * Practitioners
             * @description The agency's active practitioners on the review
             */
            practitioners: number;
            /** Contacted Within Interval */
            contacted_within_interval: number;
            /**
             * Interval Days
             * @description The partnership's contact interval
             */
            interval_days: number;
            /**
             * Aftercare Due
             * @description Held meetings attended by a practitioner with no aftercare contact on or after the meeting's day (counted per practitioner and meeting)
             */
            aftercare_due: number;
            /**
             * Missing Contact
             * @description Practitioners with no contact within the interval
             */
            missing_contact: string[];
            /**
             * Missing Aftercare
             * @description Practitioners owed aftercare
             */
            missing_aftercare: string[];
        };
        /** PractitionerCounts */
        PractitionerCounts: {
            /** Invited */
            invited: number;
            /** Attended */
            attended: number;
            /** Declined */
            declined: number;
        };
        /** PractitionerCreate */
        PractitionerCreate: {
            /**
             * Name
             * @example Jo Example
             */
            name: string;
            /**
             * Job Title
             * @example Social worker
             */
            job_title: string;
            /**
             * Team
             * @example Children's services, north team
             */
            team?: string | null;
            /**
             * Work Email
             * @example jo.example@council.example
             */
            work_email?: string | null;
            /**
             * Phone
             * @example 01632 960123
             */
            phone?: string | null;
            /**
             * Line Manager
             * @example Sam Manager
             */
            line_manager?: string | null;
            /**
             * Involvement
             * @description What the practitioner did in the case, within the terms-of-reference period
             * @example Allocated social worker; three home visits
             */
            involvement?: string | null;
            /**
             * Involved From
             * @description Start of their involvement; within the review's terms-of-reference period when the review holds one
             * @example 2025-06-01
             */
            involved_from?: string | null;
            /**
             * Involved To
             * @description End of their involvement
             * @example 2025-11-30
             */
            involved_to?: string | null;
            /**
             * Consent To Contact
             * @description The practitioner agreed to be contacted
             * @default false
             */
            consent_to_contact?: boolean;
            /** @description Support offered to the practitioner, and their answer */
            support_status?: components["schemas"]["SupportStatus"] | null;
            /**
             * External Ref
             * @description The agency system's own id for the practitioner; unique per review and agency. Give it to push the same practitioner again with `PUT /practitioners/by-ref/{external_ref}`.
             * @example HR-004512
             */
            external_ref?: string | null;
        };
        /**
         * PractitionerOut
         * @description A practitioner, with their personal details: only ever written to a caller entitled to
         *     them (the partnership's administrators, the review's lead reviewer, the agency's own
         *     seated members and deputies, and the agency's own system); every answer carrying them is
         *     audited (``practitioner.read_identifying``).
         */
        PractitionerOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /**
             * External Ref
             * @example HR-004512
             */
            external_ref: string | null;
            /**
             * Name
             * @example Jo Example
             */
            name: string;
            /**
             * Job Title
             * @example Social worker
             */
            job_title: string;
            /** Team */
            team: string | null;
            /**
             * Work Email
             * @example jo.example@council.example
             */
            work_email: string | null;
            /** Phone */
            phone: string | null;
            /** Line Manager */
            line_manager: string | null;
            /** Involvement */
            involvement: string | null;
            /** Involved From */
            involved_from: string | null;
            /** Involved To */
            involved_to: string | null;
            /** Consent To Contact */
            consent_to_contact: boolean;
            support_status: components["schemas"]["SupportStatus"] | null;
            /**
             * Active
             * @description False once withdrawn
             */
            active: boolean;
            /** Withdrawn On */
            withdrawn_on: string | null;
            /** Withdrawn Reason */
            withdrawn_reason: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Etag
             * @description Send as If-Match to change the practitioner
             */
            etag: string;
        };
        /**
         * PractitionerReplace
         * @description The whole practitioner, as the agency's system holds them (``PUT .../by-ref/{ref}``):
         *     fields left out are cleared.
         */
        PractitionerReplace: {
            /**
             * Name
             * @example Jo Example
             */
            name: string;
            /**
             * Job Title
             * @example Social worker
             */
            job_title: string;
            /**
             * Team
             * @example Children's services, north team
             */
            team?: string | null;
            /**
             * Work Email
             * @example jo.example@council.example
             */
            work_email?: string | null;
            /**
             * Phone
             * @example 01632 960123
             */
            phone?: string | null;
            /**
             * Line Manager
             * @example Sam Manager
             */
            line_manager?: string | null;
            /**
             * Involvement
             * @description What the practitioner did in the case, within the terms-of-reference period
             * @example Allocated social worker; three home visits
             */
            involvement?: string | null;
            /**
             * Involved From
             * @description Start of their involvement; within the review's terms-of-reference period when the review holds one
             * @example 2025-06-01
             */
            involved_from?: string | null;
            /**
             * Involved To
             * @description End of their involvement
             * @example 2025-11-30
             */
            involved_to?: string | null;
            /**
             * Consent To Contact
             * @description The practitioner agreed to be contacted
             * @default false
             */
            consent_to_contact?: boolean;
            /** @description Support offered to the practitioner, and their answer */
            support_status?: components["schemas"]["SupportStatus"] | null;
        };
        /**
         * PractitionerSummary
         * @description How many practitioners each agency on the review has: no personal details, for
         *     everyone who reaches the review.
         */
        PractitionerSummary: {
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /** Agencies */
            agencies: components["schemas"]["AgencyCount"][];
            /**
             * Active
             * @description All agencies' active practitioners
             * @example 9
             */
            active: number;
        };
        /** PractitionerUpdate */
        PractitionerUpdate: {
            /**
             * Name
             * @example Jo Example
             */
            name?: string;
            /**
             * Job Title
             * @example Senior social worker
             */
            job_title?: string;
            /**
             * Team
             * @example Children's services, north team
             */
            team?: string | null;
            /**
             * Work Email
             * @example jo.example@council.example
             */
            work_email?: string | null;
            /**
             * Phone
             * @example 01632 960123
             */
            phone?: string | null;
            /**
             * Line Manager
             * @example Sam Manager
             */
            line_manager?: string | null;
            /**
             * Involvement
             * @description What the practitioner did in the case, within the terms-of-reference period
             * @example Allocated social worker; three home visits
             */
            involvement?: string | null;
            /**
             * Involved From
             * @description Start of their involvement; within the review's terms-of-reference period when the review holds one
             * @example 2025-06-01
             */
            involved_from?: string | null;
            /**
             * Involved To
             * @description End of their involvement
             * @example 2025-11-30
             */
            involved_to?: string | null;
            /**
             * Consent To Contact
             * @example true
             */
            consent_to_contact?: boolean;
            /** @example accepted */
            support_status?: components["schemas"]["SupportStatus"] | null;
        };
        /** PractitionerWithdraw */
        PractitionerWithdraw: {
            /**
             * Reason
             * @example Added in error: not involved in the period
             */
            reason: string;
            /**
             * Withdrawn On
             * @description Defaults to today
             */
            withdrawn_on?: string | null;
        };
        /**
         * PractitionersEvidence
         * @description What the identify duty rests on: the agency's practitioners on the review, or the
         *     member's "no practitioners involved" declaration.
         */
        PractitionersEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "practitioners";
            /**
             * Active
             * @description The agency's active practitioners on the review
             */
            active: number;
            /**
             * Withdrawn
             * @description The agency's withdrawn practitioners
             */
            withdrawn: number;
            /**
             * Declaration Id
             * @description The "no practitioners involved" declaration that completes the duty, if that is what does
             */
            declaration_id: string | null;
            /** Declared At */
            declared_at: string | null;
        };
        /**
         * ProceedingCreate
         * @example {
         *       "expected_end_on": "2026-09-30",
         *       "holds_publication": true,
         *       "kind": "criminal_investigation",
         *       "liaison_contact": "Major Investigation Team, via the force's CSPR liaison inbox",
         *       "note": "Charging decision expected in the summer (fictional).",
         *       "status": "active"
         *     }
         */
        ProceedingCreate: {
            /**
             * Agency Id
             * @description The agency that knows of it. Members record their own agency's (omit it, or send their own); administrators and the lead reviewer name an agency on the review.
             */
            agency_id?: string | null;
            kind: components["schemas"]["ProceedingKind"];
            /** @default active */
            status?: components["schemas"]["ProceedingStatus"];
            /**
             * Liaison Contact
             * @description Whom the review team contacts about it: a role, team or shared inbox
             */
            liaison_contact?: string | null;
            /** Expected End On */
            expected_end_on?: string | null;
            /**
             * Holds Publication
             * @description While true and the proceeding is not concluded, the review cannot move to publication or be published (an administrator may override, with a reason)
             * @default false
             */
            holds_publication?: boolean;
            /** Note */
            note?: string | null;
        };
        /**
         * ProceedingKind
         * @enum {string}
         */
        ProceedingKind: "criminal_investigation" | "criminal_trial" | "inquest" | "family_court" | "disciplinary" | "domestic_homicide_review" | "safeguarding_adult_review" | "other";
        /**
         * ProceedingOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "created_at": "2026-03-02T12:00:00Z",
         *       "expected_end_on": "2026-09-30",
         *       "holds_publication": true,
         *       "id": "0b9f8f0e-2f5c-4c39-9a55-3f7c0f1d2a10",
         *       "kind": "criminal_investigation",
         *       "liaison_contact": "Major Investigation Team, via the force's CSPR liaison inbox",
         *       "note": "Charging decision expected in the summer (fictional).",
         *       "recorded_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "recorded_by_type": "user",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "status": "active",
         *       "updated_at": "2026-03-02T12:00:00Z"
         *     }
         */
        ProceedingOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            kind: components["schemas"]["ProceedingKind"];
            status: components["schemas"]["ProceedingStatus"];
            /** Liaison Contact */
            liaison_contact: string | null;
            /** Expected End On */
            expected_end_on: string | null;
            /**
             * Concluded On
             * @description Set when the status became concluded
             */
            concluded_on: string | null;
            /** Holds Publication */
            holds_publication: boolean;
            /** Note */
            note: string | null;
            /** Recorded By Type */
            recorded_by_type: string;
            /**
             * Recorded By Id
             * Format: uuid
             */
            recorded_by_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ProceedingStatus
         * @description ``planned``: known to be coming (a trial listed, an inquest opened and adjourned);
         *     ``active``: under way; ``concluded``: over. Ending one is this change, never a delete.
         * @enum {string}
         */
        ProceedingStatus: "planned" | "active" | "concluded";
        /**
         * ProceedingUpdate
         * @description What may change; ending a proceeding is ``status: concluded``.
         */
        ProceedingUpdate: {
            kind?: components["schemas"]["ProceedingKind"];
            /** @example concluded */
            status?: components["schemas"]["ProceedingStatus"];
            /** Liaison Contact */
            liaison_contact?: string | null;
            /** Expected End On */
            expected_end_on?: string | null;
            /**
             * Holds Publication
             * @example false
             */
            holds_publication?: boolean;
            /** Note */
            note?: string | null;
        };
        /**
         * PublicationPlanEvidence
         * @description What the publication-planning duty rests on: the open requests to the agency, and
         *     which are still to answer.
         */
        PublicationPlanEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "publication_plan";
            /**
             * Requests
             * @description Open (not withdrawn) requests to the agency
             */
            requests: number;
            /**
             * Answered
             * @description Of them, those answered
             */
            answered: number;
            /**
             * Outstanding
             * @description The requests still to answer, oldest first
             */
            outstanding: components["schemas"]["OutstandingPlanRequest"][];
        };
        /**
         * Rag
         * @enum {string}
         */
        Rag: "red" | "amber" | "green" | "closed";
        /** RapidReviews */
        RapidReviews: {
            /**
             * Sent
             * @description Rapid Reviews sent to the Panel in the period
             */
            sent: number;
            /**
             * Within Deadline
             * @description Of those, sent no later than `working_days` working days after the partnership became aware (England's working-day calendar)
             */
            within_deadline: number;
            /** Late */
            late: number;
            /**
             * Working Days
             * @description The deadline in force (15 under WT2023)
             */
            working_days: number;
            /**
             * Rule
             * @description The statutory rule the deadline comes from
             */
            rule: string;
        };
        /**
         * RecommendationCreate
         * @example {
         *       "label": "R1",
         *       "text": "Agencies should make sure that practitioners hear the voice of the child directly at every home visit (fictional)."
         *     }
         */
        RecommendationCreate: {
            /**
             * Label
             * @description Unique on the review (`R1`)
             */
            label: string;
            /** Text */
            text: string;
        };
        /**
         * RecommendationOut
         * @example {
         *       "created_at": "2026-05-01T10:00:00Z",
         *       "id": "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e",
         *       "label": "R1",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "text": "Agencies should hear the voice of the child directly (fictional).",
         *       "updated_at": "2026-05-01T10:00:00Z"
         *     }
         */
        RecommendationOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /** Label */
            label: string;
            /** Text */
            text: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** RecommendationPatch */
        RecommendationPatch: {
            /** Label */
            label?: string | null;
            /** Text */
            text?: string | null;
        };
        /** RecordReferenceIn */
        RecordReferenceIn: {
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /**
             * Reference
             * @description The agency's own record number for this person
             */
            reference: string;
        };
        /** RecordReferenceOut */
        RecordReferenceOut: {
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Reference */
            reference: string;
        };
        /**
         * ReportSignoffEvidence
         * @description What the report-quality duty rests on: the current draft, and the agency's latest
         *     response to it (none yet: nulls).
         */
        ReportSignoffEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "report_signoff";
            /**
             * Draft Id
             * Format: uuid
             * @description The current draft
             */
            draft_id: string;
            /** Version Label */
            version_label: string;
            /** @description The agency's latest response to the current draft; null if it has not responded to it (an earlier draft's response does not count) */
            response: components["schemas"]["DraftResponseKind"] | null;
            /** Responded At */
            responded_at: string | null;
        };
        /**
         * RequestCreate
         * @description What one agency on the review is asked.
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "due_on": "2026-05-15",
         *       "item": "comms_lead"
         *     }
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "item": "other",
         *       "question": "Will your press office hold a statement on the day?"
         *     }
         */
        RequestCreate: {
            item: components["schemas"]["PlanItem"];
            /**
             * Question
             * @description Required for `other` (the question itself); for the other items, an optional note to the agency
             */
            question?: string | null;
            /**
             * Due On
             * @description When the answer is needed by
             */
            due_on?: string | null;
            /**
             * Agency Id
             * Format: uuid
             * @description An agency that sits on the review
             */
            agency_id: string;
        };
        /**
         * RequestOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "answered": false,
         *       "created_at": "2026-03-02T12:00:00Z",
         *       "due_on": "2026-05-15",
         *       "id": "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a",
         *       "item": "comms_lead",
         *       "requested_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "requested_by_type": "user",
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "updated_at": "2026-03-02T12:00:00Z"
         *     }
         */
        RequestOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            item: components["schemas"]["PlanItem"];
            /** Question */
            question: string | null;
            /** Due On */
            due_on: string | null;
            /** Answered */
            answered: boolean;
            /** @description The answer that counts: the latest */
            latest_answer: components["schemas"]["AnswerOut"] | null;
            /** Withdrawn On */
            withdrawn_on: string | null;
            /** Withdrawn Reason */
            withdrawn_reason: string | null;
            /** Requested By Type */
            requested_by_type: string;
            /**
             * Requested By Id
             * Format: uuid
             */
            requested_by_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * RequestToAll
         * @description What every agency on the review is asked.
         * @example {
         *       "due_on": "2026-05-29",
         *       "item": "staff_briefed"
         *     }
         */
        RequestToAll: {
            item: components["schemas"]["PlanItem"];
            /**
             * Question
             * @description Required for `other` (the question itself); for the other items, an optional note to the agency
             */
            question?: string | null;
            /**
             * Due On
             * @description When the answer is needed by
             */
            due_on?: string | null;
        };
        /** RequestWithdraw */
        RequestWithdraw: {
            /**
             * Reason
             * @example Asked twice in error
             */
            reason: string;
        };
        /**
         * RequestsSent
         * @description The requests sent, one per agency on the review.
         */
        RequestsSent: {
            /** Items */
            items: components["schemas"]["RequestOut"][];
        };
        /**
         * ReviewCreate
         * @description A review opens from a serious incident notification.
         */
        ReviewCreate: {
            incident_kind: components["schemas"]["IncidentKind"];
            /**
             * Incident On
             * Format: date
             */
            incident_on: string;
            /**
             * Became Aware On
             * Format: date
             * @description When the local authority became aware
             */
            became_aware_on: string;
            /**
             * Child Pseudonym
             * @example Child A
             */
            child_pseudonym: string;
            /** Sin Reference */
            sin_reference?: string | null;
            /** Sin Sent On */
            sin_sent_on?: string | null;
            /** Lead Reviewer Id */
            lead_reviewer_id?: string | null;
        };
        /** ReviewOut */
        ReviewOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Reference
             * @example SSCB-2026-007
             */
            reference: string;
            /**
             * Child Pseudonym
             * @example Child A
             */
            child_pseudonym: string;
            incident_kind: components["schemas"]["IncidentKind"];
            status: components["schemas"]["ReviewStatus"];
            /** Lead Reviewer Id */
            lead_reviewer_id: string | null;
            /** @description The appointed lead reviewer, with their name (null until appointed) */
            lead_reviewer: components["schemas"]["LeadReviewerOut"] | null;
            /**
             * Became Aware On
             * Format: date
             */
            became_aware_on: string;
            decision: components["schemas"]["Decision"] | null;
            /**
             * Next Deadline On
             * @description Earliest due date of a statutory deadline still to be met that the review's status pursues (each rule's `applies_in`); none in a terminal status
             */
            next_deadline_on: string | null;
            /**
             * Overdue
             * @description next_deadline_on has passed
             */
            overdue: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Sin Reference */
            sin_reference: string | null;
            /**
             * Incident On
             * Format: date
             */
            incident_on: string;
            /** Sin Sent On */
            sin_sent_on: string | null;
            /** Rapid Review Meeting On */
            rapid_review_meeting_on: string | null;
            /** Rapid Review Sent On */
            rapid_review_sent_on: string | null;
            /** Decision On */
            decision_on: string | null;
            /** Final Report Sent On */
            final_report_sent_on: string | null;
            /** Planned Publication On */
            planned_publication_on: string | null;
            /** Published On */
            published_on: string | null;
            /** Care Leaver Notified On */
            care_leaver_notified_on: string | null;
            /** Not Published Reasons */
            not_published_reasons: string | null;
            /** Improvements Published */
            improvements_published: string | null;
            terms_of_reference: components["schemas"]["TermsOfReference"];
            /**
             * Next Statuses
             * @description Where the lifecycle allows the review to go next (before preconditions)
             */
            next_statuses: components["schemas"]["ReviewStatus"][];
        };
        /**
         * ReviewStatus
         * @description The lifecycle of PRODUCT.md section 5 (transitions in ``api.reviews.lifecycle``).
         * @enum {string}
         */
        ReviewStatus: "notified" | "rapid_review" | "awaiting_decision" | "no_review" | "national_review" | "scoping" | "in_review" | "drafting" | "publication" | "published" | "not_published" | "monitoring" | "closed";
        /**
         * ReviewSummary
         * @description What every caller who reaches the review may see (viewers included).
         */
        ReviewSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Reference
             * @example SSCB-2026-007
             */
            reference: string;
            /**
             * Child Pseudonym
             * @example Child A
             */
            child_pseudonym: string;
            incident_kind: components["schemas"]["IncidentKind"];
            status: components["schemas"]["ReviewStatus"];
            /** Lead Reviewer Id */
            lead_reviewer_id: string | null;
            /** @description The appointed lead reviewer, with their name (null until appointed) */
            lead_reviewer: components["schemas"]["LeadReviewerOut"] | null;
            /**
             * Became Aware On
             * Format: date
             */
            became_aware_on: string;
            decision: components["schemas"]["Decision"] | null;
            /**
             * Next Deadline On
             * @description Earliest due date of a statutory deadline still to be met that the review's status pursues (each rule's `applies_in`); none in a terminal status
             */
            next_deadline_on: string | null;
            /**
             * Overdue
             * @description next_deadline_on has passed
             */
            overdue: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ReviewUpdate
         * @description Change a review's dates, decision and terms of reference; only an administrator may
         *     change the lead reviewer.
         */
        ReviewUpdate: {
            /** Child Pseudonym */
            child_pseudonym?: string;
            /** Sin Reference */
            sin_reference?: string | null;
            /** Lead Reviewer Id */
            lead_reviewer_id?: string | null;
            /**
             * Incident On
             * Format: date
             */
            incident_on?: string;
            /**
             * Became Aware On
             * Format: date
             */
            became_aware_on?: string;
            /** Sin Sent On */
            sin_sent_on?: string | null;
            /** Rapid Review Meeting On */
            rapid_review_meeting_on?: string | null;
            /** Rapid Review Sent On */
            rapid_review_sent_on?: string | null;
            decision?: components["schemas"]["Decision"] | null;
            /** Decision On */
            decision_on?: string | null;
            /** Final Report Sent On */
            final_report_sent_on?: string | null;
            /** Planned Publication On */
            planned_publication_on?: string | null;
            /** Published On */
            published_on?: string | null;
            /** Care Leaver Notified On */
            care_leaver_notified_on?: string | null;
            /** Not Published Reasons */
            not_published_reasons?: string | null;
            /** Improvements Published */
            improvements_published?: string | null;
            terms_of_reference?: components["schemas"]["TermsOfReferenceUpdate"];
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "partnership_admin" | "lead_reviewer" | "member" | "viewer";
        /** RuleOverrides */
        RuleOverrides: {
            /**
             * Overrides
             * @description Rule name → parameter → value; replaces the partnership's overrides
             * @example {
             *       "sin_to_panel": {
             *         "working_days": 3
             *       }
             *     }
             */
            overrides: {
                care_leaver_death_notification?: {
                    working_days?: number;
                };
                final_report_to_panel_and_secretary_of_state?: {
                    working_days?: number;
                };
                lcspr_published?: {
                    months?: number;
                };
                rapid_review_to_panel?: {
                    working_days?: number;
                };
                report_kept_published?: {
                    years?: number;
                };
                sin_to_panel?: {
                    working_days?: number;
                };
            };
        };
        /** RuleSetOut */
        RuleSetOut: {
            /** Code */
            code: string;
            /** Title */
            title: string;
            /** Rules */
            rules: {
                [key: string]: unknown;
            }[];
            /** Overrides */
            overrides: {
                [key: string]: {
                    [key: string]: number;
                };
            };
        };
        /** SessionRequest */
        SessionRequest: {
            /** Email */
            email: string;
            /** Password */
            password: string;
            /** Totp */
            totp?: string | null;
        };
        /** SessionResponse */
        SessionResponse: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default Bearer
             */
            token_type?: string;
            /** Expires In */
            expires_in: number;
            /** Scope */
            scope: string;
            /**
             * Totp Enrolment Required
             * @default false
             */
            totp_enrolment_required?: boolean;
        };
        /**
         * SharingEvidence
         * @description What the share-learning duty rests on: the review's learning, and how far the agency
         *     has shared it and checked that it landed.
         */
        SharingEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "learning";
            /**
             * Items
             * @description Learning items on the review, withdrawn ones aside
             */
            items: number;
            /**
             * Shared
             * @description Of them, those the agency has shared at least once
             */
            shared: number;
            /**
             * Landed
             * @description Of them, those a check found landed, fully or in part
             */
            landed: number;
            /**
             * Outstanding
             * @description The items not yet landed in the agency, oldest learning first
             */
            outstanding: components["schemas"]["UnsharedLearning"][];
        };
        /**
         * SignOff
         * @example {
         *       "reason": "The audit evidence shows the change has landed."
         *     }
         * @example {
         *       "override": true,
         *       "reason": "Completed; evidence held by the agency's audit team."
         *     }
         */
        SignOff: {
            /** Reason */
            reason: string;
            /**
             * Override
             * @description An administrator signs off without accepted evidence (the reason says why); refused to anyone else
             * @default false
             */
            override?: boolean;
        };
        /** SubjectCreate */
        SubjectCreate: {
            role: components["schemas"]["SubjectRole"];
            /**
             * Pseudonym
             * @example Child A
             * @example Mother
             */
            pseudonym: string;
            /** Names */
            names?: string | null;
            /** Date Of Birth */
            date_of_birth?: string | null;
            /** Record References */
            record_references?: components["schemas"]["RecordReferenceIn"][];
        };
        /** SubjectOut */
        SubjectOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            role: components["schemas"]["SubjectRole"];
            /** Pseudonym */
            pseudonym: string;
            /** @description Names and date of birth: only for the partnership's administrators, the review's lead reviewer, and members (on this review) of an agency holding a record for this person. Null for everyone else. Every read is audited. */
            identifying: components["schemas"]["IdentifyingDetails"] | null;
            /**
             * Record References
             * @description Each agency's own record reference: all of them for administrators and the lead reviewer; only their own agency's for members and agency systems; none for viewers.
             */
            record_references: components["schemas"]["RecordReferenceOut"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * SubjectRole
         * @enum {string}
         */
        SubjectRole: "child" | "sibling" | "parent" | "carer" | "other";
        /** SubjectUpdate */
        SubjectUpdate: {
            role?: components["schemas"]["SubjectRole"];
            /** Pseudonym */
            pseudonym?: string;
            /** Names */
            names?: string | null;
            /** Date Of Birth */
            date_of_birth?: string | null;
            /**
             * Record References
             * @description Replaces every agency's reference
             */
            record_references?: components["schemas"]["RecordReferenceIn"][];
        };
        /**
         * SupportStatus
         * @description Support for the practitioner during the review.
         * @enum {string}
         */
        SupportStatus: "offered" | "accepted" | "declined" | "not_needed";
        /** TeamMemberOut */
        TeamMemberOut: {
            /**
             * Member Id
             * Format: uuid
             */
            member_id: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /** Name */
            name: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /** Agency Name */
            agency_name: string;
            /** Deputy */
            deputy: boolean;
            /**
             * Joined On
             * Format: date
             */
            joined_on: string;
            /** @description Null for deputies (no checklist) */
            completion: components["schemas"]["Completion"] | null;
            /**
             * Can View Checklist
             * @description Whether the caller may read this member's checklist and declarations
             */
            can_view_checklist: boolean;
            /** Outstanding */
            outstanding: components["schemas"]["OutstandingItem"][];
        };
        /** TeamOut */
        TeamOut: {
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            completion: components["schemas"]["Completion"];
            /** Members */
            members: components["schemas"]["TeamMemberOut"][];
        };
        /** TermsOfReference */
        TermsOfReference: {
            /** Period Start */
            period_start: string | null;
            /** Period End */
            period_end: string | null;
            /** Key Lines Of Enquiry */
            key_lines_of_enquiry: string[];
            /** Methodology */
            methodology: string | null;
        };
        /** TermsOfReferenceUpdate */
        TermsOfReferenceUpdate: {
            /** Period Start */
            period_start?: string | null;
            /** Period End */
            period_end?: string | null;
            /** Key Lines Of Enquiry */
            key_lines_of_enquiry?: string[];
            /** Methodology */
            methodology?: string | null;
        };
        /** ThemeCount */
        ThemeCount: {
            /**
             * Theme Id
             * Format: uuid
             */
            theme_id: string;
            /** Name */
            name: string;
            /** Count */
            count: number;
        };
        /**
         * ThemeCreate
         * @example {
         *       "description": "Children not in school, or on part-time timetables.",
         *       "name": "Children missing education"
         *     }
         */
        ThemeCreate: {
            /**
             * Name
             * @description Unique in the partnership
             */
            name: string;
            /** Description */
            description?: string | null;
        };
        /**
         * ThemeOut
         * @example {
         *       "active": true,
         *       "created_at": "2026-05-01T10:00:00Z",
         *       "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "name": "Hearing the voice of the child",
         *       "updated_at": "2026-05-01T10:00:00Z"
         *     }
         */
        ThemeOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Description */
            description: string | null;
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ThemePatch
         * @example {
         *       "active": false
         *     }
         * @example {
         *       "name": "Safer sleep"
         *     }
         */
        ThemePatch: {
            /** Name */
            name?: string | null;
            /** Description */
            description?: string | null;
            /**
             * Active
             * @description A retired theme stays on its items; new items cannot use it
             */
            active?: boolean | null;
        };
        /** TimeToPublication */
        TimeToPublication: {
            /**
             * Unit
             * @default calendar_days
             * @constant
             */
            unit?: "calendar_days";
            /**
             * Published
             * @description Reviews published in the period with a decision date to count from
             */
            published: number;
            /**
             * Median Days
             * @description None when nothing was published
             */
            median_days: number | null;
            /** Max Days */
            max_days: number | null;
            /**
             * Within Deadline
             * @description Published no later than `months` calendar months after the decision
             */
            within_deadline: number;
            /**
             * Months
             * @description The publication deadline in force (6 under WT2023)
             */
            months: number;
        };
        /** TokenResponse */
        TokenResponse: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default Bearer
             * @example Bearer
             */
            token_type?: string;
            /**
             * Expires In
             * @description Seconds until the access token expires
             */
            expires_in: number;
            /**
             * Scope
             * @description Space-separated scopes granted
             */
            scope: string;
            /**
             * Refresh Token
             * @description Opaque; for people only. Rotated on every use.
             */
            refresh_token?: string | null;
            /**
             * Totp Enrolment Required
             * @description True when an administrator must enrol a second factor before anything else: until then the token reaches only /me and /me/totp.
             * @default false
             */
            totp_enrolment_required?: boolean;
        };
        /** TotpCode */
        TotpCode: {
            /**
             * Code
             * @description 6-digit code
             */
            code: string;
        };
        /** TotpEnrolment */
        TotpEnrolment: {
            /**
             * Secret
             * @description Base32 secret, for typing into an authenticator app
             */
            secret: string;
            /**
             * Otpauth Uri
             * @description otpauth:// URI, for a QR code
             */
            otpauth_uri: string;
        };
        /** TransitionOut */
        TransitionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            from_status: components["schemas"]["ReviewStatus"];
            to_status: components["schemas"]["ReviewStatus"];
            /** Reason */
            reason: string;
            /** Overridden */
            overridden: string[];
            /** Actor Type */
            actor_type: string;
            /**
             * Actor Id
             * Format: uuid
             */
            actor_id: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
        };
        /** TransitionRequest */
        TransitionRequest: {
            to: components["schemas"]["ReviewStatus"];
            /**
             * Reason
             * @description Why: recorded with the transition and in the audit trail
             */
            reason: string;
            /**
             * Override
             * @description Administrators only: waive the overridable preconditions (Panel notice, publication held), giving the reason
             * @default false
             */
            override?: boolean;
        };
        /** UnsharedLearning */
        UnsharedLearning: {
            /**
             * Learning Id
             * Format: uuid
             */
            learning_id: string;
            /** Title */
            title: string;
            /**
             * Emerged On
             * Format: date
             */
            emerged_on: string;
            /**
             * Status
             * @description Not yet shared in the agency; shared with no landed check yet; or checked and found not to have landed (to be shared again)
             * @enum {string}
             */
            status: "not_shared" | "not_checked" | "not_landed";
        };
        /**
         * UpdateCreate
         * @example {
         *       "note": "Template changed; training for team managers booked for June.",
         *       "status": "in_progress"
         *     }
         */
        UpdateCreate: {
            /**
             * On
             * @description Defaults to today; not in the future
             */
            on?: string | null;
            /** Note */
            note: string;
            /**
             * Status
             * @description Move the action on (or back from completed)
             */
            status?: ("in_progress" | "completed") | null;
        };
        /** UpdateOut */
        UpdateOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Action Id
             * Format: uuid
             */
            action_id: string;
            /**
             * On
             * Format: date
             */
            on: string;
            /**
             * Note
             * @description Null for viewers
             */
            note: string | null;
            status: components["schemas"]["ActionStatus"] | null;
            /** Recorded By Type */
            recorded_by_type: string;
            /**
             * Recorded By Id
             * Format: uuid
             */
            recorded_by_id: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
        };
        /** UserCreate */
        UserCreate: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /**
             * Agency Id
             * @description Required for members; none for partnership staff
             */
            agency_id?: string | null;
            /** Password */
            password: string;
        };
        /** UserOut */
        UserOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Email */
            email: string;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Agency Id */
            agency_id: string | null;
            /** Active */
            active: boolean;
            /** Totp Enrolled */
            totp_enrolled: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** UserUpdate */
        UserUpdate: {
            /** Name */
            name?: string;
            role?: components["schemas"]["Role"];
            /** Agency Id */
            agency_id?: string | null;
            /** Active */
            active?: boolean;
        };
        /**
         * VersionOut
         * @example {
         *       "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
         *       "decided_at": "2026-03-31T15:00:00Z",
         *       "decided_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "decided_by_type": "user",
         *       "decision": "returned",
         *       "decision_comment": "Entries for May 2025 are missing.",
         *       "details_withheld": false,
         *       "document_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "download": "/api/v1/reviews/6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b/documents/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f/versions/8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a/file",
         *       "file": {
         *         "file_name": "chronology-v2.docx",
         *         "media_type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         *         "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *         "size_bytes": 48213
         *       },
         *       "id": "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a",
         *       "number": 2,
         *       "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
         *       "submitted_at": "2026-03-30T09:12:00Z",
         *       "submitted_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "submitted_by_type": "user",
         *       "superseded": false
         *     }
         */
        VersionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Review Id
             * Format: uuid
             */
            review_id: string;
            /**
             * Document Id
             * Format: uuid
             */
            document_id: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
            /**
             * Number
             * @description 1 for the first file submitted against the request
             */
            number: number;
            file: components["schemas"]["FileOut"];
            /**
             * Download
             * @description Where the file is downloaded; null for callers who may not open it
             */
            download: string | null;
            /**
             * Superseded
             * @description A later version has been submitted
             */
            superseded: boolean;
            /** Submitted By Type */
            submitted_by_type: string;
            /**
             * Submitted By Id
             * Format: uuid
             */
            submitted_by_id: string;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
            decision: components["schemas"]["DocumentDecision"] | null;
            /**
             * Decision Comment
             * @description Shown to the review's managers and the submitting agency's own callers
             */
            decision_comment: string | null;
            /** Decided By Type */
            decided_by_type: string | null;
            /** Decided By Id */
            decided_by_id: string | null;
            /** Decided At */
            decided_at: string | null;
            /**
             * Details Withheld
             * @description True when the file's name, the file and the comment are not the caller's to open (another agency's paperwork, or a viewer)
             */
            details_withheld: boolean;
        };
        /**
         * VoiceOfTheChildEvidence
         * @description The member's latest voice-of-the-child attestation.
         */
        VoiceOfTheChildEvidence: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "voice_of_the_child";
            /**
             * Declaration Id
             * Format: uuid
             */
            declaration_id: string;
            /**
             * Declared At
             * Format: date-time
             */
            declared_at: string;
            /**
             * Note
             * @description The member's attestation
             */
            note: string;
        };
        /** Withdrawal */
        Withdrawal: {
            /**
             * Reason
             * @example Recorded twice: see the item on safer sleep
             */
            reason: string;
        };
        /** FieldError */
        FieldError: {
            /**
             * Field
             * @description dotted path of the offending field, e.g. 'body.email'
             */
            field: string;
            /** Message */
            message: string;
            /**
             * Code
             * @description machine-readable reason, e.g. 'missing', 'extra_forbidden'
             */
            code: string;
        };
        /**
         * Problem
         * @description An RFC 9457 problem document.
         */
        Problem: {
            /**
             * Type
             * @default about:blank
             * @example /problems/validation
             */
            type?: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /**
             * Detail
             * @default null
             */
            detail?: string | null;
            /**
             * Instance
             * @default null
             */
            instance?: string | null;
            /**
             * Correlation Id
             * @default null
             */
            correlation_id?: string | null;
            /**
             * Errors
             * @default null
             */
            errors?: components["schemas"]["FieldError"][] | null;
        } & {
            [key: string]: unknown;
        };
        /** HoldingProceeding */
        HoldingProceeding: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * Agency Id
             * Format: uuid
             */
            agency_id: string;
        };
        /** UnmetPrecondition */
        UnmetPrecondition: {
            /** Code */
            code: string;
            /** Message */
            message: string;
            /** Overridable */
            overridable: boolean;
            /**
             * Proceedings
             * @description For `publication_held_by_proceedings`: each proceeding holding publication
             * @default null
             */
            proceedings?: components["schemas"]["HoldingProceeding"][] | null;
        };
        /**
         * TransitionRefused
         * @description A refused transition (409, type `/problems/transition-refused`): every precondition
         *     still unmet, and the statuses the review may move to from where it is.
         */
        TransitionRefused: {
            /**
             * Type
             * @default about:blank
             * @example /problems/validation
             */
            type?: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /**
             * Detail
             * @default null
             */
            detail?: string | null;
            /**
             * Instance
             * @default null
             */
            instance?: string | null;
            /**
             * Correlation Id
             * @default null
             */
            correlation_id?: string | null;
            /**
             * Errors
             * @default null
             */
            errors?: components["schemas"]["FieldError"][] | null;
            /**
             * Unmet
             * @description Each unmet precondition, with a machine `code`; an administrator may waive those marked `overridable` (`override: true` and a reason)
             */
            unmet: components["schemas"]["UnmetPrecondition"][];
            /**
             * Allowed From Here
             * @description The statuses the lifecycle allows from the review's current one
             */
            allowed_from_here: components["schemas"]["ReviewStatus"][];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    token_api_v1_auth_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_token_api_v1_auth_token_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revoke_api_v1_auth_revoke_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_revoke_api_v1_auth_revoke_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_session_api_v1_auth_session_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_session_api_v1_auth_session_delete: {
        parameters: {
            query?: never;
            header: {
                /** @description Always `1`: a header no other site's page may send, so a request carrying the browser session's cookie came from the web front end. */
                "X-CSPR-Session": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh_session_api_v1_auth_session_refresh_post: {
        parameters: {
            query?: never;
            header: {
                /** @description Always `1`: a header no other site's page may send, so a request carrying the browser session's cookie came from the web front end. */
                "X-CSPR-Session": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    jwks__well_known_jwks_json_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    get_me_api_v1_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_me_api_v1_me_patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_password_api_v1_me_password_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    start_totp_api_v1_me_totp_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirm_totp_api_v1_me_totp_confirm_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCode"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_totp_api_v1_me_totp_remove_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCode"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_agencies_api_v1_agencies_get: {
        parameters: {
            query?: {
                kind?: components["schemas"]["AgencyKind"] | null;
                active?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AgencyOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_agency_api_v1_agencies_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agency_api_v1_agencies__agency_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_agency_api_v1_agencies__agency_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                agency_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_users_api_v1_users_get: {
        parameters: {
            query?: {
                role?: components["schemas"]["Role"] | null;
                agency_id?: string | null;
                active?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_user_api_v1_users_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_user_api_v1_users__user_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_user_api_v1_users__user_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reset_totp_api_v1_users__user_id__totp_reset_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_clients_api_v1_clients_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ClientOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_client_api_v1_clients_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_client_api_v1_clients__client_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_client_api_v1_clients__client_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotate_secret_api_v1_clients__client_id__secret_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_audit_api_v1_audit_get: {
        parameters: {
            query?: {
                action?: string | null;
                record_type?: string | null;
                /** @description Events about this record: naming it alone, or among the records an answer carried (`details.records`, as on a page of practitioners read) */
                record_id?: string | null;
                review_id?: string | null;
                outcome?: string | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEventOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_reviews_api_v1_reviews_get: {
        parameters: {
            query?: {
                /** @description Any of these */
                status?: components["schemas"]["ReviewStatus"][] | null;
                /** @description Only reviews with (true) or without (false) an overdue deadline */
                overdue?: boolean | null;
                lead_reviewer_id?: string | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ReviewSummary_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_review_api_v1_reviews_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_review_api_v1_reviews__review_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_review_api_v1_reviews__review_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_transitions_api_v1_reviews__review_id__transitions_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TransitionOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transition_api_v1_reviews__review_id__transitions_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TransitionRefused"] | components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_deadlines_api_v1_reviews__review_id__deadlines_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinesOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_family_involvement_api_v1_reviews__review_id__family_involvement_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyInvolvementOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_family_involvement_api_v1_reviews__review_id__family_involvement_put: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FamilyInvolvementUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyInvolvementOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_subjects_api_v1_reviews__review_id__subjects_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SubjectOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_subject_api_v1_reviews__review_id__subjects_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_subject_api_v1_reviews__review_id__subjects__subject_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                subject_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_subject_api_v1_reviews__review_id__subjects__subject_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                subject_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_alerts_api_v1_reviews__review_id__alerts_get: {
        parameters: {
            query?: {
                subject_id?: string | null;
                agency_id?: string | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AlertOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirm_alert_api_v1_reviews__review_id__alerts_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertCreate"];
            };
        };
        responses: {
            /** @description Already confirmed, with the same date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_members_api_v1_reviews__review_id__members_get: {
        parameters: {
            query?: {
                active?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MemberOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_member_api_v1_reviews__review_id__members_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_member_api_v1_reviews__review_id__members__member_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leave_api_v1_reviews__review_id__members__member_id__leave_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberLeave"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_checklist_api_v1_reviews__review_id__members__member_id__checklist_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_item_api_v1_reviews__review_id__members__member_id__checklist__duty__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                member_id: string;
                duty: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_item_api_v1_reviews__review_id__members__member_id__checklist__duty__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                member_id: string;
                duty: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistItemUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_declarations_api_v1_reviews__review_id__members__member_id__declarations_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeclarationOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declare_api_v1_reviews__review_id__members__member_id__declarations_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_team_api_v1_reviews__review_id__team_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_proceedings_api_v1_reviews__review_id__proceedings_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                kind?: components["schemas"]["ProceedingKind"] | null;
                status?: components["schemas"]["ProceedingStatus"] | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProceedingOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_proceeding_api_v1_reviews__review_id__proceedings_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProceedingCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProceedingOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_none_api_v1_reviews__review_id__no_proceedings_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_NoProceedingsOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declare_none_api_v1_reviews__review_id__no_proceedings_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoProceedingsCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoProceedingsOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_proceeding_api_v1_reviews__review_id__proceedings__proceeding_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                proceeding_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProceedingOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_proceeding_api_v1_reviews__review_id__proceedings__proceeding_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                proceeding_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProceedingUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProceedingOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_practitioners_api_v1_reviews__review_id__practitioners_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                /** @description Only active (or withdrawn) */
                active?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PractitionerOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_practitioner_api_v1_reviews__review_id__practitioners_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PractitionerCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    practitioner_summary_api_v1_reviews__review_id__practitioner_counts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_practitioner_api_v1_reviews__review_id__practitioners_by_ref__external_ref__put: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send none to create the record; to replace it once it exists, the ETag you last read (or `*`). Without it then: 428; naming another version: 412, with the current ETag; `*` or an ETag for a record that does not exist yet: 412. */
                "If-Match"?: string;
            };
            path: {
                review_id: string;
                /** @description The agency system's own id for the practitioner */
                external_ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PractitionerReplace"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerOut"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_practitioner_api_v1_reviews__review_id__practitioners__practitioner_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                practitioner_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_practitioner_api_v1_reviews__review_id__practitioners__practitioner_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                practitioner_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PractitionerUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_practitioner_api_v1_reviews__review_id__practitioners__practitioner_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                practitioner_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PractitionerWithdraw"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_contacts_api_v1_reviews__review_id__practitioners__practitioner_id__contacts_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                practitioner_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ContactOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_contact_api_v1_reviews__review_id__practitioners__practitioner_id__contacts_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                practitioner_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_contact_api_v1_reviews__review_id__practitioners__practitioner_id__contacts__contact_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                practitioner_id: string;
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_meetings_api_v1_reviews__review_id__meetings_get: {
        parameters: {
            query?: {
                kind?: components["schemas"]["MeetingKind"] | null;
                status?: components["schemas"]["MeetingStatus"] | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MeetingOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_meeting_api_v1_reviews__review_id__meetings_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_meeting_api_v1_reviews__review_id__meetings__meeting_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_meeting_api_v1_reviews__review_id__meetings__meeting_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancel_meeting_api_v1_reviews__review_id__meetings__meeting_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingCancel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_attendance_api_v1_reviews__review_id__meetings__meeting_id__attendance_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_attendance_api_v1_reviews__review_id__meetings__meeting_id__attendance_put: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attendance_rates_api_v1_reviews__review_id__attendance_rates_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceRatesOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_drafts_api_v1_reviews__review_id__drafts_get: {
        parameters: {
            query?: {
                withdrawn?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DraftOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    circulate_draft_api_v1_reviews__review_id__drafts_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_draft_api_v1_reviews__review_id__drafts__draft_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_draft_api_v1_reviews__review_id__drafts__draft_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftWithdraw"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    download_file_api_v1_reviews__review_id__drafts__draft_id__file_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attach_file_api_v1_reviews__review_id__drafts__draft_id__file_post: {
        parameters: {
            query?: never;
            header: {
                /** @example attachment; filename="chronology-v2.docx" */
                "Content-Disposition": string;
            };
            path: {
                review_id: string;
                draft_id: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes as they are (not a form). Name the file in `Content-Disposition: attachment; filename="..."`. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Length Required */
            411: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_responses_api_v1_reviews__review_id__drafts__draft_id__responses_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                response?: components["schemas"]["DraftResponseKind"] | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DraftResponseOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    respond_api_v1_reviews__review_id__drafts__draft_id__responses_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftResponseCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftResponseOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_requests_api_v1_reviews__review_id__publication_plan_requests_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                item?: components["schemas"]["PlanItem"] | null;
                answered?: boolean | null;
                withdrawn?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_RequestOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    send_request_api_v1_reviews__review_id__publication_plan_requests_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    send_to_all_api_v1_reviews__review_id__publication_plan_requests_to_all_agencies_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestToAll"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestsSent"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_request_api_v1_reviews__review_id__publication_plan_requests__request_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_request_api_v1_reviews__review_id__publication_plan_requests__request_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestWithdraw"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_answers_api_v1_reviews__review_id__publication_plan_requests__request_id__answers_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AnswerOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answer_request_api_v1_reviews__review_id__publication_plan_requests__request_id__answers_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_documents_api_v1_reviews__review_id__documents_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                kind?: components["schemas"]["DocumentKind"] | null;
                withdrawn?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DocumentOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ask_api_v1_reviews__review_id__documents_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ask_all_api_v1_reviews__review_id__documents_requests_to_all_agencies_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentToAll"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_document_api_v1_reviews__review_id__documents__document_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_document_api_v1_reviews__review_id__documents__document_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_document_api_v1_reviews__review_id__documents__document_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentWithdraw"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_versions_api_v1_reviews__review_id__documents__document_id__versions_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_VersionOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit_version_api_v1_reviews__review_id__documents__document_id__versions_post: {
        parameters: {
            query?: never;
            header: {
                /** @example attachment; filename="chronology-v2.docx" */
                "Content-Disposition": string;
            };
            path: {
                review_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes as they are (not a form). Name the file in `Content-Disposition: attachment; filename="..."`. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Length Required */
            411: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_version_api_v1_reviews__review_id__documents__document_id__versions__version_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                document_id: string;
                version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decide_api_v1_reviews__review_id__documents__document_id__versions__version_id__decision_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                document_id: string;
                version_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    download_api_v1_reviews__review_id__documents__document_id__versions__version_id__file_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                document_id: string;
                version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_themes_api_v1_learning_themes_get: {
        parameters: {
            query?: {
                active?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ThemeOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_theme_api_v1_learning_themes_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_theme_api_v1_learning_themes__theme_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                theme_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_theme_api_v1_learning_themes__theme_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                theme_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_learning_api_v1_reviews__review_id__learning_get: {
        parameters: {
            query?: {
                theme_id?: string | null;
                withdrawn?: boolean | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_LearningOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_learning_api_v1_reviews__review_id__learning_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_learning_api_v1_reviews__review_id__learning__learning_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_learning_api_v1_reviews__review_id__learning__learning_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdraw_learning_api_v1_reviews__review_id__learning__learning_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Withdrawal"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_disseminations_api_v1_reviews__review_id__learning__learning_id__disseminations_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DisseminationOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disseminate_api_v1_reviews__review_id__learning__learning_id__disseminations_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisseminationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisseminationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_dissemination_api_v1_reviews__review_id__learning__learning_id__disseminations__dissemination_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                learning_id: string;
                dissemination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisseminationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_landed_api_v1_reviews__review_id__learning__learning_id__disseminations__dissemination_id__landed_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                learning_id: string;
                dissemination_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LandedCheck"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisseminationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_recommendations_api_v1_reviews__review_id__recommendations_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_RecommendationOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_recommendation_api_v1_reviews__review_id__recommendations_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_recommendation_api_v1_reviews__review_id__recommendations__recommendation_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                recommendation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_recommendation_api_v1_reviews__review_id__recommendations__recommendation_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                recommendation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_actions_api_v1_reviews__review_id__actions_get: {
        parameters: {
            query?: {
                agency_id?: string | null;
                status?: components["schemas"]["ActionStatus"] | null;
                rag?: components["schemas"]["Rag"] | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ActionOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_action_api_v1_reviews__review_id__actions_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_actions_api_v1_reviews__review_id__actions_export_get: {
        parameters: {
            query?: {
                /** @description `xlsx` (the default) or `csv` */
                format?: components["schemas"]["ExportFormat"];
                agency_id?: string | null;
                status?: components["schemas"]["ActionStatus"] | null;
                rag?: components["schemas"]["Rag"] | null;
            };
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action plan as a file (`Content-Disposition: attachment`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_action_api_v1_reviews__review_id__actions__action_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_action_api_v1_reviews__review_id__actions__action_id__patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sign_off_api_v1_reviews__review_id__actions__action_id__sign_off_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOff"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancel_action_api_v1_reviews__review_id__actions__action_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseReason"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_updates_api_v1_reviews__review_id__actions__action_id__updates_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UpdateOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_update_api_v1_reviews__review_id__actions__action_id__updates_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_evidence_api_v1_reviews__review_id__actions__action_id__evidence_get: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_EvidenceOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit_evidence_api_v1_reviews__review_id__actions__action_id__evidence_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit_evidence_file_api_v1_reviews__review_id__actions__action_id__evidence_files_post: {
        parameters: {
            query?: never;
            header: {
                /** @example attachment; filename="chronology-v2.docx" */
                "Content-Disposition": string;
            };
            path: {
                review_id: string;
                action_id: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes as they are (not a form). Name the file in `Content-Disposition: attachment; filename="..."`. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Length Required */
            411: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_evidence_api_v1_reviews__review_id__actions__action_id__evidence__evidence_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                action_id: string;
                evidence_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decide_evidence_api_v1_reviews__review_id__actions__action_id__evidence__evidence_id__decision_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing, new for each request you mean (a UUID serves). A retry with the same key and body runs nothing again and answers as the first request did; with another body: 422; while the first still runs, or when its answer carried a secret shown once: 409. Agency systems must send one (400 otherwise). */
                "Idempotency-Key"?: string;
            };
            path: {
                review_id: string;
                action_id: string;
                evidence_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceDecision"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    download_evidence_api_v1_reviews__review_id__actions__action_id__evidence__evidence_id__file_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
                action_id: string;
                evidence_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    partnership_plan_api_v1_actions_get: {
        parameters: {
            query?: {
                review_id?: string | null;
                agency_id?: string | null;
                status?: components["schemas"]["ActionStatus"] | null;
                rag?: components["schemas"]["Rag"] | null;
                /** @description Items per page */
                limit?: number;
                /** @description From `next_cursor` */
                cursor?: string | null;
                /** @description Only records changed at or after this instant (ISO 8601) */
                updated_since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ActionOut_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_partnership_plan_api_v1_actions_export_get: {
        parameters: {
            query?: {
                /** @description `xlsx` (the default) or `csv` */
                format?: components["schemas"]["ExportFormat"];
                review_id?: string | null;
                agency_id?: string | null;
                status?: components["schemas"]["ActionStatus"] | null;
                rag?: components["schemas"]["Rag"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action plan as a file (`Content-Disposition: attachment`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    annual_figures_api_v1_figures_get: {
        parameters: {
            query?: {
                /** @description First day, `YYYY-MM-DD` */
                from?: string | null;
                /** @description Last day, `YYYY-MM-DD` */
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_rules_api_v1_partnership_rules_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_rules_api_v1_partnership_rules_put: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleOverrides"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_settings_api_v1_partnership_settings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipSettingsOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_settings_api_v1_partnership_settings_patch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read of the record this changes (or `*`, to change it whatever its version). Without it: 428; naming another version: 412, with the current ETag. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnershipSettingsUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipSettingsOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    healthz_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    readyz_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
