package org.dfaas.sampler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark kept among the tests: it measures and prints, so it runs only when asked for with
 * {@code -Dbenchmark=true} and is skipped otherwise, saying so, under CI too (a benchmark is not a
 * prerequisite, see {@link OptInBenchmarks}). The tools it needs go in {@link Requires}, checked
 * only when it runs.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OptInBenchmarks.class)
public @interface OptInBenchmark {}
