export { ALL_CHANNELS, createNotificationsService, type Channel, type NotificationsDeps, type NotificationTemplates, type NotificationsService, type OutboxMessage } from './service';
