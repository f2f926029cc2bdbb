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

  @Test
  void urlCredentialsInALibrarysDebugLineAreMaskedUnderVerbose() throws JoranException {
    LoggerContext context = shipped();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    // As the campaign log and the progress bar make their encoders: in code, in the same context.
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder =
        new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%-5level %msg%n");
    encoder.start();
    ch.qos.logback.core.OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        new ch.qos.logback.core.OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(written);
    appender.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    root.setLevel(ch.qos.logback.classic.Level.DEBUG);

    context
        .getLogger("org.apache.sshd.client.channel.ChannelExec")
        .debug(
            "doOpen({}) send SSH_MSG_CHANNEL_REQUEST exec command={}",
            "ChannelExec[id=1]",
            "k6 run --out influxdb=http://k6:s3cret@influx:8086/k6 script.js");
    context.stop();

    assertThat(written.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("influxdb=http://***@influx:8086/k6")
        .doesNotContain("s3cret");
  }
}
