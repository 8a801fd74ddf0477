export { ALL_CHANNELS, createNotificationsService, type Channel, type NotificationsDeps, type NotificationsService, type NotificationTemplates, type OutboxMessage } from './service';
