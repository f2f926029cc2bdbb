package org.dfaas.sampler.config;

/**
 * When the node counts as idle again before an iteration (compat §8).
 *
 * @param maxWaitSeconds give up on the configuration after this long
 * @param sleepStepSeconds wait this long between two looks
 * @param idleThresholdPct how far above the idle baseline still counts as idle, in percent
 */
public record CooldownSettings(int maxWaitSeconds, int sleepStepSeconds, double idleThresholdPct) {}
