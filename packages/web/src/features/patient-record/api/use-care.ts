import type { ApiOk, PatientWrite } from '../../../lib/api-types';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { recordKey } from './use-record';

export type Care = ApiOk<'GET /patients/{patientId}/care'>;

export type TeamMember = ApiOk<'GET /clinician/team'>['clinicians'][number];

export function useIdentity(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'identity'],
    queryFn: () => api<'GET /patients/{patientId}/identity'>('GET', `patients/${patientId}/identity`),
    staleTime: 0,
  });
}

export function useCare(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'care'],
    queryFn: () => api<'GET /patients/{patientId}/care'>('GET', `patients/${patientId}/care`),
    staleTime: 0,
  });
}

export function useTeam() {
  return useQuery({
    queryKey: ['clinic-team'],
    queryFn: () => api<'GET /clinician/team'>('GET', 'clinician/team'),
    staleTime: 30_000,
  });
}

/** A write about the patient (`method path` under /patients/{id}/); the record and caseload re-read after. */
export function useCareWrite<B extends object>(patientId: string, method: 'POST' | 'PUT', path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api<PatientWrite>(method, `patients/${patientId}/${path}`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: recordKey(patientId) });
      await client.invalidateQueries({ queryKey: ['caseload'] });
      await client.invalidateQueries({ queryKey: ['clinic-team'] });
    },
  });
}
