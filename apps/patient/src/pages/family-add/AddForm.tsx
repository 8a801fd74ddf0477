import { Text, View } from '@tarojs/components';
import { phoneSchema, relationSchema } from '@xinglin/contracts';
import { useState } from 'react';
import { ChoiceChips } from '../../components/ChoiceChips';
import { FormField } from '../../components/FormField';
import { type IdentityValue, IdentityFields, missingIdentity } from '../../components/IdentityFields';
import { Button } from '../../components/nut';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, goBackTo } from '../../routes';
import { type InvitationRequest, type InvitationSent, inviteFamily, isInvitation } from '../../services/patients';
import { RequestError, errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { CONSENT_AGE, ageFromIdNumber } from './id-age';

type Relation = InvitationRequest['relation'];
const RELATIONS = relationSchema.exclude(['self']).options;

interface Props {
  initial: InvitationRequest | null;
  onInvited: (sent: InvitationSent, request: InvitationRequest) => void;
}

/** Name, relation, document and (for 14 or older) their phone; a child under 14 is added at once. */
export function AddForm({ initial, onInvited }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const [id, setId] = useState<IdentityValue>({
    name: initial?.name ?? '', idType: initial?.idType ?? 'mainland_id', idNumber: initial?.idNumber ?? '' });
  const [relation, setRelation] = useState<Relation | null>(initial?.relation ?? null);
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [shown, setShown] = useState(false);
  const [forcePhone, setForcePhone] = useState(false);
  const [server, setServer] = useState<{ idNumber?: string; phone?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const age = id.idType === 'mainland_id' ? ageFromIdNumber(id.idNumber) : null;
  const needPhone = forcePhone || id.idType !== 'mainland_id' || (age !== null && age >= CONSENT_AGE);
  const hint: MessageKey | null = id.idType !== 'mainland_id' ? 'familyAdd.hintOther'
    : age === null ? null : age >= CONSENT_AGE ? 'familyAdd.hintAdult' : 'familyAdd.hintChild';
  const missing = missingIdentity(id);
  const phoneBad = needPhone && !phoneSchema.safeParse(phone).success;

  const submit = async () => {
    setShown(true);
    setServer({});
    if (missing.name || missing.idNumber || !relation || phoneBad || busy) return;
    const request: InvitationRequest = {
      name: id.name.trim(), idType: id.idType, idNumber: id.idNumber.trim(), relation, phone: needPhone ? phone : undefined };
    setBusy(true);
    try {
      const result = await inviteFamily(request);
      if (isInvitation(result)) {
        onInvited(result, request);
      } else {
        toast(t('familyAdd.added'));
        goBackTo(PAGES.family);
      }
    } catch (err) {
      const code = err instanceof RequestError ? err.code : '';
      const message = errorMessage(err, lang);
      if (code === 'ID_NUMBER_INVALID') setServer({ idNumber: message });
      else if (code === 'FAMILY_PHONE_REQUIRED') {
        setForcePhone(true);
        setServer({ phone: message });
      } else setServer({ form: message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='xl-card fa-form' data-testid='family-add-form'>
      <IdentityFields value={id} testPrefix='family-add' idHint={hint ? t(hint) : null}
        onChange={(patch) => setId((v) => ({ ...v, ...patch }))}
        errors={{
          name: shown && missing.name ? t(missing.name) : null,
          idNumber: server.idNumber ?? (shown && missing.idNumber ? t(missing.idNumber) : null),
        }} />
      <View className='fa-relation'>
        <Text className='fa-relation__label'>{t('familyAdd.relation')}</Text>
        <ChoiceChips testId='family-add-relation' value={relation} onChange={setRelation}
          options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))} />
        {shown && !relation ? <Text className='xl-field__error' data-testid='family-add-relation-error'>
          {t('familyAdd.err.relation')}</Text> : null}
      </View>
      {needPhone ? (
        <FormField label={t('familyAdd.phone')} testId='family-add-phone' type='number' maxLength={11} value={phone}
          placeholder={t('familyAdd.phonePlaceholder')} onChange={(v) => setPhone(v.replace(/\D/g, '').slice(0, 11))}
          error={server.phone ?? (shown && phoneBad ? t('familyAdd.err.phone') : null)} />
      ) : null}
      {server.form ? <View className='xl-error fa-form__error' data-testid='family-add-error'>{server.form}</View> : null}
      <Button className='fa-form__submit' type='primary' size='large' block loading={busy}
        data-testid='family-add-submit' data-tap onClick={() => void submit()}>
        {needPhone ? t('familyAdd.submit') : t('family.add')}
      </Button>
      <Text className='fa-form__privacy xl-muted'>{t('form.privacy')}</Text>
    </View>
  );
}
