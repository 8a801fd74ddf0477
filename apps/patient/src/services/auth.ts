import type { Account, SessionTokens } from '@xinglin/contracts';
import { request } from './request';

export interface SmsCodeSent {
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export const sendSmsCode = (phone: string) =>
  request<SmsCodeSent>('/auth/sms-codes', { method: 'POST', body: { phone }, auth: false });

export const createSession = (phone: string, code: string) =>
  request<SessionTokens>('/auth/sessions', { method: 'POST', body: { phone, code }, auth: false });

export const logout = () => request<null>('/auth/logout', { method: 'POST' });

export const fetchMe = () => request<Account>('/me');

/** 微信一键登录: a wx.login code, plus the getPhoneNumber code the first time (409 WECHAT_PHONE_REQUIRED). */
export const createWechatSession = (code: string, phoneCode?: string) =>
  request<SessionTokens>('/auth/wechat/sessions', { method: 'POST', body: { code, phoneCode }, auth: false });
