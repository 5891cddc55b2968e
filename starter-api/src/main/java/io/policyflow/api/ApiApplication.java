package io.policyflow.api;

import io.policyflow.config.CodecProperties;
import io.temporal.common.converter.DataConverter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Runs the HTTP API alone, against the Temporal server at {@code TEMPORAL_ADDRESS}. */
@SpringBootApplication
@Import(ApiConfiguration.class)
public class ApiApplication {

  public static void main(String[] args) {
    SpringApplication.run(ApiApplication.class, args);
  }

  /**
   * Payload encryption (AES-256-GCM) with {@code policyflow.codec.keys} ({@code
   * POLICYFLOW_CODEC_KEYS}); without keys the API does not start unless {@code
   * policyflow.codec.allow-plaintext} is true (plain JSON, a warning logged): exactly the worker's
   * converter, so both sides read what the other writes. The Temporal starter uses the bean named
   * {@code mainDataConverter} for the client. Here and not in {@link ApiConfiguration}: an
   * application importing that (local-stack) gets this bean from the worker's configuration
   * already.
   */
  @Bean
  public DataConverter mainDataConverter(CodecProperties codec) {
    return codec.dataConverter();
  }
}
