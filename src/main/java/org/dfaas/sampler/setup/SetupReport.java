package org.dfaas.sampler.setup;

import java.util.List;

/**
 * What one playbook did on one host.
 *
 * @param host the host, as messages name it
 * @param steps every step, in order
 * @param check whether it ran in check mode (nothing changed; {@link #changed} would)
 */
public record SetupReport(String host, List<StepEvent> steps, boolean check) {

  public SetupReport {
    steps = List.copyOf(steps);
  }

  /** The steps that changed the host (in check mode: that would). */
  public List<String> changed() {
    return steps.stream()
        .filter(step -> step.status() == StepEvent.Status.CHANGED)
        .map(StepEvent::step)
        .toList();
  }
}
