package io.policyflow.local;

import io.policyflow.api.ApiConfiguration;
import io.policyflow.worker.WorkerConfiguration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The whole product in one JVM: `./mvnw -pl local-stack -am spring-boot:run`. */
@SpringBootApplication
@Import({WorkerConfiguration.class, ApiConfiguration.class})
public class LocalStackApplication {

  public static void main(String[] args) {
    Map<String, String> env = new HashMap<>(System.getenv());
    // POLICYFLOW_TEMPORAL=dev: Temporal's own server (temporal server start-dev) instead of the
    // embedded one
    TemporalCliServer temporal = TemporalDevMode.startIfAsked(env).orElse(null);
    if (temporal == null) {
      LocalStack stack = LocalStack.start(env, args);
      Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
      return;
    }
    env.put("TEMPORAL_ADDRESS", temporal.target());
    LocalStack stack;
    try {
      stack = LocalStack.start(env, args);
    } catch (RuntimeException e) {
      temporal.stop();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    stack.close();
                  } finally {
                    temporal.stop();
                  }
                },
                "local-stack-shutdown"));
    System.out.println(TemporalDevMode.describe(temporal));
    System.out.println();
  }
}
