import type { CaseEvent } from '@hamstring-rehab/engine';
import {
  category,
  exerciseCode,
  FHIR_BASE,
  own,
  PAIN_LOINC,
  stableUrl,
  UCUM,
  type Resource,
} from './code-system.js';
import { questionnaireResponse } from './questionnaires.js';

export interface Entry {
  fullUrl: string;
  resource: Resource;
}

type Identified = CaseEvent & { id: string };

const minutes = (value: number) => ({ value, unit: 'min', system: UCUM, code: 'min' });
const score = (value: number) => ({ value, unit: 'score', system: UCUM, code: '{score}' });

/** The resources of one event of the patient's log (clinician actions aside: see clinical-resources). */
export function eventResources(event: Identified, patientRef: string): Entry[] {
  const out: Entry[] = [];
  const observation = (field: string, body: Record<string, unknown>) => {
    out.push({
      fullUrl: stableUrl(event.id, field),
      resource: {
        resourceType: 'Observation',
        identifier: [{ system: `${FHIR_BASE}/event`, value: `${event.id}#${field}` }],
        status: 'final',
        subject: { reference: patientRef },
        effectiveDateTime: event.date,
        ...body,
      },
    });
  };
  const pain = (field: string, code: string, value: number, extra: Record<string, unknown> = {}) => {
    observation(field, {
      category: category('survey'),
      code: { coding: [PAIN_LOINC, own(code)], text: own(code).display },
      valueInteger: value,
      ...extra,
    });
  };
  switch (event.type) {
    case 'session':
      pain('painDuring', 'pain-session-during', event.painDuring);
      if (event.painAfter !== undefined) pain('painAfter', 'pain-session-after', event.painAfter);
      (event.exercises ?? []).forEach((done, index) => {
        const code = exerciseCode(done.id) ?? own('rehab-exercise');
        const dose = [
          done.sets === undefined ? '' : `${done.sets} sets`,
          done.reps === undefined ? '' : `${done.reps} reps`,
          done.holdSeconds === undefined ? '' : `${done.holdSeconds} s hold`,
          done.loadKg === undefined ? '' : `${done.loadKg} kg`,
        ].filter((part) => part !== '');
        out.push({
          fullUrl: stableUrl(event.id, 'exercises', String(index)),
          resource: {
            resourceType: 'Procedure',
            identifier: [{ system: `${FHIR_BASE}/event`, value: `${event.id}#exercises[${index}]` }],
            status: 'completed',
            category: { coding: [own('rehab-exercise')] },
            code: { coding: [code], text: done.id },
            subject: { reference: patientRef },
            performedDateTime: event.date,
            ...(dose.length > 0 ? { note: [{ text: dose.join(', ') }] } : {}),
          },
        });
      });
      if (event.note !== undefined && event.note.trim() !== '') {
        out.push({
          fullUrl: stableUrl(event.id, 'note'),
          resource: {
            resourceType: 'Communication',
            identifier: [{ system: `${FHIR_BASE}/event`, value: `${event.id}#note` }],
            status: 'completed',
            subject: { reference: patientRef },
            sender: { reference: patientRef },
            sent: event.date,
            payload: [{ contentString: event.note }],
          },
        });
      }
      break;
    case 'morning-check':
      pain('score', 'pain-morning-check', event.score);
      break;
    case 'run':
      pain('painDuring', 'pain-run', event.painDuring);
      observation('minutes', {
        category: category('activity'),
        code: { coding: [own('running-session')], text: `Run (${event.kind})` },
        valueQuantity: minutes(event.minutes),
        component: [
          { code: { coding: [own('running-kind')] }, valueString: event.kind },
          ...(event.km === undefined
            ? []
            : [
                {
                  code: { coding: [own('running-distance')] },
                  valueQuantity: { value: event.km, unit: 'km', system: UCUM, code: 'km' },
                },
              ]),
        ],
      });
      break;
    case 'load-test':
      pain('pain', 'pain-load-test', event.pain, {
        category: category('exam'),
        method: { coding: [own(`load-test-${event.test}`)] },
        ...(event.side === undefined ? {} : { bodySite: { text: `${event.side} leg` } }),
      });
      break;
    case 'sitting':
      observation('minutes', {
        category: category('activity'),
        code: { coding: [own('sitting-tolerance')], text: 'Sitting tolerance' },
        valueQuantity: minutes(event.minutes),
      });
      break;
    case 'function-check': {
      const code = event.instrument === 'visa-h' ? 'visa-h-total' : 'function-check-own';
      observation('score', {
        category: category('survey'),
        code: { coding: [own(code)], text: own(code).display },
        valueQuantity: score(event.score),
      });
      break;
    }
    case 'symptoms':
      out.push(
        questionnaireResponse('symptoms', {
          key: event.id,
          patientRef,
          date: event.date,
          answers: event.answers,
        }),
      );
      break;
    default:
      break;
  }
  return out;
}
