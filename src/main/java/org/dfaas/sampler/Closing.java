package org.dfaas.sampler;

/**
 * Closing a group of resources (output streams, a campaign's parts) so that one failing to close
 * neither leaves the others open nor hides their failures.
 */
public final class Closing {

  private Closing() {}

  /** How one resource of the group is closed. */
  @FunctionalInterface
  public interface Closer<T, E extends Exception> {
    void close(T resource) throws E;
  }

  /**
   * Closes every resource of {@code group} in turn, each even after an earlier one failed; the
   * first failure of type {@code kind} is thrown at the end, with the later ones suppressed in it.
   * Any other exception propagates at once, as it would from {@code closer} itself.
   */
  public static <T, E extends Exception> void closeAll(
      Iterable<? extends T> group, Class<E> kind, Closer<? super T, ? extends E> closer) throws E {
    E first = null;
    for (T resource : group) {
      try {
        closer.close(resource);
      } catch (Exception e) {
        if (!kind.isInstance(e)) {
          // Only an unchecked exception gets here: closer throws nothing else that is not an E.
          throw (RuntimeException) e;
        }
        if (first == null) {
          first = kind.cast(e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
