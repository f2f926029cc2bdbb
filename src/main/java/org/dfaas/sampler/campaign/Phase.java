package org.dfaas.sampler.campaign;

import java.util.Locale;

/** Where a target's time goes: what it does between two events of the campaign. */
public enum Phase {
  /** Waiting until the node is back to its idle baseline. */
  COOLDOWN,
  /** An unrecorded run before a function set's first configuration. */
  WARM_UP,
  /** k6 (or the built-in generator) drives the functions. */
  LOAD,
  /** The replicas and the run window's metrics are read and the row is written. */
  METRICS,
  /** Nothing of the above: between configurations, or idle. */
  WAITING;

  /** {@code warm-up}: the name a person reads. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
