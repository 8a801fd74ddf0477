import { useEffect } from 'react';
import { App } from 'antd';
import { setFeedback } from '../services/feedback';

/** Hands antd's context-aware message/notification to the request error handler. */
export default function FeedbackBridge() {
  const { message, notification } = App.useApp();
  useEffect(() => {
    setFeedback({ message, notification });
    return () => setFeedback(null);
  }, [message, notification]);
  return null;
}
