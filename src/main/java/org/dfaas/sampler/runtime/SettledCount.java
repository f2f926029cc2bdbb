package org.dfaas.sampler.runtime;

import java.util.Arrays;
import org.dfaas.sampler.plan.EstimateListener;
import org.dfaas.sampler.plan.FunctionSet;
import org.dfaas.sampler.plan.PlanStatus;
import org.dfaas.sampler.search.Classification;

/**
 * Of the configurations a walk leaves to run, how many the folder's frontier search already settled
 * ({@code inferred_ok}, {@code inferred_overloaded}), per combination size: {@code run} will not
 * measure them, so {@code plan} counts them apart from what is left to run. Hears the walk before
 * the listener it wraps. Not thread-safe.
 */
public final class SettledCount implements EstimateListener {

  private final FolderFrontier folder;
  private final EstimateListener next;
  private final long[] inferredOk;
  private final long[] inferredOverloaded;

  /**
   * @param functions how many functions the plan has (the largest combination size)
   */
  SettledCount(FolderFrontier folder, int functions, EstimateListener next) {
    this.folder = folder;
    this.next = next;
    this.inferredOk = new long[functions + 1];
    this.inferredOverloaded = new long[functions + 1];
  }

  @Override
  public void configuration(
      long ordinal, FunctionSet set, int[] rates, PlanStatus status, boolean assumedOverloaded) {
    Classification.Status settled = status == PlanStatus.TO_RUN ? folder.status(ordinal) : null;
    if (settled != null && settled.inferred()) {
      (settled.overloaded() ? inferredOverloaded : inferredOk)[set.size()]++;
    }
    next.configuration(ordinal, set, rates, status, assumedOverloaded);
  }

  /** Inferred not overloaded, of combination {@code size}; 0 for a size the plan lacks. */
  public long inferredOk(int size) {
    return size < inferredOk.length ? inferredOk[size] : 0;
  }

  /** Inferred overloaded, of combination {@code size}; 0 for a size the plan lacks. */
  public long inferredOverloaded(int size) {
    return size < inferredOverloaded.length ? inferredOverloaded[size] : 0;
  }

  /** Inferred, of combination {@code size}. */
  public long inferred(int size) {
    return inferredOk(size) + inferredOverloaded(size);
  }

  /** Inferred not overloaded, all sizes. */
  public long inferredOk() {
    return Arrays.stream(inferredOk).sum();
  }

  /** Inferred overloaded, all sizes. */
  public long inferredOverloaded() {
    return Arrays.stream(inferredOverloaded).sum();
  }

  /** Inferred, all sizes. */
  public long inferred() {
    return inferredOk() + inferredOverloaded();
  }
}
