package org.dfaas.sampler.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.report.CampaignSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live page of an output folder, served by the JDK's HTTP server: the page, its script and style,
 * a stream of its state as server-sent events ({@code /events}) and the report's charts as PNG
 * ({@code /chart/N.png}). Only those fixed routes answer; nothing is served from the folder by
 * path. One thread follows the folder, reading only what it gained, and pushes a new state when it
 * changed (and every few seconds, so that elapsed time and ETA move on).
 *
 * <p>Thread-safe; {@link #close()} stops it.
 */
public final class DashboardServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

  /** How often an unchanged state is sent again, so that elapsed time and ETA move on. */
  static final Duration RESEND = Duration.ofSeconds(5);

  private static final Pattern CHART = Pattern.compile("^/chart/(\\d{1,5})\\.png$");
  private static final String COOKIE = "dfaas_sampler_token";
  private static final int HANDLER_THREADS = 4;

  private final DashboardOptions options;
  private final HttpServer http;
  private final ExecutorService handlers;
  private final ScheduledExecutorService follower;
  private final EventStream events = new EventStream();
  private final ChartSet charts;
  private final FolderFollower folder;
  private final DashboardView view;
  private final Clock clock;
  private Instant sent = Instant.MIN;
  private CampaignSummary summary;

  private DashboardServer(DashboardOptions options, Clock clock) throws IOException {
    this.options = options;
    this.clock = clock;
    this.charts = new ChartSet(options.charts());
    this.folder = new FolderFollower(options.folder());
    this.view = new DashboardView(clock);
    this.http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 16);
    this.handlers = Executors.newFixedThreadPool(HANDLER_THREADS, daemon("dashboard-http"));
    this.follower = Executors.newSingleThreadScheduledExecutor(daemon("dashboard-follower"));
    http.setExecutor(handlers);
    http.createContext("/", this::handle);
  }

  /**
   * Starts serving {@code options.folder()}.
   *
   * @throws SamplerException exit 1 when the address cannot be bound
   */
  public static DashboardServer start(DashboardOptions options, Clock clock) {
    DashboardServer server;
    try {
      server = new DashboardServer(options, clock);
    } catch (IOException e) {
      throw new SamplerException(
          "cannot serve the dashboard on "
              + options.bind().getHostAddress()
              + ":"
              + options.port()
              + ": "
              + e.getMessage(),
          ExitCode.RUNTIME_FAILURE,
          "choose another --port (0 takes any free one)",
          e);
    }
    server.http.start();
    server.follower.scheduleWithFixedDelay(
        server::follow, 0, options.poll().toMillis(), TimeUnit.MILLISECONDS);
    return server;
  }

  /** The page's address, with the token when there is one. */
  public URI uri() {
    String host = options.bind().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    String token = options.token().map(t -> "?token=" + t.reveal()).orElse("");
    return URI.create("http://" + host + ":" + port() + "/" + token);
  }

  /** The port it listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  private void follow() {
    try {
      boolean changed = folder.poll();
      Instant now = clock.instant();
      if (changed) {
        charts.changed();
        summary = null;
      }
      boolean resend = Duration.between(sent, now).compareTo(RESEND) >= 0;
      if (!changed && !resend && !charts.stale()) {
        return;
      }
      if (summary == null) {
        summary = folder.summary();
      }
      if (changed || resend) {
        // The counts first: drawing the charts of a large campaign takes a while.
        publish(now);
      }
      // Stale charts are drawn at the first poll their pace allows, the final state's too.
      if (charts.refresh(summary, now)) {
        publish(now);
      }
    } catch (RuntimeException e) {
      // A file caught mid-replace, or damaged: said on the page, tried again at the next poll.
      LOG.warn("dashboard: {}", e.getMessage());
      events.publish(
          "{\"error\":"
              + com.fasterxml.jackson.databind.node.TextNode.valueOf(String.valueOf(e.getMessage()))
              + "}");
    }
  }

  private void publish(Instant now) {
    events.publish(view.render(folder, summary, charts));
    sent = now;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Responses.secure(exchange);
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.text(exchange, 405, "only GET and HEAD");
        return;
      }
      if (path.contains("..") || path.toLowerCase(Locale.ROOT).contains("%2e")) {
        Responses.text(exchange, 400, "path refused: the dashboard serves fixed pages only");
        return;
      }
      if (!Access.allowed(exchange, options, COOKIE)) {
        return;
      }
      route(exchange, path);
    } catch (IOException | RuntimeException e) {
      LOG.debug("dashboard request {}: {}", exchange.getRequestURI(), e.toString());
      exchange.close();
    }
  }

  private void route(HttpExchange exchange, String path) throws IOException {
    switch (path) {
      case "/" -> resource(exchange, "dashboard.html", "text/html; charset=utf-8");
      case "/dashboard.js" -> resource(exchange, "dashboard.js", "text/javascript; charset=utf-8");
      case "/dashboard.css" -> resource(exchange, "dashboard.css", "text/css; charset=utf-8");
      case "/events" -> events.join(exchange);
      default -> {
        Matcher chart = CHART.matcher(path);
        if (chart.matches()) {
          var png = charts.png(Integer.parseInt(chart.group(1)));
          if (png.isPresent()) {
            Responses.bytes(exchange, 200, "image/png", png.get());
            return;
          }
        }
        Responses.text(exchange, 404, "no such page");
      }
    }
  }

  private static void resource(HttpExchange exchange, String name, String type) throws IOException {
    try (InputStream in = DashboardServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the jar lacks " + name);
      }
      Responses.bytes(exchange, 200, type, in.readAllBytes());
    }
  }

  /** How many pages listen now. */
  int listeners() {
    return events.clients();
  }

  @Override
  public void close() {
    follower.shutdownNow();
    events.close();
    http.stop(0);
    handlers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
