import { createCheckIn } from './checkin';
import { createCheckInPoints } from './check-in-points';
import type { QueueDeps } from './deps';
import { createDoctorQueue } from './doctor-queue';
import { createPatientQueue } from './patient-queue';

export type { QueueDeps } from './deps';
export type QueueService = ReturnType<typeof createQueueService>;

/** 签到与排队叫号: check-in, the patient's live queue, the doctor's queue actions and the departments' QR codes. */
export function createQueueService(deps: QueueDeps) {
  return {
    checkIn: createCheckIn(deps),
    patient: createPatientQueue(deps),
    doctor: createDoctorQueue(deps),
    points: createCheckInPoints(deps),
  };
}
