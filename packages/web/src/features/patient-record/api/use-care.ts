import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { PatientIdentity } from '../../../lib/clinic-identity';
import { recordKey } from './use-record';

export interface Care {
  assigneeId: string | null;
  assigneeEmail: string | null;
  dischargedAt: string | null;
}

export interface TeamMember {
  id: string;
  email: string;
  clinicRole: 'admin' | 'clinician';
  assigned: number;
}

export function useIdentity(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'identity'],
    queryFn: () => api<PatientIdentity>('GET', `patients/${patientId}/identity`),
    staleTime: 0,
  });
}

export function useCare(patientId: string) {
  return useQuery({
    queryKey: [...recordKey(patientId), 'care'],
    queryFn: () => api<Care>('GET', `patients/${patientId}/care`),
    staleTime: 0,
  });
}

export function useTeam() {
  return useQuery({
    queryKey: ['clinic-team'],
    queryFn: () => api<{ clinicians: TeamMember[] }>('GET', 'clinician/team'),
    staleTime: 30_000,
  });
}

/** A write about the patient (`method path` under /patients/{id}/); the record and caseload re-read after. */
export function useCareWrite<B extends object>(patientId: string, method: 'POST' | 'PUT', path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api<unknown>(method, `patients/${patientId}/${path}`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: recordKey(patientId) });
      await client.invalidateQueries({ queryKey: ['caseload'] });
      await client.invalidateQueries({ queryKey: ['clinic-team'] });
    },
  });
}
