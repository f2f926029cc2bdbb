package org.dfaas.sampler.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pinned table of the OpenFaaS store functions that DFaaS campaigns use, shipped as {@code
 * store-functions.json} beside this class with its source and the date it was read: the image a
 * function gets when its config names none.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoreImages {

  private static final String RESOURCE = "store-functions.json";

  private final Map<String, FunctionImage> images;

  private StoreImages(Map<String, FunctionImage> images) {
    this.images = Collections.unmodifiableMap(images);
  }

  /** The table shipped in the jar. */
  public static StoreImages bundled() {
    try (InputStream in = StoreImages.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      Map<String, FunctionImage> images = new LinkedHashMap<>();
      for (JsonNode function : GatewayHttp.JSON.readTree(in).path("functions")) {
        String envProcess = function.path("envProcess").asText(null);
        images.put(
            function.path("name").asText(),
            new FunctionImage(function.path("image").asText(), envProcess));
      }
      return new StoreImages(images);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
    }
  }

  /** The image of the store function {@code name}, if the table has it. */
  public Optional<FunctionImage> of(String name) {
    return Optional.ofNullable(images.get(name));
  }

  /** The functions the table knows, in its order. */
  public Set<String> names() {
    return images.keySet();
  }
}
