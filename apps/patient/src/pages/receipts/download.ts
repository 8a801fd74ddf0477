import Taro from '@tarojs/taro';
import { loadSession } from '../../services/session-store';
import { receiptPdfUrl } from '../cashier/api';

/** H5: fetches the PDF with the bearer token and saves it through a link; mini program: downloads and opens it. */
export async function downloadReceipt(orderId: string, fileName: string): Promise<void> {
  const token = loadSession()?.accessToken;
  const header = token ? { Authorization: `Bearer ${token}` } : {};
  if (process.env.TARO_ENV === 'h5') {
    const res = await Taro.request<ArrayBuffer>({ url: receiptPdfUrl(orderId), method: 'GET', responseType: 'arraybuffer', header, timeout: 20_000 });
    if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
    const href = URL.createObjectURL(new Blob([res.data], { type: 'application/pdf' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.setAttribute('data-testid', 'receipt-pdf-link');
    document.body.appendChild(link);
    link.click();
    setTimeout(() => {
      link.remove();
      URL.revokeObjectURL(href);
    }, 30_000);
    return;
  }
  const file = await Taro.downloadFile({ url: receiptPdfUrl(orderId), header });
  if (file.statusCode !== 200) throw new Error(`HTTP ${file.statusCode}`);
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true });
}
