package org.dfaas.sampler.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * What the DFaaS sampler's resume reads from an {@code index.csv} (docs/export.md): each
 * configuration's class, the majority of its rows' {@code overloaded}.
 */
final class DfaasResume {

  private DfaasResume() {}

  /** Each configuration, as {@code f=rate,g=rate}, with whether most of its rows overloaded. */
  static Map<String, Boolean> classes(Path index) throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    for (CSVRecord row : ExportQuickstartTest.read(index, ';')) {
      String[] names = list(row.get("functions"));
      String[] rates = list(row.get("rates"));
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        key.append(i == 0 ? "" : ",")
            .append(names[i].replace("'", ""))
            .append('=')
            .append(rates[i]);
      }
      int[] count = counts.computeIfAbsent(key.toString(), k -> new int[2]);
      count[0] += row.get("overloaded").equals("True") ? 1 : 0;
      count[1]++;
    }
    Map<String, Boolean> classes = new TreeMap<>();
    counts.forEach((key, count) -> classes.put(key, count[0] > count[1] / 2.0));
    return classes;
  }

  private static String[] list(String python) {
    return python.substring(1, python.length() - 1).split(", ");
  }
}
