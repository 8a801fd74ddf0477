import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginPatient, makeIdNumber, openTestSlot, verifiedPatient } from '../../../test/helper';
import { bookingClient } from '../../../test/booking-helpers';

describe('transfer (号源转让)', async () => {
  const t = await buildTestApp();
  const c = bookingClient(t);
  let n = 0;
  const person = (name = `转让${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉'[Math.floor(n / 10) % 10]}`) => verifiedPatient(t, name, makeIdNumber(birthForAge(30 + (n++ % 40))));
  const offer = (auth: Record<string, string>, bookingId: string, recipientName: string, recipientPhone: string) =>
    c.call('POST', `/bookings/${bookingId}/transfer`, auth, { recipientName, recipientPhone });

  it('moves the place to the named person, keeping the visit number, and ends the giver’s booking', async () => {
    const slot = await openTestSlot(t, 3);
    const giver = await person();
    const receiver = await person('李受让');
    const b = (await c.book(giver.auth, giver.self.id, slot.slotId)).json();
    const o = await offer(giver.auth, b.id, '李受让', receiver.phone);
    expect(o.statusCode).toBe(201);
    expect((await offer(giver.auth, b.id, '李受让', receiver.phone)).json().code).toBe('TRANSFER_PENDING');
    const incoming = (await c.call('GET', '/transfers', receiver.auth)).json();
    expect(incoming.items[0]).toMatchObject({ id: o.json().id, direction: 'incoming', status: 'pending', recipientName: '李受让' });
    const stranger = await person();
    expect((await c.call('POST', `/transfers/${o.json().id}/accept`, stranger.auth)).statusCode).toBe(404);

    const accepted = await c.call('POST', `/transfers/${o.json().id}/accept`, receiver.auth);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ patientId: receiver.self.id, visitNo: b.visitNo, origin: 'transfer', status: 'held', slotId: slot.slotId });
    expect((await c.mine(giver.auth))[0]).toMatchObject({ id: b.id, status: 'transferred' });
    expect(await c.booked(slot.slotId)).toBe(1);
    expect((await c.call('GET', '/transfers', giver.auth)).json()).toMatchObject({ usedThisMonth: 1, monthlyLimit: 2 });
    expect((await c.call('POST', `/transfers/${o.json().id}/accept`, receiver.auth)).json().code).toBe('TRANSFER_NOT_PENDING');
  });

  it('answers a wrong name, an unknown phone and an unverified recipient without revealing which', async () => {
    const slot = await openTestSlot(t, 2);
    const giver = await person();
    const receiver = await person('王真名');
    const unverified = await loginPatient(t);
    const b = (await c.book(giver.auth, giver.self.id, slot.slotId)).json();
    for (const [name, phone] of [['王假名', receiver.phone], ['王真名', '13000000000'], ['王真名', unverified.phone]]) {
      const res = await offer(giver.auth, b.id, name!, phone!);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('RECIPIENT_NOT_FOUND');
    }
    expect((await offer(receiver.auth, b.id, '王真名', receiver.phone)).statusCode).toBe(404); // not their booking
    expect((await offer(giver.auth, b.id, '王真名', '123')).statusCode).toBe(400);
  });

  it('lets an offer lapse after two hours and caps transfers at two a month', async () => {
    const giver = await person();
    const receivers = [await person('赵一'), await person('赵二'), await person('赵三')];
    const slots = [await openTestSlot(t, 2), await openTestSlot(t, 2), await openTestSlot(t, 2)];
    const bookings: { id: string }[] = [];
    for (const s of slots) bookings.push((await c.book(giver.auth, giver.self.id, s.slotId)).json());

    const late = (await offer(giver.auth, bookings[0]!.id, '赵一', receivers[0]!.phone)).json();
    t.clock.advance(121 * 60);
    const [r0, r1, r2] = [await loginPatient(t, receivers[0]!.phone), await loginPatient(t, receivers[1]!.phone), await loginPatient(t, receivers[2]!.phone)];
    const g = await loginPatient(t, giver.phone);
    const auth = (s: { accessToken: string }) => ({ authorization: `Bearer ${s.accessToken}` });
    expect((await c.call('POST', `/transfers/${late.id}/accept`, auth(r0))).json().code).toBe('TRANSFER_NOT_PENDING');
    expect((await c.call('GET', '/transfers', auth(g))).json().items[0].status).toBe('expired');
    expect((await c.mine(auth(g))).find((x) => x.id === bookings[0]!.id)?.status).toBe('held');

    for (const [i, r] of [[1, r1], [2, r2]] as const) {
      const o = (await offer(auth(g), bookings[i]!.id, `赵${'一二三'[i]}`, receivers[i]!.phone)).json();
      expect((await c.call('POST', `/transfers/${o.id}/accept`, auth(r))).statusCode).toBe(200);
    }
    const third = await offer(auth(g), bookings[0]!.id, '赵一', receivers[0]!.phone);
    expect(third.statusCode).toBe(409);
    expect(third.json().code).toBe('TRANSFER_LIMIT');
  });
});
