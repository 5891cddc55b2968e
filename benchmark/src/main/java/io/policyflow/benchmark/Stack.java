package io.policyflow.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import io.policyflow.local.LocalStack;
import io.policyflow.sandbox.MagentoSandbox;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The local stack as the benchmark runs it: {@link LocalStack} (embedded Temporal server, Magento
 * sandbox loaded from the benchmark's fixture, worker and API in one Spring context) on free
 * loopback ports, plus the benchmark's floor endpoints, floor workflows and no-op activities in the
 * same context and worker factory.
 */
final class Stack implements AutoCloseable {

  /** Settings the benchmark changes from the local stack's defaults; reported as they are. */
  static final List<String> OVERRIDES =
      List.of(
          // The Magento client's limiter protects a real store (20 calls/s, 10 at once by default).
          // A refund
          // conversation makes 10 store calls, so the default caps the product at ~2
          // conversations/s whatever
          // Temporal does; against the local sandbox the benchmark lifts it to measure the rest.
          "--policyflow.magento.resilience.rate-limit-per-second=100000",
          "--policyflow.magento.resilience.max-concurrent-calls=1000",
          // The console is not what is measured: INFO lines per conversation would be.
          "--logging.level.io.policyflow=WARN",
          "--logging.level.io.temporal=WARN",
          "--logging.level.org.springframework=WARN",
          "--logging.level.org.apache=WARN");

  private final LocalStack stack;
  private final String token;
  private final Method getCache;
  private final Object cache;

  private Stack(LocalStack stack, String token) {
    this.stack = stack;
    this.token = token;
    try {
      // WorkerFactory#getCache is package-private (@VisibleForTesting): the benchmark reads the
      // workflow cache's
      // size and empties it to tell the worker's heap from the server's.
      getCache = WorkerFactory.class.getDeclaredMethod("getCache");
      getCache.setAccessible(true);
      cache = getCache.invoke(workerFactory());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach the worker factory's workflow cache", e);
    }
  }

  static Stack start(Path fixture, List<String> extraArgs) {
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--policyflow.api.token=" + token,
                "--spring.main.sources=" + BenchmarkConfiguration.class.getName(),
                "--spring.temporal.workers-auto-discovery.workflow-packages="
                    + Stack.class.getPackageName(),
                "--spring.temporal.workers-auto-discovery.register-activity-beans=true"));
    args.addAll(OVERRIDES);
    args.addAll(extraArgs);
    LocalStack stack =
        LocalStack.start(
            Map.of(
                "TEMPORAL_PORT", "0", "SANDBOX_PORT", "0", "SANDBOX_FIXTURE", fixture.toString()),
            args.toArray(String[]::new));
    return new Stack(stack, token);
  }

  Api api() {
    return new Api(stack.apiPort(), token);
  }

  WorkflowClient client() {
    return stack.context().getBean(WorkflowClient.class);
  }

  WorkerFactory workerFactory() {
    return stack.context().getBean(WorkerFactory.class);
  }

  MeterRegistry meters() {
    return stack.context().getBean(MeterRegistry.class);
  }

  MagentoSandbox sandbox() {
    return stack.sandbox();
  }

  String property(String name, String otherwise) {
    return stack.context().getEnvironment().getProperty(name, otherwise);
  }

  long cachedWorkflows() {
    return (long) call("size");
  }

  int cacheMisses() {
    return (int) call("getCacheMisses");
  }

  /** Evicts every workflow from the worker's cache (their next task replays the history). */
  void invalidateCache() {
    call("invalidateAll");
  }

  private Object call(String method) {
    try {
      Method m = cache.getClass().getMethod(method);
      return m.invoke(cache);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stack.close();
  }
}
