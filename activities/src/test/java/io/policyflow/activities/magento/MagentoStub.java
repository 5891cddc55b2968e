package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A WireMock Magento and a real client pointed at it. */
final class MagentoStub {
  static final String API = "/rest/default/V1";
  static final String TOKEN = "integration-token-123";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T10:00:00Z"), ZoneOffset.UTC);

  private MagentoStub() {}

  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  }

  static MagentoConfig config(WireMockExtension wm) {
    return new MagentoConfig(
        wm.baseUrl() + "/rest", TOKEN, Duration.ofSeconds(1), Duration.ofMillis(1500), "default");
  }

  static MagentoClient client(WireMockExtension wm) {
    return MagentoClients.create(config(wm), new BearerTokenAuth(TOKEN), CLOCK);
  }
}
