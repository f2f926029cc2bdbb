package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * When the node counts as idle again before an iteration (compat §8): the {@code cooldown:} block.
 *
 * @param maxWaitSeconds give up on the configuration after this long
 * @param sleepStepSeconds wait this long between two looks
 * @param idleThresholdPct how far above the idle baseline still counts as idle, in percent
 */
public record CooldownSettings(int maxWaitSeconds, int sleepStepSeconds, double idleThresholdPct) {

  /** Three minutes at most, a look every 5 s, within 15 % of the idle baseline. */
  static final CooldownSettings DEFAULTS = new CooldownSettings(180, 5, 15);

  static CooldownSettings read(ConfigNode root, Problems problems) {
    return root.block("cooldown", DEFAULTS, node -> fromBlock(node, problems));
  }

  private static CooldownSettings fromBlock(ConfigNode node, Problems problems) {
    int maxWait = node.integerOr("max_wait_seconds", DEFAULTS.maxWaitSeconds());
    int sleepStep = node.integerOr("sleep_step_seconds", DEFAULTS.sleepStepSeconds());
    double idle = node.number("idle_threshold_pct", DEFAULTS.idleThresholdPct());
    if (maxWait < 0) {
      problems.add("cooldown.max_wait_seconds", "must be ≥ 0, got " + maxWait);
    }
    if (sleepStep <= 0) {
      problems.add("cooldown.sleep_step_seconds", "must be > 0, got " + sleepStep);
    }
    Rules.checkRange("cooldown.idle_threshold_pct", idle, 0, 100, problems);
    return new CooldownSettings(maxWait, sleepStep, idle);
  }

  void print(ObjectNode into) {
    ObjectNode node = into.putObject("cooldown");
    node.put("max_wait_seconds", maxWaitSeconds);
    node.put("sleep_step_seconds", sleepStepSeconds);
    node.put("idle_threshold_pct", idleThresholdPct);
  }
}
