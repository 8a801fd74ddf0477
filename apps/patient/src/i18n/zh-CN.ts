import { identityZh } from './messages/identity.zh';
import { bookingZh } from './messages/booking.zh';
import { examsZh } from './messages/exams.zh';
import { recordsZh } from './messages/records.zh';
import { triageZh } from './messages/triage.zh';
import { queueZh } from './messages/queue.zh';
import { inboxZh } from '../pages/messages/strings.zh';
import { bookingExtrasZh } from './messages/booking-extras.zh';
import { reportsZh } from '../pages/reports/strings.zh';
import { paymentsZh } from '../pages/cashier/strings.zh';
import { deptWaitlistZh } from '../pages/dept-waitlist/strings.zh';
import { visitsZh } from '../pages/visits/strings.zh';

/**
 * Simplified Chinese (default). Every visible string in the app has a key here or in `messages/*.zh.ts`
 * (spread in below); `en.ts` mirrors it.
 */
export const zhCN = {
  ...identityZh,
  ...recordsZh,
  ...bookingZh,
  ...examsZh,
  ...triageZh,
  ...queueZh,
  ...inboxZh,
  ...bookingExtrasZh,
  ...reportsZh,
  ...paymentsZh,
  ...deptWaitlistZh,
  ...visitsZh,
  'app.name': '杏林',
  'tab.home': '首页',
  'tab.visits': '就诊',
  'tab.messages': '消息',
  'tab.me': '我的',

  'title.home': '杏林医院',
  'title.visits': '就诊',
  'title.messages': '消息',
  'title.me': '我的',
  'title.login': '登录',
  'title.departments': '选择科室',
  'title.doctors': '选择医生',
  'title.doctor': '医生主页',
  'title.soon': '即将上线',
  'title.terms': '用户协议',
  'title.privacy': '隐私政策',

  'common.retry': '重试',
  'common.loading': '加载中…',
  'common.loadFailed': '加载失败',
  'common.networkError': '网络连接失败，请检查网络后重试',
  'common.unknownError': '服务暂时不可用，请稍后再试',
  'common.book': '去预约挂号',
  'common.back': '返回',
  'common.viewAll': '查看全部',

  'home.tiles.booking': '预约挂号',
  'home.tiles.booking.sub': '按科室找医生',
  'home.tiles.triage': '智能导诊',
  'home.tiles.triage.sub': '描述症状 推荐科室',
  'home.tiles.reports': '报告查询',
  'home.tiles.reports.sub': '检验检查报告',
  'home.tiles.consult': '在线问诊',
  'home.tiles.consult.sub': '图文视频问诊',
  'home.tiles.payment': '门诊缴费',
  'home.tiles.payment.sub': '待缴费用 在线支付',
  'home.tiles.navigation': '院内导航',
  'home.tiles.navigation.sub': '科室位置 楼层指引',
  'home.featured': '推荐医生',
  'home.notice.title': '就诊须知',
  'home.notice.body': '请携带身份证或医保卡，按预约时间提前 15 分钟到达候诊区。',

  'login.title': '手机号登录',
  'login.subtitle': '未注册的手机号验证后将自动创建账号',
  'login.phone': '手机号',
  'login.phonePlaceholder': '请输入手机号',
  'login.code': '验证码',
  'login.codePlaceholder': '请输入验证码',
  'login.send': '获取验证码',
  'login.resend': '{n} 秒后重发',
  'login.sent': '验证码已发送',
  'login.submit': '登录',
  'login.agree': '我已阅读并同意',
  'login.terms': '《用户协议》',
  'login.and': '和',
  'login.privacy': '《隐私政策》',
  'login.err.phone': '请输入正确的 11 位手机号',
  'login.err.code': '请输入 6 位数字验证码',
  'login.err.agree': '请先阅读并同意用户协议和隐私政策',
  'login.success': '登录成功',

  'me.guest': '登录 / 注册',
  'me.guestHint': '登录后查看挂号、报告和消息',
  'me.patients': '就诊人',
  'me.bookings': '我的挂号',
  'me.bills': '缴费记录',
  'me.reports': '我的报告',
  'me.settings': '显示与语言',
  'me.care': '关怀模式',
  'me.careHint': '更大的字号和按钮',
  'me.dark': '深色模式',
  'me.darkHint': '夜间使用更护眼',
  'me.language': '语言 Language',
  'me.logout': '退出登录',
  'me.loggedOut': '已退出登录',
  'me.version': '杏林患者服务 v{v}',

  'visits.empty': '暂无就诊记录',
  'visits.emptyHint': '预约挂号后，您的就诊记录会显示在这里',
  'messages.empty': '暂无消息',
  'messages.emptyHint': '就诊提醒、报告通知会显示在这里',

  'dept.doctors': '{n} 位医生',
  'dept.empty': '暂无可预约科室',
  'doctors.count': '共 {n} 位医生',
  'doctors.empty': '该科室暂无出诊医生',
  'doctor.specialties': '擅长',
  'doctor.diseases': '常见病种',
  'doctor.intro': '医生简介',
  'doctor.soon': '号源即将开放',
  'doctor.soonHint': '在线预约正在接入，开放后即可在此挂号',

  'soon.title': '即将上线',
  'soon.body': '「{name}」正在建设中，敬请期待。',
  'soon.back': '返回首页',

  'terms.body':
    '欢迎使用杏林患者服务。本服务用于预约挂号、查询报告等就医服务。您应使用本人或经授权的就诊人信息，不得冒用他人身份。医院将依法依规提供服务，网上信息仅供参考，具体以医院现场为准。',
  'privacy.body':
    '我们仅收集提供服务所必需的信息（如手机号、就诊人信息），用于身份验证和就医服务，不会出售您的个人信息。手机号在界面中脱敏显示。您可以随时退出登录。',
};
export type MessageKey = keyof typeof zhCN;
