import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helper';

describe('catalogue API over the demo hospital', async () => {
  const t = await buildTestApp();
  const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });

  it('describes the hospital with two campuses', async () => {
    const res = await get('/hospital');
    expect(res.statusCode).toBe(200);
    expect(res.json().level).toBe('三级甲等');
    expect(res.json().campuses).toHaveLength(2);
  });

  it('lists 25+ departments in their groups, with English names and doctor counts', async () => {
    const { items } = (await get('/departments')).json();
    expect(items.length).toBeGreaterThanOrEqual(25);
    const names = items.map((d: { name: string }) => d.name);
    for (const n of ['心血管内科', '呼吸与危重症医学科', '消化内科', '内分泌科', '神经内科', '普外科', '骨科', '泌尿外科', '儿科', '眼科', '口腔科', '皮肤科', '中医科', '急诊科', '检验科', '放射科', '药剂科']) {
      expect(names).toContain(n);
    }
    const cardio = items.find((d: { name: string }) => d.name === '心血管内科');
    expect(cardio).toMatchObject({ groupName: '内科', nameEn: expect.stringMatching(/Cardio/), bookable: true });
    expect(cardio.doctorCount).toBeGreaterThanOrEqual(2);
    expect(items.find((d: { name: string }) => d.name === '检验科').bookable).toBe(false);
  });

  it('finds 80+ doctors, paginated, with all four titles', async () => {
    const page1 = (await get('/doctors?pageSize=100')).json();
    expect(page1.total).toBeGreaterThanOrEqual(80);
    const titles = new Set(page1.items.map((d: { title: string }) => d.title));
    expect([...titles].sort()).toEqual(['associate_chief', 'attending', 'chief', 'resident']);
    const page2 = (await get('/doctors?page=2&pageSize=10')).json();
    expect(page2.items).toHaveLength(10);
    expect(page2.items[0].id).toBe(page1.items[10].id);
  });

  it('filters by department and searches diseases, specialties and names', async () => {
    const { items: depts } = (await get('/departments')).json();
    const cardio = depts.find((d: { name: string }) => d.name === '心血管内科');
    const inDept = (await get(`/doctors?departmentId=${cardio.id}`)).json();
    expect(inDept.total).toBe(cardio.doctorCount);
    expect(inDept.items.every((d: { departmentId: string }) => d.departmentId === cardio.id)).toBe(true);

    const byDisease = (await get(`/doctors?q=${encodeURIComponent('高血压')}`)).json();
    expect(byDisease.total).toBeGreaterThan(0);
    expect(byDisease.items.every((d: { diseases: string[]; specialties: string[]; name: string; departmentName: string }) =>
      [...d.diseases, ...d.specialties, d.name, d.departmentName].some((s) => s.includes('高血压')))).toBe(true);

    const someone = inDept.items[0];
    const byName = (await get(`/doctors?q=${encodeURIComponent(someone.name)}`)).json();
    expect(byName.items.map((d: { id: string }) => d.id)).toContain(someone.id);
    expect((await get(`/doctors?q=${encodeURIComponent('%')}`)).json().total).toBe(0);
  });

  it('shows one doctor with a generated PNG avatar', async () => {
    const { items } = (await get('/doctors?pageSize=1')).json();
    const doctor = (await get(`/doctors/${items[0].id}`)).json();
    expect(doctor.avatarUrl).toBe(`/api/v1/doctors/${doctor.id}/avatar.png`);
    const png = await t.app.inject({ method: 'GET', url: doctor.avatarUrl });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('answers 404 for unknown or malformed doctor ids and 400 for a malformed filter', async () => {
    expect((await get('/doctors/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/doctors/not-a-uuid')).statusCode).toBe(404);
    expect((await get('/doctors/not-a-uuid/avatar.png')).statusCode).toBe(404);
    const bad = await get('/doctors?departmentId=xyz&pageSize=1000');
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().details.issues.map((i: { field: string }) => i.field).sort();
    expect(fields).toEqual(['querystring.departmentId', 'querystring.pageSize']);
    expect(bad.json().messageZh).toContain('科室编号格式不正确');
  });
});
