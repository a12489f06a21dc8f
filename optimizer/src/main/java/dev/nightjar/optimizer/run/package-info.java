/**
 * Running a sweep: the deterministic task layout (symbol × chunk of combinations), evaluation of a
 * task on shared per-symbol feature caches, and the dedicated ForkJoinPool that runs the tasks,
 * logs each finished one (sub-package {@code log}) and stops cleanly on request. Results never
 * depend on the thread count or the order tasks finish in: a task's rows are a pure function of the
 * task, and outputs are built by reading tasks in id order.
 */
package dev.nightjar.optimizer.run;
