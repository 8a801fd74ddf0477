import Taro from '@tarojs/taro';
import { loadSession } from '../../services/session-store';
import { getReport, reportImageUrl, reportPdfUrl } from './api';

/**
 * PDFs and key images need the bearer token, so they cannot be plain links or <Image src>. They are fetched here;
 * a 401 first lets `request` rotate the token (by re-reading the report), then tries once more.
 */
async function fetchBytes(reportId: string, url: string): Promise<ArrayBuffer> {
  const once = async () => {
    const token = loadSession()?.accessToken;
    return Taro.request<ArrayBuffer>({ url, method: 'GET', responseType: 'arraybuffer', header: token ? { Authorization: `Bearer ${token}` } : {}, timeout: 20_000 });
  };
  let res = await once();
  if (res.statusCode === 401) {
    await getReport(reportId);
    res = await once();
  }
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
  return res.data;
}

/**
 * A key image for <Image src>: a blob: URL on H5 (Taro's H5 arrayBufferToBase64 hands the ArrayBuffer to base64-js,
 * which needs a Uint8Array, and returns ''), a data: URL in the mini program.
 */
export async function loadImage(reportId: string, n: number): Promise<string> {
  const bytes = await fetchBytes(reportId, reportImageUrl(reportId, n));
  if (process.env.TARO_ENV === 'h5') return URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  return `data:image/png;base64,${Taro.arrayBufferToBase64(bytes)}`;
}

/** H5: saves the PDF through a download link; mini program: downloads it and opens it in WeChat's viewer. */
export async function downloadPdf(reportId: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const bytes = await fetchBytes(reportId, reportPdfUrl(reportId));
    const href = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.setAttribute('data-testid', 'report-pdf-link');
    document.body.appendChild(link);
    link.click();
    setTimeout(() => {
      link.remove();
      URL.revokeObjectURL(href);
    }, 30_000);
    return;
  }
  const token = loadSession()?.accessToken;
  const file = await Taro.downloadFile({ url: reportPdfUrl(reportId), header: token ? { Authorization: `Bearer ${token}` } : {} });
  if (file.statusCode !== 200) throw new Error(`HTTP ${file.statusCode}`);
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true });
}
