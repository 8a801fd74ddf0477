const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page standing in for Tencent's face-check H5: no script, so the strict CSP holds. */
export function faceVerifyPage(bizToken: string, maskedName: string): string {
  const t = encodeURIComponent(bizToken);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,"><title>人脸核身（模拟）</title><style>
body{font-family:system-ui,sans-serif;margin:0;padding:32px 20px;background:#f4f7f6;color:#1f2d2b;text-align:center}
.card{background:#fff;border-radius:16px;padding:28px 20px;max-width:420px;margin:0 auto;box-shadow:0 2px 12px rgba(0,0,0,.06)}
.face{width:140px;height:140px;border-radius:50%;margin:8px auto 20px;border:4px solid #0b7a6e;display:flex;align-items:center;justify-content:center;font-size:56px}
a{display:block;margin:14px 0;padding:16px;border-radius:12px;font-size:18px;text-decoration:none}
.ok{background:#0b7a6e;color:#fff}.no{background:#fff;color:#b42318;border:1px solid #b42318}
small{color:#5b6b69}</style></head><body><div class="card">
<h1 style="font-size:22px">人脸核身</h1><div class="face" aria-hidden="true">🙂</div>
<p>正在为 <strong>${escape(maskedName)}</strong> 进行人脸比对</p>
<a class="ok" id="face-pass" href="/sim/faceid/complete?bizToken=${t}&amp;outcome=passed">模拟：比对通过</a>
<a class="no" id="face-fail" href="/sim/faceid/complete?bizToken=${t}&amp;outcome=failed">模拟：比对失败</a>
<small>开发环境模拟页面，生产环境由腾讯云人脸核身提供</small></div></body></html>`;
}
