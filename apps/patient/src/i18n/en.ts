import { bookingEn } from './messages/booking.en';
import { examsEn } from './messages/exams.en';
import { identityEn } from './messages/identity.en';
import { recordsEn } from './messages/records.en';
import { triageEn } from './messages/triage.en';
import { queueEn } from './messages/queue.en';
import { inboxEn } from '../pages/messages/strings.en';
import { bookingExtrasEn } from './messages/booking-extras.en';
import { reportsEn } from '../pages/reports/strings.en';
import { paymentsEn } from '../pages/cashier/strings.en';
import { deptWaitlistEn } from '../pages/dept-waitlist/strings.en';
import { visitsEn } from '../pages/visits/strings.en';
import type { MessageKey } from './zh-CN';

/** English. Must have every key of zh-CN (the type enforces it). */
export const en: Record<MessageKey, string> = {
  ...identityEn,
  ...recordsEn,
  ...bookingEn,
  ...examsEn,
  ...triageEn,
  ...queueEn,
  ...inboxEn,
  ...bookingExtrasEn,
  ...reportsEn,
  ...paymentsEn,
  ...deptWaitlistEn,
  ...visitsEn,
  'app.name': 'Xinglin',
  'tab.home': 'Home',
  'tab.visits': 'Visits',
  'tab.messages': 'Messages',
  'tab.me': 'Me',

  'title.home': 'Xinglin Hospital',
  'title.visits': 'Visits',
  'title.messages': 'Messages',
  'title.me': 'Me',
  'title.login': 'Sign in',
  'title.departments': 'Departments',
  'title.doctors': 'Doctors',
  'title.doctor': 'Doctor',
  'title.soon': 'Coming soon',
  'title.terms': 'Terms of Service',
  'title.privacy': 'Privacy Policy',

  'common.retry': 'Retry',
  'common.loading': 'Loading…',
  'common.loadFailed': 'Failed to load',
  'common.networkError': 'Network error. Check your connection and try again.',
  'common.unknownError': 'The service is unavailable. Please try again later.',
  'common.book': 'Book an appointment',
  'common.back': 'Back',
  'common.viewAll': 'View all',

  'home.tiles.booking': 'Appointments',
  'home.tiles.booking.sub': 'Find a doctor',
  'home.tiles.triage': 'Smart Triage',
  'home.tiles.triage.sub': 'Which clinic?',
  'home.tiles.reports': 'Reports',
  'home.tiles.reports.sub': 'Lab & imaging',
  'home.tiles.consult': 'Online Consult',
  'home.tiles.consult.sub': 'Chat or video',
  'home.tiles.payment': 'Payments',
  'home.tiles.payment.sub': 'Outpatient bills',
  'home.tiles.navigation': 'Navigation',
  'home.tiles.navigation.sub': 'Find your way',
  'home.featured': 'Featured doctors',
  'home.notice.title': 'Before your visit',
  'home.notice.body': 'Bring your ID or medical-insurance card and arrive 15 minutes before your time.',

  'login.title': 'Sign in with your phone',
  'login.subtitle': 'New numbers get an account after verification',
  'login.phone': 'Mobile',
  'login.phonePlaceholder': 'Mobile number',
  'login.code': 'Code',
  'login.codePlaceholder': 'SMS code',
  'login.send': 'Send code',
  'login.resend': 'Resend in {n}s',
  'login.sent': 'Code sent',
  'login.submit': 'Sign in',
  'login.agree': 'I have read and agree to the',
  'login.terms': 'Terms of Service',
  'login.and': 'and',
  'login.privacy': 'Privacy Policy',
  'login.err.phone': 'Enter a valid 11-digit mobile number',
  'login.err.code': 'Enter the 6-digit code',
  'login.err.agree': 'Please accept the Terms and the Privacy Policy first',
  'login.success': 'Signed in',

  'me.guest': 'Sign in / Register',
  'me.guestHint': 'Sign in to see bookings, reports and messages',
  'me.patients': 'Patients',
  'me.bookings': 'Bookings',
  'me.bills': 'Payments',
  'me.reports': 'Reports',
  'me.settings': 'Display & language',
  'me.care': 'Care mode',
  'me.careHint': 'Larger text and buttons',
  'me.dark': 'Dark mode',
  'me.darkHint': 'Easier on the eyes at night',
  'me.language': 'Language 语言',
  'me.logout': 'Sign out',
  'me.loggedOut': 'Signed out',
  'me.version': 'Xinglin Patient v{v}',

  'visits.empty': 'No visits yet',
  'visits.emptyHint': 'Your visits will appear here after you book',
  'messages.empty': 'No messages',
  'messages.emptyHint': 'Visit reminders and report alerts will appear here',

  'dept.doctors': '{n} doctors',
  'dept.empty': 'No bookable departments',
  'doctors.count': '{n} doctors',
  'doctors.empty': 'No doctors in this department yet',
  'doctor.specialties': 'Specialties',
  'doctor.diseases': 'Conditions treated',
  'doctor.intro': 'About',
  'doctor.soon': 'Booking opens soon',
  'doctor.soonHint': 'Online booking is being connected; you will book here once it opens',

  'soon.title': 'Coming soon',
  'soon.body': '“{name}” is being built. Stay tuned.',
  'soon.back': 'Back to home',

  'terms.body':
    'Welcome to Xinglin Patient Services, for booking appointments and viewing reports. Use your own details or those of a patient who authorised you; never use someone else’s identity. Information online is for reference; the hospital on site has the final word.',
  'privacy.body':
    'We collect only what the service needs (such as your mobile number and patient details) to verify you and provide care, and we never sell personal data. Your number is shown masked. You can sign out at any time.',
};
