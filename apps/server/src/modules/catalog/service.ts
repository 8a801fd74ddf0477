import type { Department, Doctor, Hospital, DoctorTitle } from '@xinglin/contracts';
import type { Db, Executor } from '../../db/client';
import { notFound } from '../../errors';
import { renderDoctorAvatarPng } from './avatar';
import * as repo from './repository';
import { isUuid } from '../../ids';

const DOCTOR = { zh: '医生', en: 'Doctor' };

export type CatalogService = ReturnType<typeof createCatalogService>;

/** The public catalogue: who the hospital is, its departments and doctors. Readable without login. */
export function createCatalogService({ db, apiPrefix }: { db: Db; apiPrefix: string }) {
  const avatarUrl = (id: string) => `${apiPrefix}/doctors/${id}/avatar.png`;
  const toDoctor = ({ code: _code, ...d }: Omit<Doctor, 'avatarUrl'> & { code: string }): Doctor => ({ ...d, avatarUrl: avatarUrl(d.id) });

  async function findOr404(id: string) {
    const d = isUuid(id) ? await db.transaction((tx) => repo.findDoctor(tx, id)) : null;
    if (!d) throw notFound(DOCTOR);
    return d;
  }

  return {
    async hospital(): Promise<Hospital> {
      const h = await db.transaction((tx) => repo.findHospital(tx));
      if (!h) throw notFound({ zh: '医院信息', en: 'Hospital' });
      return {
        id: h.id,
        name: h.name,
        nameEn: h.nameEn,
        level: h.level,
        intro: h.intro,
        campuses: h.campuses.map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn, address: c.address, phone: c.phone })),
      };
    },

    async departments(): Promise<{ items: Department[] }> {
      return { items: await db.transaction((tx) => repo.listDepartments(tx)) };
    },

    async doctors(q: { departmentId?: string; title?: DoctorTitle; q?: string; page: number; pageSize: number }) {
      const { items, total } = await db.transaction((tx) =>
        repo.listDoctors(tx, { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
      );
      return { items: items.map(toDoctor), total };
    },

    async doctor(id: string): Promise<Doctor> {
      return toDoctor(await findOr404(id));
    },

    /** For other contexts inside their transaction: the doctor's name and department. */
    async describeDoctor(tx: Executor, id: string): Promise<{ id: string; name: string; departmentId: string; departmentName: string } | null> {
      if (!isUuid(id)) return null;
      const d = await repo.findDoctor(tx, id);
      return d && { id: d.id, name: d.name, departmentId: d.departmentId, departmentName: d.departmentName };
    },

    async departmentExists(tx: Executor, id: string): Promise<boolean> {
      return isUuid(id) && (await repo.departmentById(tx, id)) !== null;
    },

    async doctorAvatar(id: string): Promise<Buffer> {
      const d = await findOr404(id);
      // Seeded by the stable code, so a re-seeded database keeps the same faces.
      return renderDoctorAvatarPng(d.code, d.gender);
    },
  };
}
