package io.policyflow.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs the HTTP API alone, against the Temporal server at {@code TEMPORAL_ADDRESS}. */
@SpringBootApplication
@Import(ApiConfiguration.class)
public class ApiApplication {

  public static void main(String[] args) {
    SpringApplication.run(ApiApplication.class, args);
  }
}
