// Request-body checks the simulator applies before touching its store, answering 400 PARAM_ERROR
// the way WeChat Pay does for a missing or malformed field.
import { SimRejection, type SimOrder } from './sim-store';

export function parseBody(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new SimRejection(400, 'PARAM_ERROR', '请求体不是合法的JSON');
}

export function str(obj: Record<string, unknown>, key: string, max = 256): string {
  const value = obj[key];
  if (typeof value !== 'string' || value === '' || value.length > max) {
    throw new SimRejection(400, 'PARAM_ERROR', `输入源“/body/${key}”映射到字段“${key}”必填性规则校验失败，此字段为必填项`);
  }
  return value;
}

export function positiveFen(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new SimRejection(400, 'PARAM_ERROR', `${field} 必须为正整数（单位：分）`);
  }
  return value;
}

function object(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = obj[key];
  if (typeof value !== 'object' || value === null) throw new SimRejection(400, 'PARAM_ERROR', `缺少 ${key}`);
  return value as Record<string, unknown>;
}

export function prepayRequest(body: Record<string, unknown>, mchid: string, appid: string | undefined, withPayer: boolean): SimOrder['request'] {
  const bodyMchid = str(body, 'mchid');
  if (bodyMchid !== mchid) throw new SimRejection(400, 'MCH_NOT_EXISTS', '商户号不存在或与请求签名不一致');
  const bodyAppid = str(body, 'appid');
  if (appid !== undefined && bodyAppid !== appid) throw new SimRejection(400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
  const outTradeNo = str(body, 'out_trade_no', 32);
  if (!/^[A-Za-z0-9_\-|*]{6,32}$/.test(outTradeNo)) throw new SimRejection(400, 'PARAM_ERROR', 'out_trade_no 格式错误');
  const amount = object(body, 'amount');
  const currency = amount.currency ?? 'CNY';
  if (currency !== 'CNY') throw new SimRejection(400, 'PARAM_ERROR', '仅支持 CNY');
  const timeExpire = body.time_expire;
  if (timeExpire !== undefined && (typeof timeExpire !== 'string' || Number.isNaN(Date.parse(timeExpire)))) {
    throw new SimRejection(400, 'PARAM_ERROR', 'time_expire 格式错误');
  }
  const payer = withPayer ? { openid: str(object(body, 'payer'), 'openid') } : undefined;
  return {
    appid: bodyAppid, mchid, description: str(body, 'description', 127), out_trade_no: outTradeNo,
    notify_url: str(body, 'notify_url'), amount: { total: positiveFen(amount.total, 'amount.total'), currency: 'CNY' },
    ...(payer ? { payer } : {}),
    ...(typeof timeExpire === 'string' ? { time_expire: timeExpire } : {}),
    ...(typeof body.attach === 'string' ? { attach: body.attach } : {}),
  };
}
