package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dfaas.sampler.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C and SIGTERM during a campaign: the first interrupts the campaign's thread, which stops the
 * running k6 (on the k6 host too), writes no partial iteration and ends resumable; a second one
 * exits at once.
 *
 * <p>The JDK's own handling runs shutdown hooks and ignores a second Ctrl-C, so the handlers are
 * installed through {@code sun.misc.Signal} (module jdk.unsupported), reached by reflection because
 * javac flags every direct use of it and this build treats warnings as errors.
 */
final class StopSignals {

  private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

  private final Thread campaign;
  private final PrintWriter err;
  private final AtomicInteger received = new AtomicInteger();

  private StopSignals(Thread campaign, PrintWriter err) {
    this.campaign = campaign;
    this.err = err;
  }

  /**
   * Installs the handlers for the calling thread's campaign, until the returned handle is closed,
   * which puts the previous handlers back.
   */
  static Installed install(PrintWriter err) {
    StopSignals signals = new StopSignals(Thread.currentThread(), err);
    try {
      Class<?> signalType = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object handler =
          Proxy.newProxyInstance(
              handlerType.getClassLoader(), new Class<?>[] {handlerType}, signals.handler());
      Method handle = signalType.getMethod("handle", signalType, handlerType);
      Map<Object, Object> previous = new LinkedHashMap<>();
      for (String name : new String[] {"INT", "TERM"}) {
        Object signal = signalType.getConstructor(String.class).newInstance(name);
        previous.put(signal, handle.invoke(null, signal, handler));
      }
      return () -> {
        for (Map.Entry<Object, Object> entry : previous.entrySet()) {
          try {
            handle.invoke(null, entry.getKey(), entry.getValue());
          } catch (ReflectiveOperationException e) {
            LOG.warn("cannot restore the handler of SIG{}: {}", entry.getKey(), e.toString());
          }
        }
      };
    } catch (ReflectiveOperationException | LinkageError | IllegalArgumentException e) {
      LOG.warn(
          "cannot take over Ctrl-C ({}): it will end the JVM at once, without stopping k6 on the"
              + " k6 host",
          e.toString());
      return () -> {};
    }
  }

  /** The installed handlers; closing puts the previous ones back. */
  interface Installed extends AutoCloseable {
    @Override
    void close();
  }

  private InvocationHandler handler() {
    return (proxy, method, args) -> {
      if (method.getName().equals("handle")) {
        onSignal();
        return null;
      }
      return switch (method.getName()) {
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> "StopSignals";
      };
    };
  }

  private void onSignal() {
    if (received.incrementAndGet() == 1) {
      err.println(
          "\nstopping: ending the running k6 and leaving the output folder resumable"
              + " (Ctrl-C again to exit at once)");
      err.flush();
      campaign.interrupt();
    } else {
      err.println("\nexiting at once");
      err.flush();
      Runtime.getRuntime().halt(ExitCode.INTERRUPTED);
    }
  }
}
