import type { TriageRequest } from '@xinglin/contracts';

/** The form's state and how it becomes the POST /triage body (pure, unit-tested). */

export interface Person {
  age: string;
  sex: 'male' | 'female' | null;
  pregnant: boolean;
}

/** Pregnancy is asked only where it can apply. */
export const canBePregnant = (p: Person) => p.sex === 'female' && Number(p.age) >= 12 && Number(p.age) <= 55;

export function toRequest(person: Person, text: string, bodyPart: string | null, symptoms: string[]): TriageRequest {
  const age = person.age.trim() === '' ? undefined : Math.min(130, Math.max(0, Math.floor(Number(person.age))));
  return {
    text: text.trim() || undefined,
    bodyPart: bodyPart ?? undefined,
    symptoms: symptoms.length ? symptoms : undefined,
    age: age === undefined || Number.isNaN(age) ? undefined : age,
    sex: person.sex ?? undefined,
    pregnant: canBePregnant(person) ? person.pregnant : undefined,
  };
}
