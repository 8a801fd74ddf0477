import type { HealthRecord, HealthRecordFields } from '@xinglin/contracts';
import type { Db, Tx } from '../../db/client';
import { conflict } from '../../errors';
import { fieldContext, type Protection } from '../../security/protection';
import type { AuditService } from '../audit/service';
import type { AuthService } from '../auth/service';
import type { CatalogService } from '../catalog/service';
import type { PatientsService } from '../patients';
import { EMPTY_RECORD, changedFields, normaliseRecord, splitRecord, type RecordContent } from './domain';
import * as repo from './repository';

export interface RecordsDeps {
  db: Db;
  protection: Protection;
  audit: AuditService;
  patients: PatientsService;
  auth: AuthService;
  catalog: CatalogService;
  now: () => Date;
}

const contentContext = (patientId: string) => fieldContext('health_records', 'content', patientId);
const versionContext = (patientId: string, version: number) => fieldContext('health_record_versions', 'snapshot', `${patientId}:${version}`);

export type RecordsCore = ReturnType<typeof createRecordsCore>;

/** Reading and writing the record itself; the patient and clinical sides both go through here. */
export function createRecordsCore(deps: RecordsDeps) {
  const { protection } = deps;
  return {
    async read(tx: Tx, patientId: string): Promise<HealthRecord> {
      const row = await repo.findRecord(tx, patientId);
      if (!row) return { ...EMPTY_RECORD, patientId, version: 0, updatedAt: null };
      const content = JSON.parse(protection.cipher.decrypt(row.contentEnc, contentContext(patientId))) as RecordContent;
      return {
        patientId,
        heightCm: row.heightCm,
        weightKg: row.weightKg,
        bloodType: row.bloodType as HealthRecord['bloodType'],
        ...content,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
      };
    },

    async write(tx: Tx, patientId: string, input: HealthRecordFields, expectedVersion: number, by: { kind: string; id: string }) {
      const before = await this.read(tx, patientId);
      const after = normaliseRecord(input);
      const fields = changedFields(before, after);
      if (before.version !== expectedVersion) throw versionConflict(before.version);
      if (fields.length === 0) return { record: before, fields };
      const version = expectedVersion + 1;
      const at = deps.now();
      const { clear, content } = splitRecord(after);
      const saved = await repo.saveRecord(
        tx,
        { patientId, ...clear, contentEnc: protection.cipher.encrypt(JSON.stringify(content), contentContext(patientId)), version, updatedAt: at, updatedByKind: by.kind, updatedById: by.id },
        expectedVersion,
      );
      if (!saved) throw versionConflict(before.version);
      await repo.insertVersion(tx, {
        patientId,
        version,
        changedAt: at,
        changedByKind: by.kind,
        changedById: by.id,
        fields,
        snapshotEnc: protection.cipher.encrypt(JSON.stringify(after), versionContext(patientId, version)),
      });
      if (fields.includes('address')) await deps.patients.core.setAddress(tx, patientId, after.address);
      return { record: { ...after, patientId, version, updatedAt: at.toISOString() }, fields };
    },
  };
}

const versionConflict = (current: number) =>
  conflict('RECORD_VERSION_CONFLICT', '档案已被他人更新，请刷新后再修改', 'Someone else saved the record first; reload and edit again', { currentVersion: current });
