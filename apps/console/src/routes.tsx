import type { ReactNode } from 'react';
import {
  AccountBookOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CommentOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ExceptionOutlined,
  ExperimentOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HourglassOutlined,
  MedicineBoxOutlined,
  NodeIndexOutlined,
  NotificationOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TableOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { AccessKey } from './access';
import type { Bilingual } from './locales';

/**
 * The route table (ant-design-pro's config/routes.ts). Paths are relative to the router
 * basename `/console`. Every route names the access key it needs: the sider menu hides what
 * the user cannot use, and the guard answers 403 when the URL is typed in anyway.
 */
export interface AppRoute {
  path: string;
  title: Bilingual;
  access: AccessKey;
  icon?: ReactNode;
  /** The page folder under src/pages (ant-design-pro style), e.g. 'hospital/departments'. */
  component?: string;
  hideInMenu?: boolean;
  /** For a page hidden from the menu: the entry it belongs to (highlighted, and in the breadcrumb). */
  menuParent?: string;
  children?: AppRoute[];
}

export const routes: AppRoute[] = [
  {
    path: '/',
    title: { zh: '首页', en: 'Dashboard' },
    access: 'isStaff',
    icon: <DashboardOutlined />,
    component: 'dashboard/workplace',
  },
  {
    path: '/workbench',
    title: { zh: '工作台', en: 'Workbench' },
    access: 'canUseDoctorWorkbench',
    icon: <SolutionOutlined />,
    children: [
      {
        path: '/workbench/patients',
        title: { zh: '我的患者', en: 'My patients' },
        access: 'canUseDoctorWorkbench',
        icon: <ContactsOutlined />,
        component: 'workbench/patients',
      },
      {
        path: '/workbench/patients/:patientId',
        title: { zh: '健康档案', en: 'Health record' },
        access: 'canUseDoctorWorkbench',
        component: 'workbench/patient-record',
        hideInMenu: true,
        menuParent: '/workbench/patients',
      },
      {
        path: '/workbench/queue',
        title: { zh: '候诊队列', en: 'Patient queue' },
        access: 'canUseDoctorWorkbench',
        icon: <UnorderedListOutlined />,
        component: 'workbench/queue',
      },
      {
        path: '/workbench/consultations',
        title: { zh: '在线问诊', en: 'Consultations' },
        access: 'canUseDoctorWorkbench',
        icon: <CommentOutlined />,
        component: 'workbench/consultations',
      },
      {
        path: '/workbench/reports',
        title: { zh: '患者报告', en: "Patients' reports" },
        access: 'canUseDoctorWorkbench',
        icon: <FileSearchOutlined />,
        component: 'workbench/patient-reports',
      },
      {
        path: '/workbench/reports/:patientId',
        title: { zh: '患者报告', en: "Patient's reports" },
        access: 'canUseDoctorWorkbench',
        component: 'workbench/patient-reports',
        hideInMenu: true,
        menuParent: '/workbench/reports',
      },
    ],
  },
  {
    path: '/pharmacy',
    title: { zh: '药事服务', en: 'Pharmacy' },
    access: 'canUsePharmacy',
    icon: <MedicineBoxOutlined />,
    children: [
      {
        path: '/pharmacy/prescriptions',
        title: { zh: '处方审核', en: 'Prescription review' },
        access: 'canUsePharmacy',
        icon: <SafetyCertificateOutlined />,
        component: 'pharmacy/prescriptions',
      },
      {
        path: '/pharmacy/consultations',
        title: { zh: '用药咨询', en: 'Medication advice' },
        access: 'canUsePharmacy',
        icon: <CommentOutlined />,
        component: 'pharmacy/consultations',
      },
    ],
  },
  {
    path: '/hospital',
    title: { zh: '医院管理', en: 'Hospital' },
    access: 'canManageHospital',
    icon: <BankOutlined />,
    children: [
      {
        path: '/hospital/departments',
        title: { zh: '科室管理', en: 'Departments' },
        access: 'canManageHospital',
        icon: <ApartmentOutlined />,
        component: 'hospital/departments',
      },
      {
        path: '/hospital/doctors',
        title: { zh: '医生管理', en: 'Doctors' },
        access: 'canManageHospital',
        icon: <TeamOutlined />,
        component: 'hospital/doctors',
      },
      {
        path: '/hospital/triage',
        title: { zh: '导诊规则', en: 'Triage rules' },
        access: 'canManageHospital',
        icon: <NodeIndexOutlined />,
        component: 'hospital/triage',
      },
      {
        path: '/hospital/schedules',
        title: { zh: '排班管理', en: 'Schedules' },
        access: 'canManageHospital',
        icon: <CalendarOutlined />,
        component: 'hospital/schedules',
      },
      {
        path: '/hospital/clinics',
        title: { zh: '出诊日历', en: 'Clinic calendar' },
        access: 'canManageHospital',
        icon: <ScheduleOutlined />,
        component: 'hospital/schedule',
      },
      {
        path: '/hospital/templates',
        title: { zh: '出诊模板', en: 'Weekly templates' },
        access: 'canManageHospital',
        icon: <TableOutlined />,
        component: 'hospital/templates',
      },
      {
        path: '/hospital/release-rules',
        title: { zh: '放号规则', en: 'Release rules' },
        access: 'canManageHospital',
        icon: <FieldTimeOutlined />,
        component: 'hospital/release-rules',
      },
      {
        path: '/hospital/appeals',
        title: { zh: '爽约申诉', en: 'No-show appeals' },
        access: 'canManageHospital',
        icon: <ExceptionOutlined />,
        component: 'hospital/appeals',
      },
      {
        path: '/hospital/booking-dashboard',
        title: { zh: '挂号看板', en: 'Booking dashboard' },
        access: 'canManageHospital',
        icon: <BarChartOutlined />,
        component: 'hospital/booking-dashboard',
      },
      {
        path: '/hospital/waitlist',
        title: { zh: '候补管理', en: 'Waitlist' },
        access: 'canManageHospital',
        icon: <HourglassOutlined />,
        component: 'hospital/waitlist',
      },
      {
        path: '/hospital/exams',
        title: { zh: '体检与疫苗', en: 'Exams & vaccines' },
        access: 'canManageHospital',
        icon: <ExperimentOutlined />,
        component: 'hospital/exams',
      },
      {
        // The same page as the doctor's queue: administrators see the departments' check-in QR codes there.
        path: '/hospital/check-in-codes',
        title: { zh: '签到二维码', en: 'Check-in codes' },
        access: 'canManageHospital',
        icon: <QrcodeOutlined />,
        component: 'workbench/queue',
      },
      {
        path: '/hospital/maps',
        title: { zh: '院内导航', en: 'Maps & wayfinding' },
        access: 'canManageHospital',
        icon: <EnvironmentOutlined />,
        component: 'hospital/maps',
      },
      {
        path: '/hospital/content',
        title: { zh: '内容管理', en: 'Content' },
        access: 'canManageHospital',
        icon: <NotificationOutlined />,
        component: 'hospital/content',
      },
      {
        path: '/hospital/tickets',
        title: { zh: '工单中心', en: 'Tickets' },
        access: 'canManageHospital',
        icon: <CustomerServiceOutlined />,
        component: 'hospital/tickets',
      },
      {
        path: '/hospital/unmatched-reports',
        title: { zh: '待匹配报告', en: 'Unmatched results' },
        access: 'canManageHospital',
        icon: <FileTextOutlined />,
        component: 'hospital/unmatched-reports',
      },
    ],
  },
  {
    // 财务 (admin): payments and refunds, manual refunds with a second approver, daily reconciliation.
    path: '/finance',
    title: { zh: '财务管理', en: 'Finance' },
    access: 'canManageHospital',
    icon: <AccountBookOutlined />,
    children: [
      { path: '/finance/payments', title: { zh: '支付与退款', en: 'Payments & refunds' }, access: 'canManageHospital', component: 'finance/payments' },
      { path: '/finance/manual-refunds', title: { zh: '人工退款', en: 'Manual refunds' }, access: 'canManageHospital', component: 'finance/manual-refunds' },
      { path: '/finance/reconciliation', title: { zh: '对账报表', en: 'Reconciliation' }, access: 'canManageHospital', component: 'finance/reconciliation' },
    ],
  },
  {
    path: '/audit',
    title: { zh: '安全审计', en: 'Audit' },
    access: 'canAudit',
    icon: <AuditOutlined />,
    children: [
      {
        path: '/audit/logs',
        title: { zh: '审计日志', en: 'Audit log' },
        access: 'canAudit',
        icon: <FileTextOutlined />,
        component: 'audit/logs',
      },
      {
        path: '/audit/alerts',
        title: { zh: '安全告警', en: 'Security alerts' },
        access: 'canAudit',
        icon: <AlertOutlined />,
        component: 'audit/alerts',
      },
    ],
  },
];
