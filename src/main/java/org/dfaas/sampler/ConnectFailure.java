package org.dfaas.sampler;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Why a connection could not be made, in the words a user reads: the JDK's HTTP client reports a
 * refused connection as a {@link ConnectException} with no message, which says nothing on a line.
 */
public final class ConnectFailure {

  private ConnectFailure() {}

  /** {@code failure}'s root cause as a few words: "connection refused", "unknown host name", … */
  public static String why(Throwable failure) {
    // The JDK wraps the cause that says something around one that does not (a closed channel).
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
      if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
        return "unknown host name";
      }
      if (cause instanceof NoRouteToHostException) {
        return "no route to host";
      }
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
