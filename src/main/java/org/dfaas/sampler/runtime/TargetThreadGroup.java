package org.dfaas.sampler.runtime;

/**
 * The threads of one target's campaign in a fleet: its own thread and every thread started from it
 * (k6 log streams, sandbox workers), which inherit its group. Its {@code campaign.log} keeps only
 * the lines logged on them.
 */
final class TargetThreadGroup extends ThreadGroup {

  private final String target;

  TargetThreadGroup(String target) {
    super("target-" + target);
    this.target = target;
  }

  /** The target's name. */
  String target() {
    return target;
  }

  /** The fleet target whose threads the calling thread is one of, if any. */
  static TargetThreadGroup current() {
    for (ThreadGroup group = Thread.currentThread().getThreadGroup();
        group != null;
        group = group.getParent()) {
      if (group instanceof TargetThreadGroup threads) {
        return threads;
      }
    }
    return null;
  }
}
