import { useState } from 'react';
import { PageRoot } from '../../components/PageRoot';
import type { InvitationRequest, InvitationSent } from '../../services/patients';
import { AddForm } from './AddForm';
import { Consent } from './Consent';
import './index.css';

/** 添加就诊人: the form, then (14 or older) the consent step with the code their phone received. */
export default function FamilyAddPage() {
  const [pending, setPending] = useState<{ sent: InvitationSent; request: InvitationRequest } | null>(null);
  const [draft, setDraft] = useState<InvitationRequest | null>(null);
  return (
    <PageRoot titleKey='title.familyAdd' testId='page-family-add'>
      {pending ? (
        <Consent
          sent={pending.sent}
          request={pending.request}
          onResent={(sent) => setPending({ ...pending, sent })}
          onBack={() => {
            setDraft(pending.request);
            setPending(null);
          }}
        />
      ) : (
        <AddForm initial={draft} onInvited={(sent, request) => setPending({ sent, request })} />
      )}
    </PageRoot>
  );
}
