package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a key name belongs when it is written at a level that does not know it (compat §1): every
 * key path some block reads, with list positions written {@code []}. The places come from the
 * config being loaded and from a reference config read and printed, so a key of a block the user
 * left out is still found.
 */
final class KeyPlaces {

  private final Set<String> paths = new TreeSet<>();

  /** Records that the map at {@code path} reads {@code keys}. */
  void add(String path, Collection<String> keys) {
    String at = path.replaceAll("\\[\\d+]", "[]");
    for (String key : keys) {
      paths.add(join(at, key));
    }
  }

  /**
   * The paths other than {@code wrongPath} whose last key is {@code name}, those outside lists
   * first: a key of a map block is a likelier meaning than a key of each list item.
   */
  List<String> placesOf(String name, String wrongPath) {
    List<String> inMaps = new ArrayList<>();
    List<String> inLists = new ArrayList<>();
    String wrong = wrongPath.replaceAll("\\[\\d+]", "[]");
    for (String path : referencePaths()) {
      if (!path.equals(wrong) && (path.equals(name) || path.endsWith("." + name))) {
        (path.contains("[]") ? inLists : inMaps).add(path);
      }
    }
    return inMaps.isEmpty() ? inLists : inMaps;
  }

  private Set<String> referencePaths() {
    Set<String> all = new TreeSet<>(paths);
    all.addAll(Reference.PATHS);
    return all;
  }

  /** The places of the smallest valid config, as read and as printed, found once. */
  private static final class Reference {
    static final Set<String> PATHS = read();

    private static Set<String> read() {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.putArray("functions").addObject().put("name", "env");
      Problems problems = new Problems();
      SamplerConfig config =
          new SamplerConfigKeys(Path.of(""), () -> 0L)
              .read(new ConfigNode(root, "", problems), problems);
      KeyPlaces places = problems.keyPlaces();
      places.addPrinted(ConfigPrinter.tree(config), "");
      return Set.copyOf(places.paths);
    }
  }

  private void addPrinted(JsonNode node, String path) {
    if (node instanceof ObjectNode map) {
      add(path, iterableOf(map.fieldNames()));
      map.properties().forEach(entry -> addPrinted(entry.getValue(), join(path, entry.getKey())));
    } else if (node.isArray()) {
      node.forEach(item -> addPrinted(item, path + "[]"));
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static List<String> iterableOf(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
