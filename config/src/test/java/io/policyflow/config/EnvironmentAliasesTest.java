package io.policyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The documented variables whose names differ from their properties', and where they rank. */
class EnvironmentAliasesTest {

  @Configuration(proxyBeanMethods = false)
  static class Empty {}

  @TempDir Path dir;

  /** An application started with {@code variables} as its whole OS environment. */
  static ConfigurableApplicationContext start(
      Class<?> configuration, Map<String, String> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    environment
        .getPropertySources()
        .replace(name, new SystemEnvironmentPropertySource(name, Map.copyOf(variables)));
    return new SpringApplicationBuilder(configuration)
        .environment(environment)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run();
  }

  @Test
  void anAliasSetsItsProperty() {
    try (var context = start(Empty.class, Map.of("KUSTOMER_API_KEY", "key-from-env"))) {
      assertThat(context.getEnvironment().getProperty("policyflow.kustomer.api-key"))
          .isEqualTo("key-from-env");
    }
  }

  @Test
  void theRelaxedNameWinsOverTheAliasAndBothWinOverApplicationProperties() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("application.properties"),
            "policyflow.magento.base-url=https://from-file.example.com/rest\n"
                + "policyflow.magento.store-code=from-file\n"
                + "management.endpoint.health.show-details=always\n");
    Map<String, String> variables =
        new HashMap<>(
            Map.of(
                "SPRING_CONFIG_LOCATION", file.toUri().toString(),
                "MAGENTO_BASE_URL", "https://alias.example.com/rest",
                "MAGENTO_STORE_CODE", "alias",
                "POLICYFLOW_MAGENTO_STORECODE", "relaxed",
                "HEALTH_SHOW_DETAILS", "never"));
    try (var context = start(Empty.class, variables)) {
      ConfigurableEnvironment environment = context.getEnvironment();
      assertThat(environment.getProperty("policyflow.magento.base-url"))
          .isEqualTo("https://alias.example.com/rest");
      assertThat(environment.getProperty("policyflow.magento.store-code")).isEqualTo("relaxed");
      assertThat(environment.getProperty("management.endpoint.health.show-details"))
          .isEqualTo("never");
    }
  }

  @Test
  void aBlankAliasLeavesThePropertyAlone() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("application.properties"),
            "management.endpoint.health.show-details=always\n");
    try (var context =
        start(
            Empty.class,
            Map.of(
                "SPRING_CONFIG_LOCATION",
                file.toUri().toString(),
                "HEALTH_SHOW_DETAILS",
                " ",
                "MAGENTO_STORE_CODE",
                ""))) {
      assertThat(context.getEnvironment().getProperty("management.endpoint.health.show-details"))
          .isEqualTo("always");
      assertThat(context.getEnvironment().containsProperty("policyflow.magento.store-code"))
          .isFalse();
    }
  }

  @Test
  void anAliasedValueSaysWhichVariableItCameFrom() {
    try (var context = start(Empty.class, Map.of("MAGENTO_READ_TIMEOUT", "45s"))) {
      PropertySource<?> aliases =
          context
              .getEnvironment()
              .getPropertySources()
              .get(EnvironmentAliases.PROPERTY_SOURCE_NAME);
      assertThat(OriginLookup.getOrigin(aliases, "policyflow.magento.read-timeout"))
          .hasToString("System Environment Property \"MAGENTO_READ_TIMEOUT\"");
    }
  }

  @Test
  void everyAliasNamesAPolicyflowSpringOrTemporalProperty() {
    assertThat(EnvironmentAliases.ALIASES)
        .allSatisfy(
            (variable, property) -> {
              assertThat(variable).matches("[A-Z][A-Z0-9_]*");
              assertThat(property).matches("(policyflow|spring|management)\\.[a-z0-9.-]+");
            });
  }
}
