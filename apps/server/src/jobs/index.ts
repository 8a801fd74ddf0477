export { createJobRegistry, type JobDefinition, type JobRegistry, type JobSchedule, type JobSender } from './registry';
export { startJobRunner, type JobRunner, type JobRunnerOptions } from './runner';
export { bossDbFor, bossDbForTx } from './boss-db';
