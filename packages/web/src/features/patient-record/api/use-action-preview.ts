import type { ApiOk } from '../../../lib/api-types';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { recordKey } from './use-record';

/** What a clinician action does to the plan, as the server's engine works it out (ADR 124). */
export type ActionEffect = ApiOk<'POST /patients/{patientId}/clinician-actions/preview'>['effect'];

/** The effect the action would have, asked before saving (nothing is stored). */
export function useActionPreview(patientId: string, body: object, enabled: boolean) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'preview', body],
    queryFn: () =>
      api<'POST /patients/{patientId}/clinician-actions/preview'>(
        'POST',
        `patients/${patientId}/clinician-actions/preview`,
        body,
      ),
    enabled,
    staleTime: 0,
    retry: false,
  });
}
