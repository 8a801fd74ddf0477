import { App, Button, Descriptions, Drawer, Input, InputNumber, Modal, Popover, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { pick, useT } from '../../../locales';
import { chinaClock, isOver, sessionTone, takenPlaces } from './model';
import { type ClinicSession, type Doctor, addPlaces, stopSession } from './service';
import { periods, text, tones } from './texts';

type Slot = ClinicSession['slots'][number];
const hm = (iso: string) => chinaClock(iso);

interface Props {
  session: ClinicSession;
  doctor: Doctor;
  onClose: () => void;
  /** Something changed: reload the calendar. */
  onChanged: () => void;
}

/** One clinic: its slots with remaining places, 加号 per slot and 停诊 for the whole clinic. */
export default function SessionDrawer({ session, doctor, onClose, onChanged }: Props) {
  const { lang } = useT();
  const { message } = App.useApp();
  const [stopping, setStopping] = useState(false);
  const tone = tones[sessionTone(session)];
  const editable = session.status === 'open' && !isOver(session, new Date());

  const columns = [
    { title: pick(text.slot, lang), key: 'time', render: (_: unknown, s: Slot) => `${hm(s.startsAt)}–${hm(s.endsAt)}` },
    { title: pick(text.left, lang), dataIndex: 'remaining', width: 90 },
    {
      title: '', key: 'add', width: 110,
      render: (_: unknown, s: Slot) => (editable ? <AddPlaces slot={s} onDone={(capacity, offered) => {
        void message.success(pick(text.placesAdded, lang, { c: capacity, w: offered }));
        onChanged();
      }} /> : null),
    },
  ];

  return (
    <Drawer open size="large" onClose={onClose} data-testid="session-drawer"
      title={pick(text.session, lang, { date: session.date, period: pick(periods[session.period], lang), doctor: doctor.name })}
      extra={editable ? <Button danger onClick={() => setStopping(true)} data-testid="session-stop">{pick(text.stop, lang)}</Button> : null}>
      <Descriptions column={2} size="small" style={{ marginBottom: 16 }} items={[
        { key: 'status', label: pick(text.status, lang), children: <Tag color={tone.color}>{pick(tone.label, lang)}</Tag> },
        { key: 'taken', label: pick(text.taken, lang), children: `${takenPlaces(session)} / ${session.capacity}` },
        { key: 'release', label: pick(text.release, lang), children: chinaClock(session.releaseAt, true) },
        { key: 'fee', label: pick(text.fee, lang), children: `¥${(session.feeFen / 100).toFixed(2)}` },
      ]} />
      {!editable && session.status === 'open' ? <Typography.Text type="secondary">{pick(text.over, lang)}</Typography.Text> : null}
      <Table rowKey="id" size="small" pagination={false} columns={columns} dataSource={session.slots} />
      {stopping ? <StopModal session={session} onClose={() => setStopping(false)} onDone={(b, w) => {
        void message.success(pick(text.stopped, lang, { b, w }));
        setStopping(false);
        onChanged();
        onClose();
      }} /> : null}
    </Drawer>
  );
}

function AddPlaces({ slot, onDone }: { slot: Slot; onDone: (capacity: number, offered: number) => void }) {
  const { lang } = useT();
  const [open, setOpen] = useState(false);
  const [places, setPlaces] = useState<number | null>(1);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!places) return;
    setBusy(true);
    try {
      const r = await addPlaces(slot.id, places);
      setOpen(false);
      onDone(r.capacity, r.offeredToWaitlist);
    } catch {
      // shown by request()
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" title={pick(text.addPlacesTitle, lang, { time: hm(slot.startsAt) })}
      content={(
        <Space>
          <InputNumber min={1} max={20} precision={0} value={places} onChange={setPlaces} aria-label={pick(text.places, lang)} />
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="slot-add-submit">{pick(text.addPlaces, lang)}</Button>
        </Space>
      )}>
      <Button size="small" data-testid="slot-add">{pick(text.addPlaces, lang)}</Button>
    </Popover>
  );
}

/** The confirm dialog says how many patients a stop reaches before anyone presses it. */
function StopModal({ session, onClose, onDone }: { session: ClinicSession; onClose: () => void; onDone: (bookings: number, waitlist: number) => void }) {
  const { lang } = useT();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const taken = takenPlaces(session);
  const short = reason.trim().length < 2;
  const submit = async () => {
    setTried(true);
    if (short) return;
    setBusy(true);
    try {
      const r = await stopSession(session.id, reason.trim());
      onDone(r.bookingsStopped, r.waitlistClosed);
    } catch {
      // shown by request()
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={pick(text.stopTitle, lang)} okText={pick(text.stop, lang)} okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit()} onCancel={onClose} data-testid="session-stop-modal">
      <Typography.Paragraph type={taken > 0 ? 'danger' : 'secondary'} data-testid="session-stop-affected">
        {taken > 0 ? pick(text.stopAffects, lang, { n: taken }) : pick(text.stopNone, lang)}
      </Typography.Paragraph>
      <Typography.Text>{pick(text.reason, lang)}</Typography.Text>
      <Input.TextArea rows={3} maxLength={200} showCount value={reason} placeholder={pick(text.reasonPh, lang)}
        onChange={(e) => setReason(e.target.value)} status={tried && short ? 'error' : undefined} data-testid="session-stop-reason" />
      {tried && short ? <Typography.Text type="danger">{pick(text.reasonShort, lang)}</Typography.Text> : null}
    </Modal>
  );
}
