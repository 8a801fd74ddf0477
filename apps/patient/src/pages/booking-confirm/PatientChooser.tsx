/** The 就诊人 chooser now lives in components/PatientPicker; doctor/WaitlistJoin still imports `canBook` from here. */
export { canBook } from '../../components/PatientPicker';
