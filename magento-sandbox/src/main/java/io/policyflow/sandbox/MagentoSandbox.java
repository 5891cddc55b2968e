package io.policyflow.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.policyflow.sandbox.api.ApiServices;
import io.policyflow.sandbox.api.SandboxApi;
import io.policyflow.sandbox.auth.AdminTokenService;
import io.policyflow.sandbox.auth.OAuthVerifier;
import io.policyflow.sandbox.auth.TokenAuthenticator;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.data.FixtureLoader;
import io.policyflow.sandbox.demo.DemoData;
import io.policyflow.sandbox.fault.Faults;
import io.policyflow.sandbox.http.ApiRequest;
import io.policyflow.sandbox.http.ApiResponse;
import io.policyflow.sandbox.http.RequestDispatcher;
import io.policyflow.sandbox.http.SandboxHttpHandler;
import io.policyflow.sandbox.refund.RefundService;
import io.policyflow.sandbox.search.SearchEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A running Magento 2.4 REST simulator. Start with {@link #start(SandboxConfig)}; clients use
 * {@link #baseUrl()} ({@code http://127.0.0.1:<port>/rest/default}) and append {@code /V1/...}.
 * Also served: {@code /rest/V1/...} and {@code /rest/<any store code>/V1/...}.
 */
public final class MagentoSandbox implements AutoCloseable {

  private static final int THREADS = 8;

  private final SandboxConfig config;
  private final SandboxStore store;
  private final RequestDispatcher dispatcher;
  private final Faults faults;
  private final HttpServer server;
  private final ExecutorService executor;

  private MagentoSandbox(
      SandboxConfig config,
      SandboxStore store,
      RequestDispatcher dispatcher,
      Faults faults,
      HttpServer server,
      ExecutorService executor) {
    this.config = config;
    this.store = store;
    this.dispatcher = dispatcher;
    this.faults = faults;
    this.server = server;
    this.executor = executor;
  }

  public static MagentoSandbox start(SandboxConfig config) {
    SandboxStore store = new SandboxStore(initialData(config));
    AtomicReference<HttpServer> bound = new AtomicReference<>();
    OAuthVerifier oauth =
        new OAuthVerifier(
            config.consumerKey(),
            config.consumerSecret(),
            config.accessToken(),
            config.accessTokenSecret(),
            config.clock(),
            () -> authority(bound.get()));
    TokenAuthenticator authenticator =
        new TokenAuthenticator(config.accessToken(), config.integrationBearer(), oauth);
    ApiServices services =
        new ApiServices(
            config,
            store,
            new SearchEngine(
                config.inputLimitEnabled(), config.maxPageSize(), config.defaultPageSize()),
            new RefundService(config.strictInvoiceRefundCheck()),
            new AdminTokenService(
                config.adminUsername(),
                config.adminPassword(),
                config.twoFactorAuth(),
                config.clock(),
                authenticator));
    Faults faults = new Faults();
    RequestDispatcher dispatcher =
        new RequestDispatcher(
            SandboxApi.router(services),
            authenticator,
            config.clock(),
            faults,
            config.faultControl());
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    HttpServer server;
    try {
      server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException(
          "Cannot bind the Magento sandbox to " + config.bindAddress() + ":" + config.port(), e);
    }
    bound.set(server);
    server.createContext("/", new SandboxHttpHandler(dispatcher));
    server.setExecutor(executor);
    server.start();
    return new MagentoSandbox(config, store, dispatcher, faults, server, executor);
  }

  private static Supplier<DataSet> initialData(SandboxConfig config) {
    if (config.fixture() != null) {
      // the store loads it at once, so a broken file fails start() before anything listens
      return () -> FixtureLoader.load(config.fixture());
    }
    return () -> DemoData.build(config.clock().instant());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://<host>:<port>/rest/default}; a wildcard bind is reported as 127.0.0.1. */
  public String baseUrl() {
    return "http://" + authority(server) + "/rest/default";
  }

  /** {@code host:port} of the bound server, a wildcard bind as 127.0.0.1. */
  private static String authority(HttpServer server) {
    InetAddress address = server.getAddress().getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return host + ":" + server.getAddress().getPort();
  }

  public SandboxStore store() {
    return store;
  }

  /**
   * The injected faults, e.g. {@code faults().add(FaultRule.on("POST",
   * glob).withStatus(503).withTimes(3))} with the glob <code>/V1/order/&#42;/refund</code>, and
   * {@code faults().clear()}. Also over HTTP at {@code /__sandbox/faults} when {@link
   * SandboxConfig#faultControl()}.
   */
  public Faults faults() {
    return faults;
  }

  public SandboxConfig config() {
    return config;
  }

  /** The request pipeline without HTTP (same behaviour as over the wire). */
  public ApiResponse handle(ApiRequest request) {
    return dispatcher.dispatch(request);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "magento-sandbox-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
