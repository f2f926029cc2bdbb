package org.dfaas.sampler.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@code deploy} did to one function.
 *
 * @param deployment what was asked
 * @param action whether it was created, updated or already as asked
 * @param previousImage the image it had before an update, or {@code null}
 * @param readyAfter how long after the deployment it had a ready replica
 */
public record DeployedFunction(
    FunctionDeployment deployment, Action action, String previousImage, Duration readyAfter) {

  /** What was done. */
  public enum Action {
    /** It was not deployed: {@code POST}. */
    CREATED,
    /** It ran another image or process: {@code PUT}. */
    UPDATED,
    /** It already ran this image and process: nothing sent. */
    UNCHANGED
  }

  public DeployedFunction {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(readyAfter, "readyAfter");
  }
}
