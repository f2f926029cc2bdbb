package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.junit.jupiter.api.Test;

/** What reaches stderr at the default level, read from the logback.xml the jar ships. */
class LogLevelsTest {

  private static LoggerContext shipped() throws JoranException {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogLevelsTest.class.getResource("/logback.xml"));
    return context;
  }

  @Test
  void librariesOnlyWarnAtTheDefaultLevel() throws JoranException {
    LoggerContext context = shipped();

    // MINA SSHD's "getOrCreateProvider(EdDSA) created instance of ..." is an INFO line.
    assertThat(
            context.getLogger("org.apache.sshd.common.util.security.SecurityUtils").isInfoEnabled())
        .isFalse();
    assertThat(context.getLogger("org.apache.sshd.client.SshClient").isWarnEnabled()).isTrue();
    assertThat(context.getLogger("org.dfaas.sampler.campaign.DfaasGenerator").isInfoEnabled())
        .isTrue();
    assertThat(context.getLogger("dfaas.campaign").isInfoEnabled()).isTrue();
    context.stop();
  }
}
