package org.dfaas.sampler.setup;

/** Hears each step as it ends, to show progress while a playbook runs. */
@FunctionalInterface
public interface SetupListener {

  void stepEnded(StepEvent step);
}
