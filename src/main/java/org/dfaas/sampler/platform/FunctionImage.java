package org.dfaas.sampler.platform;

import java.util.Objects;

/**
 * What a function is deployed from.
 *
 * @param image the container image reference
 * @param envProcess the watchdog's process ({@code fprocess}), or {@code null} for the image's own
 */
public record FunctionImage(String image, String envProcess) {

  public FunctionImage {
    Objects.requireNonNull(image, "image");
  }
}
