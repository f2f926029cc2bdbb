package org.dfaas.sampler;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The {@code %msg} of every log line, with the credentials of any URL in it shown as {@code ***}.
 * Our own lines mask them where they are made; this covers the libraries' too, which {@code -v}
 * lets through: MINA SSHD's debug line of an exec request holds the whole k6 command, {@code --out}
 * URLs with their passwords included. Registered in {@code logback.xml}, so the progress bar's
 * console, made in code, uses it as well; {@code campaign.log} masks its lines the same way.
 */
public final class MaskedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return Secrets.maskUrlCredentials(super.convert(event));
  }
}
