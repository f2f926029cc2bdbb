package org.dfaas.sampler.campaign;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A listener called from several threads, one call at a time, for the listeners that assume one
 * thread (the progress bar, the counts of overload reasons): a pool's targets, a fleet's campaigns.
 */
public final class SerializedListener {

  private SerializedListener() {}

  public static CampaignListener of(CampaignListener listener) {
    Object lock = new Object();
    return (CampaignListener)
        Proxy.newProxyInstance(
            CampaignListener.class.getClassLoader(),
            new Class<?>[] {CampaignListener.class},
            (proxy, method, args) -> {
              synchronized (lock) {
                try {
                  return method.invoke(listener, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              }
            });
  }
}
