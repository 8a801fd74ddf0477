import { type IdType, idTypeSchema } from '@xinglin/contracts';
import { useState } from 'react';
import { useT } from '../../i18n';
import { FormField, SelectField } from '../FormField';
import { OptionSheet } from '../OptionSheet';

export interface IdentityValue {
  name: string;
  idType: IdType;
  idNumber: string;
}

export interface IdentityErrors {
  name?: string | null;
  idNumber?: string | null;
}

interface Props {
  value: IdentityValue;
  onChange: (patch: Partial<IdentityValue>) => void;
  errors: IdentityErrors;
  /** Under the ID number when there is no error (e.g. the family form's age hint). */
  idHint?: string | null;
  /** data-testid prefix: `${prefix}-name`, `${prefix}-idType`, `${prefix}-idNumber`. */
  testPrefix: string;
}

/** 姓名, 证件类型 (a sheet of the five document types) and 证件号码 with its specific inline error. */
export function IdentityFields({ value, onChange, errors, idHint, testPrefix }: Props) {
  const t = useT();
  const [picking, setPicking] = useState(false);
  const options = idTypeSchema.options.map((v) => ({ value: v, label: t(`idType.${v}`) }));
  return (
    <>
      <FormField label={t('form.name')} testId={`${testPrefix}-name`} value={value.name} maxLength={50}
        placeholder={t('form.namePlaceholder')} onChange={(name) => onChange({ name })} error={errors.name} />
      <SelectField label={t('form.idType')} testId={`${testPrefix}-idType`} valueLabel={t(`idType.${value.idType}`)}
        onOpen={() => setPicking(true)} />
      <FormField label={t('form.idNumber')} testId={`${testPrefix}-idNumber`} value={value.idNumber} maxLength={32}
        type={value.idType === 'mainland_id' ? 'idcard' : 'text'} placeholder={t('form.idNumberPlaceholder')}
        onChange={(idNumber) => onChange({ idNumber: idNumber.replace(/\s+/g, '') })}
        error={errors.idNumber} hint={idHint} />
      <OptionSheet open={picking} title={t('form.idType')} options={options} value={value.idType}
        testId={`${testPrefix}-idType-sheet`} onClose={() => setPicking(false)}
        onSelect={(idType) => {
          setPicking(false);
          onChange({ idType });
        }} />
    </>
  );
}

/** Required-field checks before calling the server (which checks the number itself). */
export function missingIdentity(v: IdentityValue): { name: 'form.err.name' | null; idNumber: 'form.err.idNumber' | null } {
  return {
    name: v.name.trim() ? null : 'form.err.name',
    idNumber: v.idNumber.trim() ? null : 'form.err.idNumber',
  };
}
