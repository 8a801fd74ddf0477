import type { App } from 'antd';

/**
 * antd's message/notification bound to the app's theme and locale. <FeedbackBridge/> (inside
 * antd's <App>) fills this in, so code outside React — the request error handler — can use it.
 */
export type Feedback = Pick<ReturnType<typeof App.useApp>, 'message' | 'notification'>;

let feedback: Feedback | null = null;

export function setFeedback(next: Feedback | null): void {
  feedback = next;
}

export function getFeedback(): Feedback | null {
  return feedback;
}
