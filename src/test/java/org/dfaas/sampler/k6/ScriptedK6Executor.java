package org.dfaas.sampler.k6;

import java.util.Objects;

/**
 * A {@link K6Executor} for tests: each run answers as the test says, and the version is the k6
 * stand-in's. Thread-safe when its answer is.
 */
public final class ScriptedK6Executor implements K6Executor {

  /** The version the stand-in reports. */
  public static final String VERSION = "k6 v0.54.0 (go1.23.1, linux/amd64)";

  /** What a run answers: a result, or a thrown failure. */
  @FunctionalInterface
  public interface Answer {
    K6RunResult run(K6RunRequest request);
  }

  private final Answer answer;

  private ScriptedK6Executor(Answer answer) {
    this.answer = Objects.requireNonNull(answer, "answer");
  }

  /** An executor whose runs answer with {@code answer}. */
  public static K6Executor answering(Answer answer) {
    return new ScriptedK6Executor(answer);
  }

  /** An executor for tests that must never run k6; a run fails the test with {@code why}. */
  public static K6Executor never(String why) {
    return answering(
        request -> {
          throw new AssertionError(why);
        });
  }

  @Override
  public K6RunResult run(K6RunRequest request) {
    return answer.run(request);
  }

  @Override
  public String version() {
    return VERSION;
  }
}
