package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One group of config keys as {@code validate} prints it. Each group reads and checks its keys in
 * the same file ({@code static read(…)}, every problem named by its key path) and prints them here,
 * so one key lives in one file.
 */
@FunctionalInterface
interface ConfigBlock {

  /** Puts this group's keys, with their effective values, into the map being printed. */
  void print(ObjectNode into);
}
