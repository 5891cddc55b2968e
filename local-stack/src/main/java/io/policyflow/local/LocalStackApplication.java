package io.policyflow.local;

import io.policyflow.api.ApiConfiguration;
import io.policyflow.worker.WorkerConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The whole product in one JVM: `./mvnw -pl local-stack -am spring-boot:run`. */
@SpringBootApplication
@Import({WorkerConfiguration.class, ApiConfiguration.class})
public class LocalStackApplication {

  public static void main(String[] args) {
    LocalStack stack = LocalStack.start(System.getenv(), args);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
  }
}
