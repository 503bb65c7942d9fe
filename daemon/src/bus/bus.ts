import type { BusTopics, Topic } from './topics';

export type Handler<K extends Topic> = (payload: BusTopics[K]) => void | Promise<void>;
export type Unsubscribe = () => void;

/**
 * Asynchronous pub/sub between the SOC agents. In-process by default; a Redis Streams or NATS
 * adapter implements the same interface to spread agents over machines.
 */
export interface MessageBus {
  publish<K extends Topic>(topic: K, payload: BusTopics[K]): void;
  subscribe<K extends Topic>(topic: K, handler: Handler<K>): Unsubscribe;
  /** Resolves when every message published so far has been handled (tests, shutdown). */
  drain(): Promise<void>;
  /** Messages published and not yet handled, per topic. */
  depth(): Partial<Record<Topic, number>>;
}
