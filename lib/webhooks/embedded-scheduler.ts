import type { DeliveryScheduler } from "./delivery-scheduler";
import { startEmbeddedWorker, stopEmbeddedWorker } from "./embedded-worker";
import { notifyOtherProcesses } from "./delivery-notifications";
import { wakeEmbeddedWorkers } from "./worker-wakers";

/** This process's workers at once, other processes' through PostgreSQL's NOTIFY. */
function wakeAllWorkers(): void {
  wakeEmbeddedWorkers();
  notifyOtherProcesses();
}

/**
 * The default adapter: an in-process worker claims due deliveries from the database, so the port
 * only has to wake it (it finds the deliveries itself, and any worker of this process will do).
 */
export const embeddedScheduler: DeliveryScheduler = {
  name: "embedded",
  start: () => void startEmbeddedWorker(),
  stop: stopEmbeddedWorker,
  dispatch: wakeAllWorkers,
  webhookResumed: wakeAllWorkers,
  // Its deliveries are gone by cascade; a claimed attempt finds nothing to record.
  webhookDeleted: () => {},
};
