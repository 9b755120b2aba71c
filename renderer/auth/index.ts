/** The session: who is signed in, what their roles allow, and the supervisor's approval dialog. */
export { SessionProvider } from './SessionProvider';
export { useSession, useActor, useCan, type Session, type SignInResult } from './session-context';
export { Can } from './Can';
export { useApproval, type ApprovalRequest, type RequestApproval } from './approval-context';
export { rolesText, roleLabel, whoMayText } from './role-labels';
export { checkNewPin, hasErrors, type NewPinErrors } from './pin-entry';
export { PinField } from './PinField';
export { useStaffList } from './use-staff-list';
export { ActionButton } from './ActionButton';
