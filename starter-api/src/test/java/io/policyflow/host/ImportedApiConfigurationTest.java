package io.policyflow.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.api.ApiConfiguration;
import io.policyflow.api.ApiProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What local-stack does: its own application (another package) imports {@link ApiConfiguration},
 * without the API's application.yml. The defaults come from code, and a blank token is generated
 * and printed once.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportedApiConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(ApiConfiguration.class)
  static class HostApplication {}

  @Test
  void theApiWorksInsideAnotherApplication(CapturedOutput output) throws Exception {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(HostApplication.class)
            .run(
                "--spring.config.name=policyflow-host-without-config",
                "--server.port=0",
                "--spring.temporal.test-server.enabled=true",
                "--spring.temporal.workers[0].task-queue=refund-conversations",
                "--spring.temporal.workers[0].workflow-classes[0]=io.policyflow.api.EchoRefundWorkflow")) {
      assertThat(context.getEnvironment().getProperty("spring.application.name"))
          .as("the API's application.yml is not read")
          .isNull();
      ApiProperties properties = context.getBean(ApiProperties.class);
      assertThat(properties.turnTimeout()).isEqualTo(Duration.ofSeconds(5));

      Matcher printed =
          Pattern.compile(
                  "Policyflow API token \\(generated, set POLICYFLOW_API_TOKEN to fix it\\): ([A-Za-z0-9_-]{43})")
              .matcher(output.getOut());
      assertThat(printed.find()).as("the generated token is printed").isTrue();
      String token = printed.group(1);
      assertThat(printed.find()).as("printed once").isFalse();
      assertThat(properties.toString()).doesNotContain(token);

      String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest.Builder open =
          HttpRequest.newBuilder(URI.create(base + "/v1/refunds"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"conversationId\": \"host-1\"}"));

      assertThat(http.send(open.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(401);
      HttpResponse<String> created =
          http.send(
              open.header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(created.body()).contains("\"workflowId\":\"refund-host-1\"");
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }
}
