// kubernetes-types marks server-owned fields (uid, creationTimestamp, status, …) readonly for
// clients. The simulated server owns them, so inside src/sim we write them through this view.
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function mut<T>(value: T): Mutable<T> {
  return value;
}
