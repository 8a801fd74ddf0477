/** What a "my bookings" list with 取消 needs: the signed-in list that refreshes on show, and the cancel confirmation. */
export { useSignedInList } from '../../hooks/useSignedInList';
export { useCancel } from './useCancel';
