package org.dfaas.sampler.check;

/**
 * One active query run once.
 *
 * @param ok whether it returned data
 * @param value its value, NaN when it failed
 * @param detail the error when it failed, else {@code ""}
 */
public record QueryCheck(boolean ok, double value, String detail) {}
