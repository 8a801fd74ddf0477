import { App, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { pick, useT } from '../../../locales';
import { type Appeal, decideAppeal } from './service';
import { text } from './texts';

/** Approve or reject one appeal; a rejection must say why, since the patient reads the note. */
export default function DecideModal({ appeal, approve, onClose, onDone }: { appeal: Appeal; approve: boolean; onClose: () => void; onDone: () => void }) {
  const { lang } = useT();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const missing = !approve && !note.trim();
  const submit = async () => {
    setTried(true);
    if (missing) return;
    setBusy(true);
    try {
      await decideAppeal(appeal.id, approve, note);
      void message.success(pick(text.decided, lang));
      onDone();
    } catch {
      // request() showed the server's message (e.g. already decided)
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={pick(approve ? text.approveTitle : text.rejectTitle, lang)} okText={pick(approve ? text.approve : text.reject, lang)}
      okButtonProps={{ danger: !approve, loading: busy }} onOk={() => void submit()} onCancel={onClose} data-testid="appeal-decide">
      <Typography.Paragraph>
        {appeal.patientName} · {appeal.doctorName} · {appeal.date}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{appeal.reason}</Typography.Paragraph>
      <Input.TextArea rows={3} maxLength={500} showCount value={note} placeholder={pick(text.notePh, lang)}
        status={tried && missing ? 'error' : undefined} onChange={(e) => setNote(e.target.value)} data-testid="appeal-note" />
      {tried && missing ? <Typography.Text type="danger">{pick(text.noteNeeded, lang)}</Typography.Text> : null}
    </Modal>
  );
}
