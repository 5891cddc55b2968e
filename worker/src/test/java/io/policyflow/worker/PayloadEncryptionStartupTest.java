package io.policyflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.codec.AesGcmPayloadCodec;
import io.policyflow.config.CodecProperties;
import io.policyflow.config.PayloadEncryptionNotConfiguredException;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The worker application (in-memory Temporal) refuses to start without payload keys unless plain
 * payloads are allowed explicitly, and then says so once; with keys it encrypts.
 */
@ExtendWith(OutputCaptureExtension.class)
class PayloadEncryptionStartupTest {

  static final String KEY = "k1:HyYtNDtCSVBXXmVsc3qBiI+WnaSrsrnAx87V3OPq8fg=";

  static ConfigurableApplicationContext start(WebApplicationType web, String... args)
      throws IOException {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.temporal.test-server.enabled=true",
                "--spring.main.banner-mode=off",
                "--policyflow.magento.access-token=sandbox-token",
                "--policyflow.magento.base-url=http://127.0.0.1:"
                    + closedPort()
                    + "/rest/default"));
    arguments.addAll(List.of(args));
    return new SpringApplicationBuilder(WorkerApplication.class)
        .web(web)
        .run(arguments.toArray(String[]::new));
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static String encoding(ConfigurableApplicationContext context) {
    Payload payload =
        context
            .getBean("mainDataConverter", DataConverter.class)
            .toPayload("jane.doe@example.com")
            .orElseThrow();
    return payload.getMetadataOrThrow("encoding").toStringUtf8();
  }

  @Test
  void withoutKeysItRefusesToStartAndNamesTheSettingAndTheOptOut(CapturedOutput output) {
    assertThatThrownBy(() -> start(WebApplicationType.NONE).close())
        .rootCause()
        .isInstanceOf(PayloadEncryptionNotConfiguredException.class)
        .hasMessage(PayloadEncryptionNotConfiguredException.MESSAGE);

    assertThat(PayloadEncryptionNotConfiguredException.MESSAGE)
        .contains(
            "POLICYFLOW_CODEC_KEYS", "docs/production.md", "POLICYFLOW_CODEC_ALLOW_PLAINTEXT=true")
        .doesNotContain("\n");
    assertThat(output.getOut())
        .contains("APPLICATION FAILED TO START")
        .containsPattern(
            "Description:\\R\\R"
                + Pattern.quote(PayloadEncryptionNotConfiguredException.MESSAGE)
                + "\\R\\RAction:");
  }

  @Test
  void withThePlaintextOptOutItStartsWarnsOnceAndHidesHealthDetails(CapturedOutput output)
      throws Exception {
    try (ConfigurableApplicationContext context =
        start(
            WebApplicationType.SERVLET,
            "--server.port=0",
            "--management.server.port=0",
            "--policyflow.codec.allow-plaintext=true")) {
      assertThat(encoding(context)).isEqualTo("json/plain");
      assertThat(
              Pattern.compile("WARN.*" + Pattern.quote(CodecProperties.PLAINTEXT_WARNING))
                  .matcher(output.getOut())
                  .results()
                  .count())
          .as(output.getOut())
          .isEqualTo(1);

      String management = context.getEnvironment().getRequiredProperty("local.management.port");
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + management + "/actuator/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.body())
          .as("by default, no details")
          .contains("\"status\"")
          .doesNotContain("components", "magento", "127.0.0.1");
    }
  }

  @Test
  void withKeysItEncryptsAndDoesNotWarn(CapturedOutput output) throws Exception {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, "--policyflow.codec.keys=" + KEY)) {
      assertThat(encoding(context)).isEqualTo(AesGcmPayloadCodec.ENCODING);
      assertThat(output.getOut()).doesNotContain("payload encryption is OFF");
    }
  }
}
