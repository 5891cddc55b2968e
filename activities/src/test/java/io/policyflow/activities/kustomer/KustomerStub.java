package io.policyflow.activities.kustomer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A WireMock Kustomer, Kustomer-shaped bodies from {@code src/test/resources/kustomer/}, and a real
 * client.
 */
final class KustomerStub {

  static final String KEY = "eyJhbGciOiJIUzI1NiJ9.kustomer-test-key";
  static final String JANE = "6630aa11bb22cc33dd44ee55";
  static final String CHAT = "6632cc00dd00ee00ff000111";
  static final String EMAIL_CONVERSATION = "6632cc00dd00ee00ff000222";
  static final String WHATSAPP_CONVERSATION = "6632cc00dd00ee00ff000333";
  static final String BOT = "6600b0b0b0b0b0b0b0b0b001";
  static final Instant NOW = Instant.parse("2024-05-03T08:41:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private KustomerStub() {}

  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  }

  static KustomerConfig config(WireMockExtension wm) {
    return new KustomerConfig(
        wm.baseUrl(),
        KEY,
        Duration.ofSeconds(1),
        Duration.ofMillis(1500),
        null,
        Duration.ofSeconds(60));
  }

  static KustomerClient client(WireMockExtension wm) {
    return KustomerClients.create(config(wm), CLOCK);
  }

  static String fixture(String name) {
    try (InputStream in = KustomerStub.class.getResourceAsStream("/kustomer/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture kustomer/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Kustomer answer: JSON body, with the rate-limit headers every answer carries. */
  static ResponseDefinitionBuilder json(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("x-ratelimit-limit", "1000")
        .withHeader("x-ratelimit-remaining", "998")
        .withHeader("x-ratelimit-reset", "42")
        .withBody(fixture(fixture));
  }
}
