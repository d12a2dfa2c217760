import type { FastifyInstance } from 'fastify';
import { accessToPatient, accessWithoutLookup, refuseDischargedWrite } from '../http/access.js';
import { PATIENT_SCOPED, type Access, type PatientAccess } from '../http/context.js';
import type { Deps } from '../http/deps.js';
import { HttpError, notFound } from '../http/errors.js';

/** A route as the authorization plugin saw it added: what tests enumerate to prove every route is covered. */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route added to the app, with its declared access (HEAD twins of GET routes left out). */
    registeredRoutes: RegisteredRoute[];
  }
}

const twoFactorFirst = () =>
  new HttpError(
    403,
    'your clinic requires two-factor sign-in: set it up first (Account, Two-factor sign-in)',
  );

/**
 * Enforces each route's `config.access`: every /api route must declare one, and its responses (checked when
 * routes are added). A route for users answers 401 without a session; a clinicians' route 403 to patients;
 * a patient-scoped route 404 unless `accessToPatient` lets the user reach the patient in its path (and,
 * for `linked-clinician`, 403 to the patient themselves).
 */
export function registerAuthorization(app: FastifyInstance, { store }: Deps): void {
  app.decorateRequest('patientAccess', null);
  const registered: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registered);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const record = () => {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') registered.push({ method, url: route.url, access });
      }
    };
    if (!route.url.startsWith('/api/')) {
      record();
      return;
    }
    if (access === undefined) {
      throw new Error(`route ${route.method.toString()} ${route.url} declares no config.access`);
    }
    if (route.schema?.response === undefined) {
      throw new Error(`route ${route.method.toString()} ${route.url} declares no response schema`);
    }
    if (PATIENT_SCOPED.includes(access) && !route.url.includes(':patientId')) {
      throw new Error(`route ${route.url} is patient-scoped but has no :patientId`);
    }
    record();
  });

  app.addHook('onRequest', (request, _reply, done) => {
    const { access = 'public', beforeTwoFactor } = request.routeOptions.config;
    const { actor } = request;
    if (access !== 'public' && actor === null) done(new HttpError(401, 'sign in first'));
    else if (access === 'clinician' && actor?.role !== 'clinician')
      done(new HttpError(403, 'this is for clinicians only'));
    else if (
      actor?.role === 'clinician' &&
      (access === 'clinician' || PATIENT_SCOPED.includes(access)) &&
      beforeTwoFactor !== true
    ) {
      // The clinic may require two-factor sign-in: until it is set up, only its own routes answer (ADR 126).
      store.twoFactorStatus(actor.userId).then(
        ({ enabled, required }) => {
          done(required && !enabled ? twoFactorFirst() : undefined);
        },
        (error: unknown) => {
          done(error instanceof Error ? error : new Error('two-factor check failed'));
        },
      );
    } else done();
  });

  app.addHook('preValidation', (request, _reply, done) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || !PATIENT_SCOPED.includes(access)) {
      done();
      return;
    }
    const { actor } = request;
    const patientId = (request.params as Record<string, unknown>).patientId;
    if (actor === null || typeof patientId !== 'string') {
      done(notFound());
      return;
    }
    const decide = (granted: PatientAccess | null) => {
      if (granted === null || (access === 'patient-self' && granted !== 'self')) done(notFound());
      else if (access === 'linked-clinician' && granted !== 'clinician')
        done(new HttpError(403, 'only a clinician linked to this patient may do this'));
      else {
        request.patientAccess = granted;
        done();
      }
    };
    // A patient's own record is decided at once, without a query or a promise; a clinician's link is looked up.
    const known = accessWithoutLookup(actor, patientId);
    if (known !== undefined) {
      decide(known);
      return;
    }
    const check = async () => {
      const granted = await accessToPatient(store, actor, patientId);
      if (granted === 'clinician' && request.routeOptions.config.whileDischarged !== true) {
        await refuseDischargedWrite(store, actor, patientId, request.method);
      }
      return granted;
    };
    check().then(decide, (error: unknown) => {
      done(error instanceof Error ? error : new Error('access check failed'));
    });
  });
}
