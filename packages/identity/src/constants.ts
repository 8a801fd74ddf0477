// Tencent Cloud FaceID (人脸核身) API 3.0 constants, shared by the adapters and the simulator so the
// two can never drift apart on a literal. Signing constants (TC3_*) live in @xinglin/sms.

/** Product name: the first label of the endpoint and the service in the TC3 credential scope. */
export const FACEID_SERVICE = 'faceid';
export const FACEID_API_VERSION = '2018-03-01';
export const FACEID_DEFAULT_ENDPOINT = 'faceid.tencentcloudapi.com';

export const FACEID_ACTIONS = {
  IdCardVerification: 'IdCardVerification',
  DetectAuth: 'DetectAuth',
  GetDetectInfoEnhanced: 'GetDetectInfoEnhanced',
} as const;
export type FaceIdAction = (typeof FACEID_ACTIONS)[keyof typeof FACEID_ACTIONS];

/**
 * IdCardVerification `Result` codes as documented by Tencent (a string, not a number). 0 and -1 are
 * billed; the others are not.
 */
export const ID_CARD_RESULT = {
  match: '0',
  mismatch: '-1',
  invalidIdNumber: '-2',
  invalidName: '-3',
  sourceUnavailable: '-4',
  notFound: '-5',
  sourceUpgrading: '-6',
  dailyLimit: '-7',
} as const;
export type IdCardResultCode = (typeof ID_CARD_RESULT)[keyof typeof ID_CARD_RESULT];

export const ID_CARD_RESULT_DESCRIPTIONS: Record<IdCardResultCode, string> = {
  '0': '姓名和身份证号一致',
  '-1': '姓名和身份证号不一致',
  '-2': '非法身份证号(长度、校验位等不正确)',
  '-3': '非法姓名(长度、格式等不正确)',
  '-4': '证件库服务异常',
  '-5': '证件库中无此身份证记录',
  '-6': '权威比对系统升级中，请稍后再试',
  '-7': '认证次数超过当日限制',
};

/**
 * Text.ErrCode values of GetDetectInfoEnhanced that the simulator produces. 0 is the only pass;
 * 17 means the flow is not finished yet.
 */
export const DETECT_ERR = {
  passed: 0,
  unfinished: 17,
  idNumberWrong: 2003,
  nameIdMismatch: 2006,
  lowSimilarity: 2016,
} as const;

export const DETECT_ERR_MESSAGES: Record<number, string> = {
  0: '成功',
  17: '本次流程未完成',
  2003: '身份证号有误，请确认后重试',
  2006: '姓名和身份证号不匹配，请核实身份后重试',
  2016: '无法判断为同一人，请确认身份后重试(相似度未达到通过阈值)',
};

/** A DetectAuth BizToken must be used within 2 h; its result can be fetched for 3 days. */
export const BIZ_TOKEN_START_TTL_SECONDS = 7200;
export const BIZ_TOKEN_RESULT_TTL_SECONDS = 3 * 24 * 3600;
