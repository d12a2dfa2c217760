/**
 * The API's types, generated from GET /api/openapi.json by openapi-typescript (ADR 132, ADR 224).
 * Do not edit: run `npm run api-types` after changing a route's schema. A test fails when this file is stale.
 */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether this server can reach its database (for load balancers) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This API as an OpenAPI 3.1 document */
    get: operations['getOpenapiJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/clinician-signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a clinician account, with a new clinic or joining one by invite: mails a link that finishes it
     * @description Answers 202 with the same message whether or not the address has an account (see auth/signup).
     */
    post: operations['postAuthClinicianSignup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email-change/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a new address with the link mailed to it; the old address is told */
    post: operations['postAuthEmailChangeConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email-change/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail a link that confirms a new address for the account */
    post: operations['postAuthEmailChangeRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: sets an httpOnly session cookie, or asks for the two-factor code */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The second step of signing in: the authenticator code or a recovery code */
    post: operations['postAuthLoginTwoFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends this session */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the password; other sessions are signed out */
    post: operations['postAuthPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset link; every session of the account is ended */
    post: operations['postAuthPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail a password-reset link (the same answer whether or not the address has an account) */
    post: operations['postAuthPasswordResetRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a self-managed patient account: mails a link that finishes it
     * @description Answers 202 with the same message whether or not the address has an account; a new address is mailed a single-use link (POST auth/signup/confirm makes the account), an address with an account is told someone tried. `name` is required unless the invite names the patient.
     */
    post: operations['postAuthSignup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/signup/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish a sign-up with its mailed link: makes the account and signs in */
    post: operations['postAuthSignupConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether two-factor sign-in is on, required by the clinic, and how many recovery codes are left */
    get: operations['getAuthTwoFactor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/two-factor/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-factor sign-in off, with the password or a current code */
    post: operations['postAuthTwoFactorDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/two-factor/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-factor sign-in on with a first code; answers the recovery codes, shown once */
    post: operations['postAuthTwoFactorEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/two-factor/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start two-factor sign-in: a new secret and its QR code for an authenticator app */
    post: operations['postAuthTwoFactorSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinician/clinic/security-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who turned two-factor sign-in on or off, used a recovery code, or changed the requirement */
    get: operations['getClinicianClinicSecurityEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinician/clinic/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Require two-factor sign-in of every clinician of the clinic, or not (admins only) */
    put: operations['putClinicianClinicTwoFactor'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinician/invites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clinic’s invites, newest first (the last 200) */
    get: operations['getClinicianInvites'];
    put?: never;
    /** Make an invite code for a patient (or a colleague) */
    post: operations['postClinicianInvites'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinician/invites/{inviteId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an unused invite of the clinic */
    delete: operations['deleteClinicianInvitesByInviteId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinician/patients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caseload: linked patients, most in need of attention first */
    get: operations['getClinicianPatients'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinician/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clinic’s clinicians and their roles */
    get: operations['getClinicianTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinician/team/{clinicianId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a colleague from the clinic (admins only): their access ends at once */
    delete: operations['deleteClinicianTeamByClinicianId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clinicians/me/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The alerts the clinician gets by e-mail and by push */
    get: operations['getCliniciansMeAlerts'];
    /** Choose the alerts the clinician gets by e-mail and by push */
    put: operations['putCliniciansMeAlerts'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide a case (stateless: nothing is stored)
     * @description Takes a case of `case.schema.json` and answers the engine’s decision for it.
     */
    post: operations['postEvaluate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invites/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an invite is for: the clinic, and the named patient’s details (404 when not usable) */
    get: operations['getInvitesByCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invites/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a clinician’s invite: links the signed-in patient to that clinician */
    post: operations['postInvitesAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/unread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s unread messages, per patient thread (threads with none left out) */
    get: operations['getMessagesUnread'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase the patient and all their data (and their account, when they manage it themselves) */
    delete: operations['deletePatientsByPatientId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/assignee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign the patient to a clinician of the clinic (transfer) */
    post: operations['postPatientsByPatientIdAssignee'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient’s audit log: every access to their data by someone else */
    get: operations['getPatientsByPatientIdAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/care': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clinic’s care of the patient: who is responsible, and whether discharged */
    get: operations['getPatientsByPatientIdCare'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/clinician-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a clinician action (clear screening, set stage, ceiling or running level) with a note */
    post: operations['postPatientsByPatientIdClinicianActions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/clinician-actions/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What a clinician action would do (capped, waiting for clearance...), without storing it */
    post: operations['postPatientsByPatientIdClinicianActionsPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/clinicians': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clinicians linked to the patient (who can see their data) */
    get: operations['getPatientsByPatientIdClinicians'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/clinicians/{clinicianId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unlink a clinician: they no longer see the patient’s data */
    delete: operations['deletePatientsByPatientIdCliniciansByClinicianId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Today’s decision and plan (409 until the profile and screening are recorded) */
    get: operations['getPatientsByPatientIdDecision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/discharge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Discharge (archive) the patient, read-only for the clinic; or take them back */
    post: operations['postPatientsByPatientIdDischarge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient’s events by date (events of one day in the order received) */
    get: operations['getPatientsByPatientIdEvents'];
    put?: never;
    /**
     * Append one event or a batch; a retried upload is stored once
     * @description The whole batch is checked first and stored in one transaction: nothing is stored if any event is bad (400) or reuses a stored id with different content (409). 201 when something new was stored, 200 when every event was already there.
     */
    post: operations['postPatientsByPatientIdEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/events/{eventId}/entered-in-error': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a clinician action, load test or function check entered in error, with a reason */
    post: operations['postPatientsByPatientIdEventsByEventIdEnteredInError'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the patient’s data as JSON or as a FHIR R4 Bundle */
    get: operations['getPatientsByPatientIdExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the patient is: name, date of birth, clinic reference */
    get: operations['getPatientsByPatientIdIdentity'];
    /** Replace who the patient is (absent parts are cleared) */
    put: operations['putPatientsByPatientIdIdentity'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restore a JSON export into this new account (its events marked imported)
     * @description The whole export is checked first (400 names the path, such as events[3].score); nothing is restored when the account already has data of its own (409). 201 when something was stored, 200 when the same export had already been restored.
     */
    post: operations['postPatientsByPatientIdImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient’s message thread, oldest first; marks it read for the caller */
    get: operations['getPatientsByPatientIdMessages'];
    put?: never;
    /** Write to the patient’s thread; sending the same id again stores it once (200) */
    post: operations['postPatientsByPatientIdMessages'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient’s treatment notes, by date */
    get: operations['getPatientsByPatientIdNotes'];
    put?: never;
    /** Add a treatment note (clinicians linked to the patient) */
    post: operations['postPatientsByPatientIdNotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/notes/{noteId}/entered-in-error': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a treatment note entered in error, with a reason */
    post: operations['postPatientsByPatientIdNotesByNoteIdEnteredInError'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient’s profile */
    get: operations['getPatientsByPatientIdProfile'];
    /** Replace the patient’s profile */
    put: operations['putPatientsByPatientIdProfile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient’s reminder times */
    get: operations['getPatientsByPatientIdReminders'];
    /** Choose the patient’s reminder times (sent by push to the browsers with notifications on) */
    put: operations['putPatientsByPatientIdReminders'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A PDF report about the patient */
    get: operations['getPatientsByPatientIdReportPdf'];
    put?: never;
    /** A PDF report about the patient with the clinician’s summary */
    post: operations['postPatientsByPatientIdReportPdf'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/screening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient’s intake screening */
    get: operations['getPatientsByPatientIdScreening'];
    /**
     * Record the intake screening (answered once: red flags stick)
     * @description A replacement may complete the screening (add answers) until the first event is logged. It is refused with 409 when it would take back a yes to a warning sign or lower the status, or once events exist: later answers are `symptoms` events; only a clinician’s clear-screening lowers a status.
     */
    put: operations['putPatientsByPatientIdScreening'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{patientId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events, treatment notes and the engine’s decisions, merged by date, filtered and paged */
    get: operations['getPatientsByPatientIdTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/push/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The server’s VAPID public key, for PushManager.subscribe */
    get: operations['getPushPublicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/push/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Store this browser’s push subscription for the signed-in account (again: the same one) */
    post: operations['postPushSubscriptions'];
    /** Remove this browser’s push subscription from the signed-in account */
    delete: operations['deletePushSubscriptions'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description The server and its database answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {unknown} */
            database: 'ok';
            /** @enum {unknown} */
            status: 'ok';
          };
        };
      };
      /** @description The database did not answer, or cannot be written for lack of disk space */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {unknown} */
            database: 'unreachable' | 'disk-full';
            /** @enum {unknown} */
            status: 'unavailable';
          };
        };
      };
    };
  };
  getOpenapiJson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  postAuthClinicianSignup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Either `clinicName` (start a new clinic) or `inviteCode` (join a colleague’s clinic). */
    requestBody: {
      content: {
        'application/json': {
          clinicName?: string;
          /** Format: email */
          email: string;
          /** @description A clinician invite from a colleague */
          inviteCode?: string;
          /** @description At least 10 characters, not only spaces, and not easy to guess (checked with zxcvbn-ts) */
          password: string;
        } & ((unknown | unknown) & unknown);
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
          };
        };
      };
    };
  };
  postAuthEmailChangeConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: string;
          };
        };
      };
    };
  };
  postAuthEmailChangeRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          /** Format: email */
          newEmail: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
          };
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                /**
                 * Format: uuid
                 * @description A clinician’s clinic.
                 */
                clinicId?: string;
                /** @description A clinician’s clinic. */
                clinicName?: string;
                /**
                 * @description A clinician’s role in their clinic.
                 * @enum {unknown}
                 */
                clinicRole?: 'admin' | 'clinician';
                /** @description The signed-in user’s e-mail. */
                email?: string;
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description The patient record this user manages themselves, if any.
                 */
                patientId?: string;
                /** @enum {unknown} */
                role: 'patient' | 'clinician';
                /** @description A clinician’s two-factor sign-in: on or not, and required by the clinic (then clinic routes answer 403 until it is on). */
                twoFactor?: {
                  enabled: boolean;
                  required: boolean;
                };
              }
            | {
                /** @description Names this sign-in to the second step; works 5 minutes */
                challenge: string;
                /**
                 * @description The password was right: now the code (POST auth/login/two-factor)
                 * @enum {unknown}
                 */
                twoFactor: 'code';
              };
        };
      };
    };
  };
  postAuthLoginTwoFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          challenge: string;
          /** @description The 6 digits the authenticator app shows, or one of the recovery codes (XXXXX-XXXXX) */
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description A clinician’s clinic.
             */
            clinicId?: string;
            /** @description A clinician’s clinic. */
            clinicName?: string;
            /**
             * @description A clinician’s role in their clinic.
             * @enum {unknown}
             */
            clinicRole?: 'admin' | 'clinician';
            /** @description The signed-in user’s e-mail. */
            email?: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The patient record this user manages themselves, if any.
             */
            patientId?: string;
            /** @enum {unknown} */
            role: 'patient' | 'clinician';
            /** @description A clinician’s two-factor sign-in: on or not, and required by the clinic (then clinic routes answer 403 until it is on). */
            twoFactor?: {
              enabled: boolean;
              required: boolean;
            };
          };
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          /** @description At least 10 characters, not only spaces, and not easy to guess (checked with zxcvbn-ts) */
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postAuthPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description At least 10 characters, not only spaces, and not easy to guess (checked with zxcvbn-ts) */
          newPassword: string;
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postAuthPasswordResetRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
          };
        };
      };
    };
  };
  postAuthSignup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          dateOfBirth?: string | null;
          /** Format: email */
          email: string;
          /** @description A clinician’s invite: the new account is linked to them on creation */
          inviteCode?: string;
          /** @description The patient’s full name, in any script */
          name?: string;
          /** @description At least 10 characters, not only spaces, and not easy to guess (checked with zxcvbn-ts) */
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
          };
        };
      };
    };
  };
  postAuthSignupConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description A clinician’s clinic.
             */
            clinicId?: string;
            /** @description A clinician’s clinic. */
            clinicName?: string;
            /**
             * @description A clinician’s role in their clinic.
             * @enum {unknown}
             */
            clinicRole?: 'admin' | 'clinician';
            /** @description The signed-in user’s e-mail. */
            email?: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The patient record this user manages themselves, if any.
             */
            patientId?: string;
            /** @enum {unknown} */
            role: 'patient' | 'clinician';
            /** @description A clinician’s two-factor sign-in: on or not, and required by the clinic (then clinic routes answer 403 until it is on). */
            twoFactor?: {
              enabled: boolean;
              required: boolean;
            };
          };
        };
      };
    };
  };
  getAuthTwoFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            enabled: boolean;
            recoveryCodesLeft: number;
            /** @description The clinic’s admin requires it */
            required: boolean;
          };
        };
      };
    };
  };
  postAuthTwoFactorDisable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The 6 digits the authenticator app shows, or one of the recovery codes (XXXXX-XXXXX) */
          code?: string;
          currentPassword?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postAuthTwoFactorEnable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The 6 digits the authenticator app shows, or one of the recovery codes (XXXXX-XXXXX) */
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            recoveryCodes: string[];
          };
        };
      };
    };
  };
  postAuthTwoFactorSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Nothing to send (an empty object or no body) */
    requestBody: {
      content: {
        'application/json': Record<string, never> | null;
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The QR code, an SVG data URL made on the server */
            qrCode: string;
            /** @description Base32, for typing into the app */
            secret: string;
            /** @description The otpauth:// URI the QR code holds */
            uri: string;
          };
        };
      };
    };
  };
  getClinicianClinicSecurityEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            events: {
              action: string;
              actorId: string | null;
              at: string;
            }[];
          };
        };
      };
    };
  };
  putClinicianClinicTwoFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          required: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            required: boolean;
          };
        };
      };
    };
  };
  getClinicianInvites: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            invites: {
              /** @description Who made it */
              clinicianEmail: string;
              /** Format: uuid */
              clinicianId: string;
              createdAt: string;
              expiresAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {unknown} */
              kind: 'patient' | 'clinician';
              patient: {
                dateOfBirth: string | null;
                name: string | null;
                /** @description The clinic’s own reference number for the patient */
                reference: string | null;
              };
              revokedAt: string | null;
              /** @enum {unknown} */
              state: 'open' | 'used' | 'revoked' | 'expired';
              usedAt: string | null;
            }[];
          };
        };
      };
    };
  };
  postClinicianInvites: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Optional: `{"kind": "clinician"}` invites a colleague into the clinic (clinic admins only); a patient invite may name the patient (prefilled at their sign-up, stored on their record) */
    requestBody: {
      content: {
        'application/json': {
          dateOfBirth?: string | null;
          /**
           * @default patient
           * @enum {unknown}
           */
          kind?: 'patient' | 'clinician';
          name?: string | null;
          /** @description The clinic’s own reference number for the patient */
          reference?: string | null;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Eight letters and digits, such as ABCD-EFGH; shown once */
            code: string;
            /** @description ISO 8601 time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description To list and revoke it
             */
            id: string;
            /** @enum {unknown} */
            kind: 'patient' | 'clinician';
            /** @description The web app page that redeems it: /invite/{code} for patients, /join/{code} for clinicians */
            link: string;
            patient: {
              dateOfBirth: string | null;
              name: string | null;
              /** @description The clinic’s own reference number for the patient */
              reference: string | null;
            };
          };
        };
      };
    };
  };
  deleteClinicianInvitesByInviteId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        inviteId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getClinicianPatients: {
    parameters: {
      query?: {
        query?: {
          /** @description The `nextCursor` of the previous page */
          cursor?: string;
          /** @description Discharged (archived) patients instead of those under care */
          discharged?: boolean;
          /** @enum {unknown} */
          flag?:
            | 'flare'
            | 'repeated-flare'
            | 'worsening-trend'
            | 'stalled'
            | 'missing-check-ins'
            | 'red-flag'
            | 'severe-pain'
            | 'nerve-signs'
            | 'persistent-amber'
            | 'off-plan-running';
          /** @default 25 */
          limit?: number;
          /** @description Only patients assigned to me (the clinic’s caseload otherwise) */
          mine?: boolean;
          /** @description Page number (1 is the first) */
          page?: number;
          /** @description The sort the other way round */
          reverse?: boolean;
          /** @description Part of the patient’s email or name */
          search?: string;
          /**
           * @description attention (default: who needs it most first), name (A-Z), stage (highest first), flags (flagged first), adherence (lowest first), lastActivity (latest first); other than attention, page by `page` only
           * @enum {unknown}
           */
          sort?: 'attention' | 'name' | 'stage' | 'flags' | 'adherence' | 'lastActivity';
          /** @enum {unknown} */
          status?:
            | 'emergency'
            | 'urgent-referral'
            | 'medical-review'
            | 'assessment-needed'
            | 'active'
            | 'completed'
            | 'incomplete';
        } & unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Whether a next page exists */
            hasMore: boolean;
            limit: number;
            /** @description Pass as `cursor` for the next page; null at the end (and in orders other than attention) */
            nextCursor: string | null;
            /** @description The page number, when paging by page */
            page: number | null;
            patients: {
              /** @description Done against planned over the last `days` days (ADR 123) */
              adherence: {
                /** @description days with a morning check */
                checkIns: number;
                days: number;
                /** @description done against planned; null when nothing was planned */
                percent: number | null;
                plannedCheckIns: number;
                /** @description rest days after a session are not planned */
                plannedSessions: number;
                /** @description planned session days with a session */
                sessions: number;
              };
              /** @description The clinician responsible */
              assigneeId: string | null;
              /** @description 0 red flag, 1 severe pain, 2 nerve signs, 3 repeated flare, 4 worsening trend, 5 persistent amber, 6 off-plan running, 7 missing check-ins, 8 stalled, 9 flare, 10 none */
              attention: number;
              /** @description The patient’s day these figures are for */
              computedFor: string | null;
              dateOfBirth: string | null;
              /** @description When the clinic discharged the patient */
              dischargedAt: string | null;
              /** @description The patient’s sign-in email: their label */
              email: string | null;
              flags: string[];
              /** @description The latest day with an event */
              lastActivity: string | null;
              level: number | null;
              linkedAt: string;
              /** @description Assigned to the signed-in clinician */
              mine: boolean;
              /** @description The patient’s full name */
              name: string | null;
              /** Format: uuid */
              patientId: string;
              /** @description The clinic’s reference number */
              reference: string | null;
              stage: number | null;
              /** @enum {unknown} */
              status:
                | 'emergency'
                | 'urgent-referral'
                | 'medical-review'
                | 'assessment-needed'
                | 'active'
                | 'completed'
                | 'incomplete';
            }[];
            /** @description Patients matching the filters */
            total: number;
          };
        };
      };
    };
  };
  getClinicianTeam: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clinicians: {
              /** @description Patients under care assigned to them */
              assigned: number;
              /** @enum {unknown} */
              clinicRole: 'admin' | 'clinician';
              email: string;
              /** Format: uuid */
              id: string;
              joinedAt: string;
            }[];
          };
        };
      };
    };
  };
  deleteClinicianTeamByClinicianId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        clinicianId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getCliniciansMeAlerts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The alerts mailed to the clinician: red-flag (at once), severe-pain, nerve-signs, repeated-flare (when the flag newly appears on a linked patient), new-message (a patient wrote), daily-digest (07:00 UTC, when a patient needs attention) */
            email: (
              'red-flag' | 'severe-pain' | 'nerve-signs' | 'repeated-flare' | 'new-message' | 'daily-digest'
            )[];
            /** @description The alerts pushed to the browsers the clinician turned notifications on in (ADR 128); left out: unchanged. red-flag (at once), severe-pain, nerve-signs, repeated-flare (when the flag newly appears on a linked patient), new-message (a patient wrote), daily-digest (07:00 UTC, when a patient needs attention) */
            push: (
              'red-flag' | 'severe-pain' | 'nerve-signs' | 'repeated-flare' | 'new-message' | 'daily-digest'
            )[];
          };
        };
      };
    };
  };
  putCliniciansMeAlerts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The alerts mailed to the clinician: red-flag (at once), severe-pain, nerve-signs, repeated-flare (when the flag newly appears on a linked patient), new-message (a patient wrote), daily-digest (07:00 UTC, when a patient needs attention) */
          email: (
            'red-flag' | 'severe-pain' | 'nerve-signs' | 'repeated-flare' | 'new-message' | 'daily-digest'
          )[];
          /** @description The alerts pushed to the browsers the clinician turned notifications on in (ADR 128); left out: unchanged. red-flag (at once), severe-pain, nerve-signs, repeated-flare (when the flag newly appears on a linked patient), new-message (a patient wrote), daily-digest (07:00 UTC, when a patient needs attention) */
          push?: (
            'red-flag' | 'severe-pain' | 'nerve-signs' | 'repeated-flare' | 'new-message' | 'daily-digest'
          )[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The alerts mailed to the clinician: red-flag (at once), severe-pain, nerve-signs, repeated-flare (when the flag newly appears on a linked patient), new-message (a patient wrote), daily-digest (07:00 UTC, when a patient needs attention) */
            email: (
              'red-flag' | 'severe-pain' | 'nerve-signs' | 'repeated-flare' | 'new-message' | 'daily-digest'
            )[];
            /** @description The alerts pushed to the browsers the clinician turned notifications on in (ADR 128); left out: unchanged. red-flag (at once), severe-pain, nerve-signs, repeated-flare (when the flag newly appears on a linked patient), new-message (a patient wrote), daily-digest (07:00 UTC, when a patient needs attention) */
            push: (
              'red-flag' | 'severe-pain' | 'nerve-signs' | 'repeated-flare' | 'new-message' | 'daily-digest'
            )[];
          };
        };
      };
    };
  };
  postEvaluate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description ISO calendar day (YYYY-MM-DD) that exists
           */
          asOf: string;
          events: (
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                exercises?: {
                  holdSeconds?: number;
                  id: string;
                  loadKg?: number;
                  reps?: number;
                  sets?: number;
                }[];
                note?: string;
                painAfter?: number;
                painDuring: number;
                /** @enum {unknown} */
                type?: 'session';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                score: number;
                /** @enum {unknown} */
                type?: 'morning-check';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                /** @enum {unknown} */
                kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                km?: number;
                minutes: number;
                painDuring: number;
                /** @enum {unknown} */
                type?: 'run';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                pain: number;
                /** @enum {unknown} */
                side?: 'left' | 'right';
                /** @enum {unknown} */
                test:
                  | 'single-leg-bridge'
                  | 'platform-bridge'
                  | 'arabesque'
                  | 'hop-test'
                  | 'puranen-orava'
                  | 'bent-knee-stretch'
                  | 'modified-bent-knee-stretch';
                /** @enum {unknown} */
                type?: 'load-test';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                minutes: number;
                /** @enum {unknown} */
                type?: 'sitting';
              }
            | {
                answers: {
                  [key: string]: boolean;
                };
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                /** @enum {unknown} */
                type?: 'symptoms';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                /**
                 * @default own
                 * @enum {unknown}
                 */
                instrument?: 'own' | 'visa-h';
                score: number;
                /** @enum {unknown} */
                type?: 'function-check';
              }
            | {
                /** @enum {unknown} */
                action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date?: string;
                level?: number;
                note?: string;
                /** @enum {unknown} */
                painCeiling?: 3 | 4 | 5;
                runningLevel?: number;
                stage?: number;
                /** @enum {unknown} */
                type?: 'clinician';
              }
          )[];
          patient: {
            /** @enum {unknown} */
            affectedSide?: 'left' | 'right' | 'both';
            birthYear: number;
            /**
             * @default 5
             * @enum {unknown}
             */
            painCeiling?: 3 | 4 | 5;
            /** @default false */
            runner?: boolean;
            /**
             * @description pht-v2: returning to a sport (stage 4 applies when this or runner is true)
             * @default false
             */
            sport?: boolean;
          };
          /**
           * @description the rulebook: pht-v2 (PROTOCOL.md) for new cases; pht-v1 (PROTOCOL-pht-v1.md) frozen
           * @enum {unknown}
           */
          protocol: 'pht-v1' | 'pht-v2';
          screening: {
            answers: {
              [key: string]: boolean;
            };
            /**
             * Format: date
             * @description ISO calendar day (YYYY-MM-DD) that exists
             */
            date: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            /** @enum {unknown} */
            change: 'start' | 'progress' | 'hold' | 'regress' | 'advance' | 'none';
            expectedWeeks: number[];
            flags: (
              | 'flare'
              | 'repeated-flare'
              | 'worsening-trend'
              | 'stalled'
              | 'missing-check-ins'
              | 'red-flag'
              | 'severe-pain'
              | 'nerve-signs'
              | 'persistent-amber'
              | 'off-plan-running'
            )[];
            level: number | null;
            outcome?: {
              /** @description pht-v2: per instrument, never mixed */
              byInstrument?: {
                [key: string]: {
                  changeFromFirst: number;
                  latestScore: number;
                };
              };
              changeFromFirst?: number | null;
              latestScore?: number | null;
            };
            /** @description The pain ceiling in force */
            painCeiling?: number;
            plan: {
              advice: string[];
              exercises: {
                /** @description pht-v2: an assisted variant (band or partner) */
                assisted?: boolean;
                effortPercent?: number;
                holdSeconds?: number;
                id: string;
                /** @description pht-v2: the heaviest load you could lift this many times */
                repMax?: number;
                reps?: number;
                restSeconds?: number;
                sets: number;
                tempo?: string;
                timesPerDay?: number;
              }[];
              /**
               * @description pht-v2: what kind of day it is (PROTOCOL.md section 9)
               * @enum {unknown}
               */
              mode?: 'training' | 'rest-day' | 'pain-relief' | 'stopped' | 'maintenance';
              restDay: boolean;
              running: null | {
                /**
                 * @description pht-v2
                 * @enum {unknown}
                 */
                change?: 'start' | 'progress' | 'hold' | 'regress' | 'none';
                kindsAllowed: ('easy' | 'tempo' | 'intervals' | 'hills' | 'sprints')[];
                level: number;
                /** @description pht-v2: last day running pauses, or null */
                pausedUntil?: string | null;
                perWeek: number;
                session: string;
              };
              /** @description pht-v2 */
              sessionsPerDay?: number;
              sittingBreakMinutes: number | null;
            };
            /** @enum {unknown} */
            protocol: 'pht-v1' | 'pht-v2';
            reasons: {
              /** @description a rule id from PROTOCOL.md */
              rule: string;
              /** @description a plain-language explanation naming the evidence (dates, scores) */
              text: string;
            }[];
            /** @description null unless active or completed */
            stage: number | null;
            /** @description The day the current stage started; null outside the program */
            stageStarted?: string | null;
            /** @enum {unknown} */
            status:
              | 'emergency'
              | 'urgent-referral'
              | 'medical-review'
              | 'assessment-needed'
              | 'active'
              | 'completed';
          } & unknown;
        };
      };
    };
  };
  getInvitesByCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An invite code such as ABCD-EFGH (case, spaces and dashes do not matter) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clinicName: string;
            expiresAt: string;
            /** @enum {unknown} */
            kind: 'patient' | 'clinician';
            patient: {
              dateOfBirth: string | null;
              name: string | null;
              /** @description The clinic’s own reference number for the patient */
              reference: string | null;
            };
          };
        };
      };
    };
  };
  postInvitesAccept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description An invite code such as ABCD-EFGH (case, spaces and dashes do not matter) */
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clinician: {
              clinicId: string | null;
              clinicName: string | null;
              email: string;
              /** Format: uuid */
              id: string;
              /** @description ISO 8601 time */
              linkedAt: string;
            };
          };
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description A clinician’s clinic.
             */
            clinicId?: string;
            /** @description A clinician’s clinic. */
            clinicName?: string;
            /**
             * @description A clinician’s role in their clinic.
             * @enum {unknown}
             */
            clinicRole?: 'admin' | 'clinician';
            /** @description The signed-in user’s e-mail. */
            email?: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The patient record this user manages themselves, if any.
             */
            patientId?: string;
            /** @enum {unknown} */
            role: 'patient' | 'clinician';
            /** @description A clinician’s two-factor sign-in: on or not, and required by the clinic (then clinic routes answer 403 until it is on). */
            twoFactor?: {
              enabled: boolean;
              required: boolean;
            };
          };
        };
      };
    };
  };
  getMessagesUnread: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            threads: {
              /** Format: uuid */
              patientId: string;
              unread: number;
            }[];
            total: number;
          };
        };
      };
    };
  };
  deletePatientsByPatientId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postPatientsByPatientIdAssignee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          clinicianId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            assigneeEmail: string | null;
            /** @description The clinician responsible */
            assigneeId: string | null;
            /** @description When the clinic discharged the patient */
            dischargedAt: string | null;
          };
        };
      };
    };
  };
  getPatientsByPatientIdAudit: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            entries: {
              action: string;
              actorId: string | null;
              /** @enum {unknown} */
              actorRole: 'patient' | 'clinician' | null;
              /** @description ISO 8601 time */
              at: string;
              /** @description How many requests the entry stands for: refused ones are one entry per caller and hour */
              count?: number;
              id: number;
              /** @description ISO 8601 time of the latest of them */
              lastAt?: string;
              /** @enum {unknown} */
              outcome: 'success' | 'failure';
              route: string;
              statusCode: number;
            }[];
          };
        };
      };
    };
  };
  getPatientsByPatientIdCare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            assigneeEmail: string | null;
            /** @description The clinician responsible */
            assigneeId: string | null;
            /** @description When the clinic discharged the patient */
            dischargedAt: string | null;
          };
        };
      };
    };
  };
  postPatientsByPatientIdClinicianActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {unknown} */
          action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
          /**
           * Format: date
           * @description Default today in the patient’s time zone; not in the future, not before the patient’s start
           */
          date?: string;
          /**
           * Format: uuid
           * @description A client UUID, so that a retried request is stored once
           */
          id?: string;
          /** @description set-stage (default 1) */
          level?: number;
          /** @description Why: required */
          note: string;
          /**
           * @description set-ceiling (required)
           * @enum {unknown}
           */
          painCeiling?: 3 | 4 | 5;
          /** @description set-running-level (0 pauses) */
          runningLevel?: number;
          /** @description set-stage (required) */
          stage?: number;
        } & (unknown & unknown & unknown);
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {unknown} */
            action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
            /**
             * Format: date
             * @description Default today in the patient’s time zone; not in the future, not before the patient’s start
             */
            date: string;
            effect: {
              /** @enum {unknown} */
              kind: 'applied' | 'capped' | 'waits' | 'no-change';
              /** @description What the action does, in plain words */
              message: string;
            };
            /** Format: uuid */
            id: string;
            /** @description set-stage (default 1) */
            level?: number;
            /** @description Why: required */
            note: string;
            /**
             * @description set-ceiling (required)
             * @enum {unknown}
             */
            painCeiling?: 3 | 4 | 5;
            /** @description set-running-level (0 pauses) */
            runningLevel?: number;
            /** @description set-stage (required) */
            stage?: number;
            /** @enum {unknown} */
            type: 'clinician';
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {unknown} */
            action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
            /**
             * Format: date
             * @description Default today in the patient’s time zone; not in the future, not before the patient’s start
             */
            date: string;
            effect: {
              /** @enum {unknown} */
              kind: 'applied' | 'capped' | 'waits' | 'no-change';
              /** @description What the action does, in plain words */
              message: string;
            };
            /** Format: uuid */
            id: string;
            /** @description set-stage (default 1) */
            level?: number;
            /** @description Why: required */
            note: string;
            /**
             * @description set-ceiling (required)
             * @enum {unknown}
             */
            painCeiling?: 3 | 4 | 5;
            /** @description set-running-level (0 pauses) */
            runningLevel?: number;
            /** @description set-stage (required) */
            stage?: number;
            /** @enum {unknown} */
            type: 'clinician';
          };
        };
      };
    };
  };
  postPatientsByPatientIdClinicianActionsPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {unknown} */
          action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
          /**
           * Format: date
           * @description Default today in the patient’s time zone; not in the future, not before the patient’s start
           */
          date?: string;
          /**
           * Format: uuid
           * @description A client UUID, so that a retried request is stored once
           */
          id?: string;
          /** @description set-stage (default 1) */
          level?: number;
          note?: string;
          /**
           * @description set-ceiling (required)
           * @enum {unknown}
           */
          painCeiling?: 3 | 4 | 5;
          /** @description set-running-level (0 pauses) */
          runningLevel?: number;
          /** @description set-stage (required) */
          stage?: number;
        } & (unknown & unknown & unknown);
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            effect: {
              /** @enum {unknown} */
              kind: 'applied' | 'capped' | 'waits' | 'no-change';
              /** @description What the action does, in plain words */
              message: string;
            };
          };
        };
      };
    };
  };
  getPatientsByPatientIdClinicians: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clinicians: {
              clinicId: string | null;
              clinicName: string | null;
              email: string;
              /** Format: uuid */
              id: string;
              /** @description ISO 8601 time */
              linkedAt: string;
            }[];
          };
        };
      };
    };
  };
  deletePatientsByPatientIdCliniciansByClinicianId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        clinicianId: string;
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getPatientsByPatientIdDecision: {
    parameters: {
      query?: {
        /** @description The day to decide; default today in the patient’s time zone */
        asOf?: string;
      };
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            /** @enum {unknown} */
            change: 'start' | 'progress' | 'hold' | 'regress' | 'advance' | 'none';
            expectedWeeks: number[];
            flags: (
              | 'flare'
              | 'repeated-flare'
              | 'worsening-trend'
              | 'stalled'
              | 'missing-check-ins'
              | 'red-flag'
              | 'severe-pain'
              | 'nerve-signs'
              | 'persistent-amber'
              | 'off-plan-running'
            )[];
            level: number | null;
            outcome?: {
              /** @description pht-v2: per instrument, never mixed */
              byInstrument?: {
                [key: string]: {
                  changeFromFirst: number;
                  latestScore: number;
                };
              };
              changeFromFirst?: number | null;
              latestScore?: number | null;
            };
            /** @description The pain ceiling in force */
            painCeiling?: number;
            plan: {
              advice: string[];
              exercises: {
                /** @description pht-v2: an assisted variant (band or partner) */
                assisted?: boolean;
                effortPercent?: number;
                holdSeconds?: number;
                id: string;
                /** @description pht-v2: the heaviest load you could lift this many times */
                repMax?: number;
                reps?: number;
                restSeconds?: number;
                sets: number;
                tempo?: string;
                timesPerDay?: number;
              }[];
              /**
               * @description pht-v2: what kind of day it is (PROTOCOL.md section 9)
               * @enum {unknown}
               */
              mode?: 'training' | 'rest-day' | 'pain-relief' | 'stopped' | 'maintenance';
              restDay: boolean;
              running: null | {
                /**
                 * @description pht-v2
                 * @enum {unknown}
                 */
                change?: 'start' | 'progress' | 'hold' | 'regress' | 'none';
                kindsAllowed: ('easy' | 'tempo' | 'intervals' | 'hills' | 'sprints')[];
                level: number;
                /** @description pht-v2: last day running pauses, or null */
                pausedUntil?: string | null;
                perWeek: number;
                session: string;
              };
              /** @description pht-v2 */
              sessionsPerDay?: number;
              sittingBreakMinutes: number | null;
            };
            /** @enum {unknown} */
            protocol: 'pht-v1' | 'pht-v2';
            reasons: {
              /** @description a rule id from PROTOCOL.md */
              rule: string;
              /** @description a plain-language explanation naming the evidence (dates, scores) */
              text: string;
            }[];
            /** @description null unless active or completed */
            stage: number | null;
            /** @description The day the current stage started; null outside the program */
            stageStarted?: string | null;
            /** @enum {unknown} */
            status:
              | 'emergency'
              | 'urgent-referral'
              | 'medical-review'
              | 'assessment-needed'
              | 'active'
              | 'completed';
          } & unknown;
        };
      };
    };
  };
  postPatientsByPatientIdDischarge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          discharged: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            assigneeEmail: string | null;
            /** @description The clinician responsible */
            assigneeId: string | null;
            /** @description When the clinic discharged the patient */
            dischargedAt: string | null;
          };
        };
      };
    };
  };
  getPatientsByPatientIdEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            events: (
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  exercises?: {
                    holdSeconds?: number;
                    id: string;
                    loadKg?: number;
                    reps?: number;
                    sets?: number;
                  }[];
                  /** Format: uuid */
                  id: string;
                  note?: string;
                  painAfter?: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'session';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  score: number;
                  /** @enum {unknown} */
                  type: 'morning-check';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                  km?: number;
                  minutes: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'run';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  pain: number;
                  /** @enum {unknown} */
                  side?: 'left' | 'right';
                  /** @enum {unknown} */
                  test:
                    | 'single-leg-bridge'
                    | 'platform-bridge'
                    | 'arabesque'
                    | 'hop-test'
                    | 'puranen-orava'
                    | 'bent-knee-stretch'
                    | 'modified-bent-knee-stretch';
                  /** @enum {unknown} */
                  type: 'load-test';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  minutes: number;
                  /** @enum {unknown} */
                  type: 'sitting';
                }
              | {
                  answers: {
                    [key: string]: boolean;
                  };
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  type: 'symptoms';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /**
                   * @default own
                   * @enum {unknown}
                   */
                  instrument: 'own' | 'visa-h';
                  score: number;
                  /** @enum {unknown} */
                  type: 'function-check';
                }
              | {
                  /** @enum {unknown} */
                  action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  level?: number;
                  note?: string;
                  /** @enum {unknown} */
                  painCeiling?: 3 | 4 | 5;
                  runningLevel?: number;
                  stage?: number;
                  /** @enum {unknown} */
                  type: 'clinician';
                }
            )[];
          };
        };
      };
    };
  };
  postPatientsByPatientIdEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    /** @description One event, or a batch as `{"events": [...]}`. Each carries a client-generated UUID `id`. */
    requestBody: {
      content: {
        'application/json':
          | (
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  exercises?: {
                    holdSeconds?: number;
                    id: string;
                    loadKg?: number;
                    reps?: number;
                    sets?: number;
                  }[];
                  /** Format: uuid */
                  id: string;
                  note?: string;
                  painAfter?: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'session';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  score: number;
                  /** @enum {unknown} */
                  type: 'morning-check';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                  km?: number;
                  minutes: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'run';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  pain: number;
                  /** @enum {unknown} */
                  side?: 'left' | 'right';
                  /** @enum {unknown} */
                  test:
                    | 'single-leg-bridge'
                    | 'platform-bridge'
                    | 'arabesque'
                    | 'hop-test'
                    | 'puranen-orava'
                    | 'bent-knee-stretch'
                    | 'modified-bent-knee-stretch';
                  /** @enum {unknown} */
                  type: 'load-test';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  minutes: number;
                  /** @enum {unknown} */
                  type: 'sitting';
                }
              | {
                  answers: {
                    [key: string]: boolean;
                  };
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  type: 'symptoms';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /**
                   * @default own
                   * @enum {unknown}
                   */
                  instrument?: 'own' | 'visa-h';
                  score: number;
                  /** @enum {unknown} */
                  type: 'function-check';
                }
              | {
                  /** @enum {unknown} */
                  action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  level?: number;
                  note?: string;
                  /** @enum {unknown} */
                  painCeiling?: 3 | 4 | 5;
                  runningLevel?: number;
                  stage?: number;
                  /** @enum {unknown} */
                  type: 'clinician';
                }
            )
          | {
              events: (
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    exercises?: {
                      holdSeconds?: number;
                      id: string;
                      loadKg?: number;
                      reps?: number;
                      sets?: number;
                    }[];
                    /** Format: uuid */
                    id: string;
                    note?: string;
                    painAfter?: number;
                    painDuring: number;
                    /** @enum {unknown} */
                    type: 'session';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    score: number;
                    /** @enum {unknown} */
                    type: 'morning-check';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {unknown} */
                    kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                    km?: number;
                    minutes: number;
                    painDuring: number;
                    /** @enum {unknown} */
                    type: 'run';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    pain: number;
                    /** @enum {unknown} */
                    side?: 'left' | 'right';
                    /** @enum {unknown} */
                    test:
                      | 'single-leg-bridge'
                      | 'platform-bridge'
                      | 'arabesque'
                      | 'hop-test'
                      | 'puranen-orava'
                      | 'bent-knee-stretch'
                      | 'modified-bent-knee-stretch';
                    /** @enum {unknown} */
                    type: 'load-test';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    minutes: number;
                    /** @enum {unknown} */
                    type: 'sitting';
                  }
                | {
                    answers: {
                      [key: string]: boolean;
                    };
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {unknown} */
                    type: 'symptoms';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    /**
                     * @default own
                     * @enum {unknown}
                     */
                    instrument?: 'own' | 'visa-h';
                    score: number;
                    /** @enum {unknown} */
                    type: 'function-check';
                  }
                | {
                    /** @enum {unknown} */
                    action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    level?: number;
                    note?: string;
                    /** @enum {unknown} */
                    painCeiling?: 3 | 4 | 5;
                    runningLevel?: number;
                    stage?: number;
                    /** @enum {unknown} */
                    type: 'clinician';
                  }
              )[];
            };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description events already stored earlier (retries), stored once */
            duplicates: number;
            /** @description events stored by this request */
            stored: number;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description events already stored earlier (retries), stored once */
            duplicates: number;
            /** @description events stored by this request */
            stored: number;
          };
        };
      };
    };
  };
  postPatientsByPatientIdEventsByEventIdEnteredInError: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why the entry is wrong: required */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            markedAt: string;
            markedBy: string | null;
            markedByEmail: string | null;
            reason: string;
          };
        };
      };
      /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            markedAt: string;
            markedBy: string | null;
            markedByEmail: string | null;
            reason: string;
          };
        };
      };
    };
  };
  getPatientsByPatientIdExport: {
    parameters: {
      query?: {
        format?: 'json' | 'fhir';
      };
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description format=json: the export as JSON; format=fhir: a FHIR R4 Bundle (`application/fhir+json`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': {
            entry: {
              [key: string]: unknown;
            }[];
            /** @enum {unknown} */
            resourceType: 'Bundle';
            timestamp: string;
            /** @enum {unknown} */
            type: 'collection';
          };
          'application/json': {
            /** @description Who else read or changed the data, newest first (up to 10,000 entries); null when a clinician exports */
            audit:
              | {
                  action: string;
                  actorId: string | null;
                  /** @enum {unknown} */
                  actorRole: 'patient' | 'clinician' | null;
                  /** @description ISO 8601 time */
                  at: string;
                  /** @description How many requests the entry stands for: refused ones are one entry per caller and hour */
                  count?: number;
                  id: number;
                  /** @description ISO 8601 time of the latest of them */
                  lastAt?: string;
                  /** @enum {unknown} */
                  outcome: 'success' | 'failure';
                  route: string;
                  statusCode: number;
                }[]
              | null;
            /** @description The clinicians linked to the patient when exported */
            clinicians: {
              clinicId: string | null;
              clinicName: string | null;
              email: string;
              /** Format: uuid */
              id: string;
              /** @description ISO 8601 time */
              linkedAt: string;
            }[];
            decision:
              | ({
                  asOf: string;
                  /** @enum {unknown} */
                  change: 'start' | 'progress' | 'hold' | 'regress' | 'advance' | 'none';
                  expectedWeeks: number[];
                  flags: (
                    | 'flare'
                    | 'repeated-flare'
                    | 'worsening-trend'
                    | 'stalled'
                    | 'missing-check-ins'
                    | 'red-flag'
                    | 'severe-pain'
                    | 'nerve-signs'
                    | 'persistent-amber'
                    | 'off-plan-running'
                  )[];
                  level: number | null;
                  outcome?: {
                    /** @description pht-v2: per instrument, never mixed */
                    byInstrument?: {
                      [key: string]: {
                        changeFromFirst: number;
                        latestScore: number;
                      };
                    };
                    changeFromFirst?: number | null;
                    latestScore?: number | null;
                  };
                  /** @description The pain ceiling in force */
                  painCeiling?: number;
                  plan: {
                    advice: string[];
                    exercises: {
                      /** @description pht-v2: an assisted variant (band or partner) */
                      assisted?: boolean;
                      effortPercent?: number;
                      holdSeconds?: number;
                      id: string;
                      /** @description pht-v2: the heaviest load you could lift this many times */
                      repMax?: number;
                      reps?: number;
                      restSeconds?: number;
                      sets: number;
                      tempo?: string;
                      timesPerDay?: number;
                    }[];
                    /**
                     * @description pht-v2: what kind of day it is (PROTOCOL.md section 9)
                     * @enum {unknown}
                     */
                    mode?: 'training' | 'rest-day' | 'pain-relief' | 'stopped' | 'maintenance';
                    restDay: boolean;
                    running: null | {
                      /**
                       * @description pht-v2
                       * @enum {unknown}
                       */
                      change?: 'start' | 'progress' | 'hold' | 'regress' | 'none';
                      kindsAllowed: ('easy' | 'tempo' | 'intervals' | 'hills' | 'sprints')[];
                      level: number;
                      /** @description pht-v2: last day running pauses, or null */
                      pausedUntil?: string | null;
                      perWeek: number;
                      session: string;
                    };
                    /** @description pht-v2 */
                    sessionsPerDay?: number;
                    sittingBreakMinutes: number | null;
                  };
                  /** @enum {unknown} */
                  protocol: 'pht-v1' | 'pht-v2';
                  reasons: {
                    /** @description a rule id from PROTOCOL.md */
                    rule: string;
                    /** @description a plain-language explanation naming the evidence (dates, scores) */
                    text: string;
                  }[];
                  /** @description null unless active or completed */
                  stage: number | null;
                  /** @description The day the current stage started; null outside the program */
                  stageStarted?: string | null;
                  /** @enum {unknown} */
                  status:
                    | 'emergency'
                    | 'urgent-referral'
                    | 'medical-review'
                    | 'assessment-needed'
                    | 'active'
                    | 'completed';
                } & unknown)
              | null;
            eventOrigins: {
              /** @description The clinician who recorded a clinician action (address and clinic); null when not known */
              by: string | null;
              /** Format: uuid */
              eventId: string;
              /** @description Restored from an earlier export: `by` and `receivedAt` are as that export said */
              imported: boolean;
              /** @description When the server received it */
              receivedAt: string;
            }[];
            events: (
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  exercises?: {
                    holdSeconds?: number;
                    id: string;
                    loadKg?: number;
                    reps?: number;
                    sets?: number;
                  }[];
                  /** Format: uuid */
                  id: string;
                  note?: string;
                  painAfter?: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'session';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  score: number;
                  /** @enum {unknown} */
                  type: 'morning-check';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                  km?: number;
                  minutes: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'run';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  pain: number;
                  /** @enum {unknown} */
                  side?: 'left' | 'right';
                  /** @enum {unknown} */
                  test:
                    | 'single-leg-bridge'
                    | 'platform-bridge'
                    | 'arabesque'
                    | 'hop-test'
                    | 'puranen-orava'
                    | 'bent-knee-stretch'
                    | 'modified-bent-knee-stretch';
                  /** @enum {unknown} */
                  type: 'load-test';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  minutes: number;
                  /** @enum {unknown} */
                  type: 'sitting';
                }
              | {
                  answers: {
                    [key: string]: boolean;
                  };
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  type: 'symptoms';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /**
                   * @default own
                   * @enum {unknown}
                   */
                  instrument: 'own' | 'visa-h';
                  score: number;
                  /** @enum {unknown} */
                  type: 'function-check';
                }
              | {
                  /** @enum {unknown} */
                  action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  level?: number;
                  note?: string;
                  /** @enum {unknown} */
                  painCeiling?: 3 | 4 | 5;
                  runningLevel?: number;
                  stage?: number;
                  /** @enum {unknown} */
                  type: 'clinician';
                }
            )[];
            /** @description Events a clinician marked entered in error, with the mark: kept, but not in the case */
            eventsEnteredInError: {
              /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
              enteredInError: {
                markedAt: string;
                markedBy: string | null;
                markedByEmail: string | null;
                reason: string;
              };
              /** @description An event of the engine’s case schema, with a client-generated UUID `id`. */
              event:
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    exercises?: {
                      holdSeconds?: number;
                      id: string;
                      loadKg?: number;
                      reps?: number;
                      sets?: number;
                    }[];
                    /** Format: uuid */
                    id: string;
                    note?: string;
                    painAfter?: number;
                    painDuring: number;
                    /** @enum {unknown} */
                    type: 'session';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    score: number;
                    /** @enum {unknown} */
                    type: 'morning-check';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {unknown} */
                    kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                    km?: number;
                    minutes: number;
                    painDuring: number;
                    /** @enum {unknown} */
                    type: 'run';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    pain: number;
                    /** @enum {unknown} */
                    side?: 'left' | 'right';
                    /** @enum {unknown} */
                    test:
                      | 'single-leg-bridge'
                      | 'platform-bridge'
                      | 'arabesque'
                      | 'hop-test'
                      | 'puranen-orava'
                      | 'bent-knee-stretch'
                      | 'modified-bent-knee-stretch';
                    /** @enum {unknown} */
                    type: 'load-test';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    minutes: number;
                    /** @enum {unknown} */
                    type: 'sitting';
                  }
                | {
                    answers: {
                      [key: string]: boolean;
                    };
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {unknown} */
                    type: 'symptoms';
                  }
                | {
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    /**
                     * @default own
                     * @enum {unknown}
                     */
                    instrument: 'own' | 'visa-h';
                    score: number;
                    /** @enum {unknown} */
                    type: 'function-check';
                  }
                | {
                    /** @enum {unknown} */
                    action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                    /**
                     * Format: date
                     * @description ISO calendar day (YYYY-MM-DD) that exists
                     */
                    date: string;
                    /** Format: uuid */
                    id: string;
                    level?: number;
                    note?: string;
                    /** @enum {unknown} */
                    painCeiling?: 3 | 4 | 5;
                    runningLevel?: number;
                    stage?: number;
                    /** @enum {unknown} */
                    type: 'clinician';
                  };
            }[];
            /** @description ISO 8601 UTC time */
            exportedAt: string;
            /** @enum {unknown} */
            format: 'hamstring-rehab-export';
            identity: {
              dateOfBirth: string | null;
              name: string | null;
              /** @description The clinic’s own reference number for the patient */
              reference: string | null;
            };
            /** @description The patient’s message thread with their clinicians, oldest first */
            messages: {
              /** @description Null once the author’s account is gone */
              authorEmail: string | null;
              /** @enum {unknown} */
              authorRole: 'patient' | 'clinician';
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Written by the caller */
              mine: boolean;
              /** @description Plain text, shown as text (never as HTML) */
              text: string;
            }[];
            /** @description Treatment notes from clinicians, by date */
            notes: {
              authorEmail: string | null;
              authorId: string | null;
              createdAt: string;
              /** @description The day of the treatment */
              date: string;
              /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
              enteredInError?: {
                markedAt: string;
                markedBy: string | null;
                markedByEmail: string | null;
                reason: string;
              };
              /** Format: uuid */
              id: string;
              /** @description A note restored from an export (ADR 133): who wrote it and when, in the other account */
              imported?: {
                at: string;
                by: string | null;
              } | null;
              /** @enum {unknown} */
              kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
              /** @description Plain text, shown as text (never as HTML) */
              text: string;
            }[];
            /** Format: uuid */
            patientId: string;
            profile: {
              /** @enum {unknown} */
              affectedSide: 'left' | 'right' | 'both' | null;
              birthYear: number | null;
              /** @enum {unknown} */
              painCeiling: 3 | 4 | 5;
              /**
               * @description The protocol the patient follows (read only; pht-v2 since migration 007)
               * @enum {unknown}
               */
              protocol?: 'pht-v1' | 'pht-v2';
              runner: boolean;
              /** @description returning to a sport (pht-v2 `patient.sport`) */
              sport: boolean;
              /** @description IANA time zone name */
              timeZone: string;
            };
            /** @description The push reminder times the patient chose (local HH:MM; run days as ISO weekdays) */
            reminders: {
              days: number[];
              kind: string;
              time: string;
            }[];
            screening: {
              answers: {
                [key: string]: boolean;
              };
              /**
               * Format: date
               * @description ISO calendar day (YYYY-MM-DD) that exists
               */
              date: string;
            } | null;
            /** @enum {unknown} */
            version: 2;
          };
        };
      };
    };
  };
  getPatientsByPatientIdIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dateOfBirth: string | null;
            name: string | null;
            /** @description The clinic’s own reference number for the patient */
            reference: string | null;
          };
        };
      };
    };
  };
  putPatientsByPatientIdIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          dateOfBirth?: string | null;
          name?: string | null;
          /** @description The clinic’s own reference number for the patient */
          reference?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dateOfBirth: string | null;
            name: string | null;
            /** @description The clinic’s own reference number for the patient */
            reference: string | null;
          };
        };
      };
    };
  };
  postPatientsByPatientIdImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Who else read or changed the data, newest first (up to 10,000 entries); null when a clinician exports */
          audit?:
            | {
                action: string;
                actorId: string | null;
                /** @enum {unknown} */
                actorRole: 'patient' | 'clinician' | null;
                /** @description ISO 8601 time */
                at: string;
                /** @description How many requests the entry stands for: refused ones are one entry per caller and hour */
                count?: number;
                id: number;
                /** @description ISO 8601 time of the latest of them */
                lastAt?: string;
                /** @enum {unknown} */
                outcome: 'success' | 'failure';
                route: string;
                statusCode: number;
              }[]
            | null;
          /** @description The clinicians linked to the patient when exported */
          clinicians?: {
            clinicId: string | null;
            clinicName: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            /** @description ISO 8601 time */
            linkedAt: string;
          }[];
          decision?:
            | ({
                asOf: string;
                /** @enum {unknown} */
                change: 'start' | 'progress' | 'hold' | 'regress' | 'advance' | 'none';
                expectedWeeks: number[];
                flags: (
                  | 'flare'
                  | 'repeated-flare'
                  | 'worsening-trend'
                  | 'stalled'
                  | 'missing-check-ins'
                  | 'red-flag'
                  | 'severe-pain'
                  | 'nerve-signs'
                  | 'persistent-amber'
                  | 'off-plan-running'
                )[];
                level: number | null;
                outcome?: {
                  /** @description pht-v2: per instrument, never mixed */
                  byInstrument?: {
                    [key: string]: {
                      changeFromFirst: number;
                      latestScore: number;
                    };
                  };
                  changeFromFirst?: number | null;
                  latestScore?: number | null;
                };
                /** @description The pain ceiling in force */
                painCeiling?: number;
                plan: {
                  advice: string[];
                  exercises: {
                    /** @description pht-v2: an assisted variant (band or partner) */
                    assisted?: boolean;
                    effortPercent?: number;
                    holdSeconds?: number;
                    id: string;
                    /** @description pht-v2: the heaviest load you could lift this many times */
                    repMax?: number;
                    reps?: number;
                    restSeconds?: number;
                    sets: number;
                    tempo?: string;
                    timesPerDay?: number;
                  }[];
                  /**
                   * @description pht-v2: what kind of day it is (PROTOCOL.md section 9)
                   * @enum {unknown}
                   */
                  mode?: 'training' | 'rest-day' | 'pain-relief' | 'stopped' | 'maintenance';
                  restDay: boolean;
                  running: null | {
                    /**
                     * @description pht-v2
                     * @enum {unknown}
                     */
                    change?: 'start' | 'progress' | 'hold' | 'regress' | 'none';
                    kindsAllowed: ('easy' | 'tempo' | 'intervals' | 'hills' | 'sprints')[];
                    level: number;
                    /** @description pht-v2: last day running pauses, or null */
                    pausedUntil?: string | null;
                    perWeek: number;
                    session: string;
                  };
                  /** @description pht-v2 */
                  sessionsPerDay?: number;
                  sittingBreakMinutes: number | null;
                };
                /** @enum {unknown} */
                protocol: 'pht-v1' | 'pht-v2';
                reasons: {
                  /** @description a rule id from PROTOCOL.md */
                  rule: string;
                  /** @description a plain-language explanation naming the evidence (dates, scores) */
                  text: string;
                }[];
                /** @description null unless active or completed */
                stage: number | null;
                /** @description The day the current stage started; null outside the program */
                stageStarted?: string | null;
                /** @enum {unknown} */
                status:
                  | 'emergency'
                  | 'urgent-referral'
                  | 'medical-review'
                  | 'assessment-needed'
                  | 'active'
                  | 'completed';
              } & unknown)
            | null;
          eventOrigins?: {
            /** @description The clinician who recorded a clinician action (address and clinic); null when not known */
            by: string | null;
            /** Format: uuid */
            eventId: string;
            /** @description Restored from an earlier export: `by` and `receivedAt` are as that export said */
            imported: boolean;
            /** @description When the server received it */
            receivedAt: string;
          }[];
          events: (
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                exercises?: {
                  holdSeconds?: number;
                  id: string;
                  loadKg?: number;
                  reps?: number;
                  sets?: number;
                }[];
                /** Format: uuid */
                id: string;
                note?: string;
                painAfter?: number;
                painDuring: number;
                /** @enum {unknown} */
                type: 'session';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                /** Format: uuid */
                id: string;
                score: number;
                /** @enum {unknown} */
                type: 'morning-check';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                km?: number;
                minutes: number;
                painDuring: number;
                /** @enum {unknown} */
                type: 'run';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                /** Format: uuid */
                id: string;
                pain: number;
                /** @enum {unknown} */
                side?: 'left' | 'right';
                /** @enum {unknown} */
                test:
                  | 'single-leg-bridge'
                  | 'platform-bridge'
                  | 'arabesque'
                  | 'hop-test'
                  | 'puranen-orava'
                  | 'bent-knee-stretch'
                  | 'modified-bent-knee-stretch';
                /** @enum {unknown} */
                type: 'load-test';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                /** Format: uuid */
                id: string;
                minutes: number;
                /** @enum {unknown} */
                type: 'sitting';
              }
            | {
                answers: {
                  [key: string]: boolean;
                };
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                type: 'symptoms';
              }
            | {
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                /** Format: uuid */
                id: string;
                /**
                 * @default own
                 * @enum {unknown}
                 */
                instrument?: 'own' | 'visa-h';
                score: number;
                /** @enum {unknown} */
                type: 'function-check';
              }
            | {
                /** @enum {unknown} */
                action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                /**
                 * Format: date
                 * @description ISO calendar day (YYYY-MM-DD) that exists
                 */
                date: string;
                /** Format: uuid */
                id: string;
                level?: number;
                note?: string;
                /** @enum {unknown} */
                painCeiling?: 3 | 4 | 5;
                runningLevel?: number;
                stage?: number;
                /** @enum {unknown} */
                type: 'clinician';
              }
          )[];
          /** @description Events a clinician marked entered in error, with the mark: kept, but not in the case */
          eventsEnteredInError?: {
            /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
            enteredInError: {
              markedAt: string;
              markedBy: string | null;
              markedByEmail: string | null;
              reason: string;
            };
            /** @description An event of the engine’s case schema, with a client-generated UUID `id`. */
            event:
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  exercises?: {
                    holdSeconds?: number;
                    id: string;
                    loadKg?: number;
                    reps?: number;
                    sets?: number;
                  }[];
                  /** Format: uuid */
                  id: string;
                  note?: string;
                  painAfter?: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'session';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  score: number;
                  /** @enum {unknown} */
                  type: 'morning-check';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                  km?: number;
                  minutes: number;
                  painDuring: number;
                  /** @enum {unknown} */
                  type: 'run';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  pain: number;
                  /** @enum {unknown} */
                  side?: 'left' | 'right';
                  /** @enum {unknown} */
                  test:
                    | 'single-leg-bridge'
                    | 'platform-bridge'
                    | 'arabesque'
                    | 'hop-test'
                    | 'puranen-orava'
                    | 'bent-knee-stretch'
                    | 'modified-bent-knee-stretch';
                  /** @enum {unknown} */
                  type: 'load-test';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  minutes: number;
                  /** @enum {unknown} */
                  type: 'sitting';
                }
              | {
                  answers: {
                    [key: string]: boolean;
                  };
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  type: 'symptoms';
                }
              | {
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  /**
                   * @default own
                   * @enum {unknown}
                   */
                  instrument?: 'own' | 'visa-h';
                  score: number;
                  /** @enum {unknown} */
                  type: 'function-check';
                }
              | {
                  /** @enum {unknown} */
                  action: 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                  /**
                   * Format: date
                   * @description ISO calendar day (YYYY-MM-DD) that exists
                   */
                  date: string;
                  /** Format: uuid */
                  id: string;
                  level?: number;
                  note?: string;
                  /** @enum {unknown} */
                  painCeiling?: 3 | 4 | 5;
                  runningLevel?: number;
                  stage?: number;
                  /** @enum {unknown} */
                  type: 'clinician';
                };
          }[];
          /** @description ISO 8601 UTC time */
          exportedAt: string;
          /** @enum {unknown} */
          format: 'hamstring-rehab-export';
          identity?: {
            dateOfBirth: string | null;
            name: string | null;
            /** @description The clinic’s own reference number for the patient */
            reference: string | null;
          } | null;
          /** @description The patient’s message thread with their clinicians, oldest first */
          messages?: {
            /** @description Null once the author’s account is gone */
            authorEmail: string | null;
            /** @enum {unknown} */
            authorRole: 'patient' | 'clinician';
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Written by the caller */
            mine: boolean;
            /** @description Plain text, shown as text (never as HTML) */
            text: string;
          }[];
          /** @description Treatment notes from clinicians, by date */
          notes?: {
            authorEmail: string | null;
            authorId: string | null;
            createdAt: string;
            /** @description The day of the treatment */
            date: string;
            /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
            enteredInError?: {
              markedAt: string;
              markedBy: string | null;
              markedByEmail: string | null;
              reason: string;
            };
            /** Format: uuid */
            id: string;
            /** @description A note restored from an export (ADR 133): who wrote it and when, in the other account */
            imported?: {
              at: string;
              by: string | null;
            } | null;
            /** @enum {unknown} */
            kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
            /** @description Plain text, shown as text (never as HTML) */
            text: string;
          }[];
          /** Format: uuid */
          patientId: string;
          profile: {
            /** @enum {unknown} */
            affectedSide: 'left' | 'right' | 'both' | null;
            birthYear: number | null;
            /** @enum {unknown} */
            painCeiling: 3 | 4 | 5;
            /**
             * @description The protocol the patient follows (read only; pht-v2 since migration 007)
             * @enum {unknown}
             */
            protocol?: 'pht-v1' | 'pht-v2';
            runner: boolean;
            /** @description returning to a sport (pht-v2 `patient.sport`) */
            sport: boolean;
            /** @description IANA time zone name */
            timeZone: string;
          };
          /** @description The push reminder times the patient chose (local HH:MM; run days as ISO weekdays) */
          reminders?: {
            days: number[];
            kind: string;
            time: string;
          }[];
          screening: {
            answers: {
              [key: string]: boolean;
            };
            /**
             * Format: date
             * @description ISO calendar day (YYYY-MM-DD) that exists
             */
            date: string;
          } | null;
          /** @enum {unknown} */
          version: 1 | 2;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description events already stored earlier (retries), stored once */
            duplicates: number;
            /** @description events stored by this request */
            stored: number;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description events already stored earlier (retries), stored once */
            duplicates: number;
            /** @description events stored by this request */
            stored: number;
          };
        };
      };
    };
  };
  getPatientsByPatientIdMessages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            messages: {
              /** @description Null once the author’s account is gone */
              authorEmail: string | null;
              /** @enum {unknown} */
              authorRole: 'patient' | 'clinician';
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Written by the caller */
              mine: boolean;
              /** @description Plain text, shown as text (never as HTML) */
              text: string;
            }[];
            /** @description How many of them the caller had not read before this request */
            unread: number;
          };
        };
      };
    };
  };
  postPatientsByPatientIdMessages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description Made by the client, one per message: a repeat is stored once
           */
          id: string;
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Null once the author’s account is gone */
            authorEmail: string | null;
            /** @enum {unknown} */
            authorRole: 'patient' | 'clinician';
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Written by the caller */
            mine: boolean;
            /** @description Plain text, shown as text (never as HTML) */
            text: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Null once the author’s account is gone */
            authorEmail: string | null;
            /** @enum {unknown} */
            authorRole: 'patient' | 'clinician';
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Written by the caller */
            mine: boolean;
            /** @description Plain text, shown as text (never as HTML) */
            text: string;
          };
        };
      };
    };
  };
  getPatientsByPatientIdNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            notes: {
              authorEmail: string | null;
              authorId: string | null;
              createdAt: string;
              /** @description The day of the treatment */
              date: string;
              /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
              enteredInError?: {
                markedAt: string;
                markedBy: string | null;
                markedByEmail: string | null;
                reason: string;
              };
              /** Format: uuid */
              id: string;
              /** @description A note restored from an export (ADR 133): who wrote it and when, in the other account */
              imported?: {
                at: string;
                by: string | null;
              } | null;
              /** @enum {unknown} */
              kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
              /** @description Plain text, shown as text (never as HTML) */
              text: string;
            }[];
          };
        };
      };
    };
  };
  postPatientsByPatientIdNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description Default today in the patient’s time zone; not in the future, not before the patient’s start
           */
          date?: string;
          /**
           * Format: uuid
           * @description A client UUID, so that a retried request is stored once
           */
          id?: string;
          /** @enum {unknown} */
          kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            authorEmail: string | null;
            authorId: string | null;
            createdAt: string;
            /** @description The day of the treatment */
            date: string;
            /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
            enteredInError?: {
              markedAt: string;
              markedBy: string | null;
              markedByEmail: string | null;
              reason: string;
            };
            /** Format: uuid */
            id: string;
            /** @description A note restored from an export (ADR 133): who wrote it and when, in the other account */
            imported?: {
              at: string;
              by: string | null;
            } | null;
            /** @enum {unknown} */
            kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
            /** @description Plain text, shown as text (never as HTML) */
            text: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            authorEmail: string | null;
            authorId: string | null;
            createdAt: string;
            /** @description The day of the treatment */
            date: string;
            /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
            enteredInError?: {
              markedAt: string;
              markedBy: string | null;
              markedByEmail: string | null;
              reason: string;
            };
            /** Format: uuid */
            id: string;
            /** @description A note restored from an export (ADR 133): who wrote it and when, in the other account */
            imported?: {
              at: string;
              by: string | null;
            } | null;
            /** @enum {unknown} */
            kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
            /** @description Plain text, shown as text (never as HTML) */
            text: string;
          };
        };
      };
    };
  };
  postPatientsByPatientIdNotesByNoteIdEnteredInError: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        noteId: string;
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why the entry is wrong: required */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            markedAt: string;
            markedBy: string | null;
            markedByEmail: string | null;
            reason: string;
          };
        };
      };
      /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            markedAt: string;
            markedBy: string | null;
            markedByEmail: string | null;
            reason: string;
          };
        };
      };
    };
  };
  getPatientsByPatientIdProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {unknown} */
            affectedSide: 'left' | 'right' | 'both' | null;
            birthYear: number | null;
            /** @enum {unknown} */
            painCeiling: 3 | 4 | 5;
            /**
             * @description The protocol the patient follows (read only; pht-v2 since migration 007)
             * @enum {unknown}
             */
            protocol?: 'pht-v1' | 'pht-v2';
            runner: boolean;
            /** @description returning to a sport (pht-v2 `patient.sport`) */
            sport: boolean;
            /** @description IANA time zone name */
            timeZone: string;
          };
        };
      };
    };
  };
  putPatientsByPatientIdProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default null
           * @enum {unknown}
           */
          affectedSide?: 'left' | 'right' | 'both' | null;
          birthYear: number;
          /**
           * @default 5
           * @enum {unknown}
           */
          painCeiling?: 3 | 4 | 5;
          /** @default false */
          runner?: boolean;
          /**
           * @description returning to a sport (pht-v2 `patient.sport`)
           * @default false
           */
          sport?: boolean;
          /**
           * Format: time-zone
           * @description IANA time zone name, any case; stored canonical (europe/london -> Europe/London). The patient’s “today” is computed in it
           * @default UTC
           */
          timeZone?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {unknown} */
            affectedSide: 'left' | 'right' | 'both' | null;
            birthYear: number | null;
            /** @enum {unknown} */
            painCeiling: 3 | 4 | 5;
            /**
             * @description The protocol the patient follows (read only; pht-v2 since migration 007)
             * @enum {unknown}
             */
            protocol?: 'pht-v1' | 'pht-v2';
            runner: boolean;
            /** @description returning to a sport (pht-v2 `patient.sport`) */
            sport: boolean;
            /** @description IANA time zone name */
            timeZone: string;
          };
        };
      };
    };
  };
  getPatientsByPatientIdReminders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The morning check-in; null: none */
            checkIn: string | null;
            /** @description Browsers of the patient with notifications on */
            devices: number;
            /** @description The evening “pain after” question */
            painAfter: string | null;
            /** @description Runners: the run days and time; null: none */
            run: {
              /** @description ISO weekdays: 1 Monday .. 7 Sunday */
              days: number[];
              /** @description HH:MM, 24-hour, in the patient’s time zone */
              time: string;
            } | null;
            /** @description The exercise session(s): the second is sent only on days with two (pht-v2 stage 1) */
            sessions: string[];
            /** @description The patient’s time zone the times are in */
            timeZone: string;
          };
        };
      };
    };
  };
  putPatientsByPatientIdReminders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The morning check-in; null: none */
          checkIn: string | null;
          /** @description The evening “pain after” question */
          painAfter: string | null;
          /** @description Runners: the run days and time; null: none */
          run: {
            /** @description ISO weekdays: 1 Monday .. 7 Sunday */
            days: number[];
            /** @description HH:MM, 24-hour, in the patient’s time zone */
            time: string;
          } | null;
          /** @description The exercise session(s): the second is sent only on days with two (pht-v2 stage 1) */
          sessions: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The morning check-in; null: none */
            checkIn: string | null;
            /** @description Browsers of the patient with notifications on */
            devices: number;
            /** @description The evening “pain after” question */
            painAfter: string | null;
            /** @description Runners: the run days and time; null: none */
            run: {
              /** @description ISO weekdays: 1 Monday .. 7 Sunday */
              days: number[];
              /** @description HH:MM, 24-hour, in the patient’s time zone */
              time: string;
            } | null;
            /** @description The exercise session(s): the second is sent only on days with two (pht-v2 stage 1) */
            sessions: string[];
            /** @description The patient’s time zone the times are in */
            timeZone: string;
          };
        };
      };
    };
  };
  getPatientsByPatientIdReportPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  postPatientsByPatientIdReportPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The clinician’s summary, printed on page 1; line breaks allowed, no other control characters */
          summary?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  getPatientsByPatientIdScreening: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answers: {
              [key: string]: boolean;
            };
            /**
             * Format: date
             * @description ISO calendar day (YYYY-MM-DD) that exists
             */
            date: string;
          };
        };
      };
    };
  };
  putPatientsByPatientIdScreening: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answers: {
            [key: string]: boolean;
          };
          /**
           * Format: date
           * @description ISO calendar day (YYYY-MM-DD) that exists
           */
          date: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answers: {
              [key: string]: boolean;
            };
            /**
             * Format: date
             * @description ISO calendar day (YYYY-MM-DD) that exists
             */
            date: string;
          };
        };
      };
    };
  };
  getPatientsByPatientIdTimeline: {
    parameters: {
      query?: {
        /** @description Only items on or after this day */
        from?: string;
        /** @description Only these kinds, comma-separated: pain, sessions, runs, tests, notes, clinician, decisions (default all) */
        kinds?: string;
        /** @description A page of the newest items; every decision on it comes with its reasons */
        limit?: number;
        /** @description Newest items to skip */
        offset?: number;
      };
      header?: never;
      path: {
        patientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            items: (
              | {
                  date: string;
                  /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
                  enteredInError?: {
                    markedAt: string;
                    markedBy: string | null;
                    markedByEmail: string | null;
                    reason: string;
                  };
                  /** @description An event of the engine’s case schema, with a client-generated UUID `id`. */
                  event:
                    | {
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        exercises?: {
                          holdSeconds?: number;
                          id: string;
                          loadKg?: number;
                          reps?: number;
                          sets?: number;
                        }[];
                        /** Format: uuid */
                        id: string;
                        note?: string;
                        painAfter?: number;
                        painDuring: number;
                        /** @enum {unknown} */
                        type: 'session';
                      }
                    | {
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        /** Format: uuid */
                        id: string;
                        score: number;
                        /** @enum {unknown} */
                        type: 'morning-check';
                      }
                    | {
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints';
                        km?: number;
                        minutes: number;
                        painDuring: number;
                        /** @enum {unknown} */
                        type: 'run';
                      }
                    | {
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        /** Format: uuid */
                        id: string;
                        pain: number;
                        /** @enum {unknown} */
                        side?: 'left' | 'right';
                        /** @enum {unknown} */
                        test:
                          | 'single-leg-bridge'
                          | 'platform-bridge'
                          | 'arabesque'
                          | 'hop-test'
                          | 'puranen-orava'
                          | 'bent-knee-stretch'
                          | 'modified-bent-knee-stretch';
                        /** @enum {unknown} */
                        type: 'load-test';
                      }
                    | {
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        /** Format: uuid */
                        id: string;
                        minutes: number;
                        /** @enum {unknown} */
                        type: 'sitting';
                      }
                    | {
                        answers: {
                          [key: string]: boolean;
                        };
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        type: 'symptoms';
                      }
                    | {
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        /** Format: uuid */
                        id: string;
                        /**
                         * @default own
                         * @enum {unknown}
                         */
                        instrument: 'own' | 'visa-h';
                        score: number;
                        /** @enum {unknown} */
                        type: 'function-check';
                      }
                    | {
                        /** @enum {unknown} */
                        action:
                          'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level' | 'review';
                        /**
                         * Format: date
                         * @description ISO calendar day (YYYY-MM-DD) that exists
                         */
                        date: string;
                        /** Format: uuid */
                        id: string;
                        level?: number;
                        note?: string;
                        /** @enum {unknown} */
                        painCeiling?: 3 | 4 | 5;
                        runningLevel?: number;
                        stage?: number;
                        /** @enum {unknown} */
                        type: 'clinician';
                      };
                  /** @description An event restored from an export (ADR 133): who recorded it and when, there */
                  imported?: {
                    at: string;
                    by: string | null;
                  };
                  /** @enum {unknown} */
                  kind: 'event';
                }
              | {
                  date: string;
                  /** @enum {unknown} */
                  kind: 'note';
                  note: {
                    authorEmail: string | null;
                    authorId: string | null;
                    createdAt: string;
                    /** @description The day of the treatment */
                    date: string;
                    /** @description Set when a clinician marked the entry entered in error: kept, struck through, out of the case */
                    enteredInError?: {
                      markedAt: string;
                      markedBy: string | null;
                      markedByEmail: string | null;
                      reason: string;
                    };
                    /** Format: uuid */
                    id: string;
                    /** @description A note restored from an export (ADR 133): who wrote it and when, in the other account */
                    imported?: {
                      at: string;
                      by: string | null;
                    } | null;
                    /** @enum {unknown} */
                    kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
                    /** @description Plain text, shown as text (never as HTML) */
                    text: string;
                  };
                }
              | {
                  /** @enum {unknown} */
                  change: 'start' | 'progress' | 'hold' | 'regress' | 'advance' | 'none';
                  date: string;
                  /** @enum {unknown} */
                  kind: 'decision';
                  level: number | null;
                  /**
                   * @description The protocol that made the decision
                   * @enum {unknown}
                   */
                  protocol?: 'pht-v1' | 'pht-v2';
                  /** @description The reasons of the decision the engine made that day, in plain words */
                  reasons: string[];
                  /** @description The protocol rules that decided it */
                  rules: string[];
                  runningLevel: number | null;
                  stage: number | null;
                }
            )[];
            /** @description How many items the filter matches, on every page */
            total: number;
          };
        };
      };
    };
  };
  getPushPublicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description base64url, 65 bytes */
            publicKey: string;
          };
        };
      };
    };
  };
  postPushSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The push service URL the browser gave (https) */
          endpoint: string;
          /** @description As the browser gives it; not used */
          expirationTime?: number | null;
          keys: {
            /** @description The browser’s auth secret, base64url (16 bytes) */
            auth: string;
            /** @description The browser’s P-256 public key, base64url (65 bytes) */
            p256dh: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
    };
  };
  deletePushSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The push service URL the browser gave (https) */
          endpoint: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: string;
            problems?: {
              message: string;
              path: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description False: it was not stored */
            removed: boolean;
          };
        };
      };
    };
  };
}
