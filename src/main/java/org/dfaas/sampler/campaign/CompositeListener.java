package org.dfaas.sampler.campaign;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Hands every event to several listeners in turn. A proxy rather than a class forwarding each
 * method: an event added to {@link CampaignListener} reaches every listener with no line here.
 */
final class CompositeListener {

  private CompositeListener() {}

  /**
   * One listener handing each event to {@code listeners}, in order; what one throws is thrown as it
   * is, and the later ones do not get that event.
   */
  static CampaignListener of(List<CampaignListener> listeners) {
    List<CampaignListener> all = List.copyOf(listeners);
    return (CampaignListener)
        Proxy.newProxyInstance(
            CampaignListener.class.getClassLoader(),
            new Class<?>[] {CampaignListener.class},
            (proxy, method, args) ->
                method.getDeclaringClass() == Object.class
                    ? objectMethod(proxy, method, args, all)
                    : forward(method, args, all));
  }

  private static Object forward(Method method, Object[] args, List<CampaignListener> all)
      throws Throwable {
    for (CampaignListener listener : all) {
      try {
        method.invoke(listener, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
    return null;
  }

  private static Object objectMethod(
      Object proxy, Method method, Object[] args, List<CampaignListener> all) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "all of " + all;
    };
  }
}
