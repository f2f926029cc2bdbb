package org.dfaas.sampler.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dfaas.sampler.config.Combinations;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.SamplerConfig;

/**
 * The configurations of a campaign in the order of compat §3, never held in memory: plans reach
 * millions of configurations, so they are walked, iterated or streamed, and counted by arithmetic.
 *
 * <p>Order: function names sorted ({@link String#compareTo}); for each size k from {@code
 * min_functions} to {@code max_functions - 1} (exclusive bound, as the old tool had it) every
 * k-combination in lexicographic order; within one, the cartesian product of the functions' rates
 * with the last function varying fastest. A function's rates are the strategy's rates without those
 * above its own {@code max_rate}.
 *
 * <p>Immutable and thread-safe; each walk or iterator has its own cursor.
 */
public final class Plan implements Iterable<Configuration> {

  private final List<String> names;
  private final int[][] choices;
  private final int firstSize;
  private final int lastSize;

  private Plan(List<String> names, int[][] choices, int firstSize, int lastSize) {
    this.names = names;
    this.choices = choices;
    this.firstSize = firstSize;
    this.lastSize = lastSize;
  }

  /** The plan of a validated config. */
  public static Plan of(SamplerConfig config) {
    return of(config.functions(), config.rateStrategy().rates(), config.combinations());
  }

  /**
   * The plan of {@code functions} at {@code rates}.
   *
   * @param functions the functions, in any order, names distinct
   * @param rates the strategy's rates, ascending and distinct
   * @param combinations the sizes; {@code maxFunctions} is exclusive
   * @throws IllegalArgumentException when two functions share a name
   */
  public static Plan of(List<FunctionSpec> functions, int[] rates, Combinations combinations) {
    List<FunctionSpec> sorted = new ArrayList<>(functions);
    sorted.sort(Comparator.comparing(FunctionSpec::name));
    List<String> names = new ArrayList<>(sorted.size());
    int[][] choices = new int[sorted.size()][];
    for (int i = 0; i < sorted.size(); i++) {
      FunctionSpec function = sorted.get(i);
      if (i > 0 && function.name().equals(names.get(i - 1))) {
        throw new IllegalArgumentException("function " + function.name() + " is listed twice");
      }
      names.add(function.name());
      choices[i] = Arrays.stream(rates).filter(function::allowsRate).toArray();
    }
    return new Plan(
        List.copyOf(names), choices, combinations.minFunctions(), combinations.maxFunctions() - 1);
  }

  /** The function names, sorted. */
  public List<String> functionNames() {
    return names;
  }

  /** The rates {@code function} is sampled at, ascending (its cap already applied). */
  public int[] ratesOf(String function) {
    int index = Collections.binarySearch(names, function);
    if (index < 0) {
      throw new IllegalArgumentException("no function " + function + " in this plan");
    }
    return choices[index].clone();
  }

  /**
   * How many configurations the plan holds, by size: the sum over k-combinations of the product of
   * their functions' rate counts, which is the k-th elementary symmetric polynomial of the counts.
   *
   * @throws ArithmeticException when a count does not fit in a {@code long}
   */
  public SortedMap<Integer, Long> countsBySize() {
    int top = Math.min(lastSize, names.size());
    long[] e = new long[Math.max(top, 0) + 1];
    e[0] = 1;
    for (int[] own : choices) {
      for (int k = top; k >= 1; k--) {
        e[k] = Math.addExact(e[k], Math.multiplyExact(e[k - 1], own.length));
      }
    }
    SortedMap<Integer, Long> counts = new TreeMap<>();
    for (int k = Math.max(firstSize, 1); k <= top; k++) {
      counts.put(k, e[k]);
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /** How many configurations the plan holds, computed without enumerating them. */
  public long size() {
    long total = 0;
    for (long count : countsBySize().values()) {
      total = Math.addExact(total, count);
    }
    return total;
  }

  /**
   * Hands every configuration to {@code visitor} in plan order, allocating only per combination:
   * the way to go over a whole plan in bulk.
   */
  public void walk(PlanVisitor visitor) {
    PlanCursor cursor = cursor();
    while (cursor.advance()) {
      visitor.visit(cursor.set(), cursor.rates());
    }
  }

  /** The configurations in plan order, built one at a time. */
  @Override
  public Iterator<Configuration> iterator() {
    PlanCursor cursor = cursor();
    return new Iterator<>() {
      private boolean ready;
      private boolean more;

      @Override
      public boolean hasNext() {
        if (!ready) {
          more = cursor.advance();
          ready = true;
        }
        return more;
      }

      @Override
      public Configuration next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the plan has no more configurations");
        }
        ready = false;
        return cursor.set().configuration(cursor.rates());
      }
    };
  }

  /** The configurations in plan order, as a sequential, sized stream. */
  public Stream<Configuration> stream() {
    Spliterator<Configuration> spliterator =
        Spliterators.spliterator(
            iterator(), size(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
    return StreamSupport.stream(spliterator, false);
  }

  /**
   * A new position before the first configuration: for a consumer that pulls configurations one at
   * a time (a search), allocating only per combination.
   */
  public PlanCursor cursor() {
    return new PlanCursor(names, choices, firstSize, lastSize);
  }
}
