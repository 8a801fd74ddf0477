import { afterAll, describe, expect, it } from 'vitest';
import { createHisClient, createHisSimulator, HisError, presettle } from './index';
import { item } from './pricing';

describe('HIS client against the simulator', async () => {
  const sim = await createHisSimulator({ token: 'his-test-token' });
  const his = createHisClient({ baseUrl: sim.url, token: 'his-test-token' });
  afterAll(() => sim.close());

  it('issues itemised bills after a visit and lists the unpaid ones per patient', async () => {
    const issued = sim.finishVisit('patient-a', { bills: [{ title: '西药处方', codes: [['YP1001', 2], ['YP3300', 1], ['YP1001', 1]] }, { title: '检验申请单', codes: [['JY0001', 1]] }] });
    expect(issued).toHaveLength(2);
    expect(issued[0]!.items).toEqual([
      expect.objectContaining({ name: '阿莫西林胶囊 0.25g×24粒', category: 'medicine', quantity: 3, unitFen: 1580, amountFen: 4740 }),
      expect.objectContaining({ code: 'YP3300', quantity: 1, amountFen: 890 }),
    ]);
    expect(issued[0]!.totalFen).toBe(5630);
    expect(issued[0]!.visitNo).toBe(issued[1]!.visitNo);
    sim.finishVisit('patient-b');
    const bills = await his.bills('patient-a');
    expect(bills.map((b) => b.billNo).sort()).toEqual(issued.map((b) => b.billNo).sort());
    for (const b of bills) expect(b.totalFen).toBe(b.items.reduce((s, i) => s + i.quantity * i.unitFen, 0));
  });

  it('settles bills once per order and refuses another order for them', async () => {
    const [bill] = sim.finishVisit('patient-c', { bills: [{ title: '检查申请单', codes: [['JC0101', 1]] }] });
    await his.settle([bill!.billNo], 'XL1', 'T1', 8000);
    await his.settle([bill!.billNo], 'XL1', 'T1', 8000);
    expect(await his.bills('patient-c')).toEqual([]);
    await expect(his.settle([bill!.billNo], 'XL2', 'T2', 8000)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(his.settle(['nope'], 'XL3', 'T3', 1)).rejects.toBeInstanceOf(HisError);
  });

  it('refuses a wrong interface token', async () => {
    await expect(createHisClient({ baseUrl: sim.url, token: 'wrong' }).bills('x')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('pre-settles insurance: fund after the deductible by class, then the personal account, the rest self-paid, adding up exactly', async () => {
    const items = [item('JY0001', 1), item('YP2051', 1), item('ZL0901', 1)]; // 2000 A, 4280 B, 3500 self
    const split = presettle(items, { accountBalanceFen: 1000, deductibleLeftFen: 1000 }, 'S1');
    expect(split).toEqual({ settlementId: 'S1', totalFen: 9780, fundFen: 700 + 2140, accountFen: 1000, selfFen: 9780 - 2840 - 1000, insured: true });
    expect(presettle(items, null, 'S2')).toMatchObject({ fundFen: 0, accountFen: 0, selfFen: 9780, insured: false });
    sim.setInsured('patient-d', { accountBalanceFen: 100_000, deductibleLeftFen: 0 });
    const remote = await his.presettle('patient-d', items);
    expect(remote).toMatchObject({ totalFen: 9780, fundFen: 1400 + 2140, accountFen: 9780 - 3540, selfFen: 0, insured: true });
  });
});
