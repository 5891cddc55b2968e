package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Admin username/password → admin token, renewed once on 401; the two-factor refusal in plain
 * words.
 */
class AdminTokenAuthTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private static final String TOKEN_URL = API + "/integration/admin/token";
  private static final String TWO_FA =
      """
      {"message":"Please use the 2fa provider-specific endpoints to obtain a token.",
       "parameters":{"active_providers":["google"]}}""";

  private MutableClock clock;
  private MagentoClient client;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(Instant.parse("2024-05-06T10:00:00Z"));
    MagentoConfig config =
        new MagentoConfig(
            wm.baseUrl() + "/rest",
            new MagentoCredentials.AdminPassword("policyflow", "s3cret!"),
            Duration.ofSeconds(1),
            Duration.ofMillis(1500),
            "default");
    client = MagentoClients.create(config, MagentoResilience.defaults(), clock);
  }

  @Test
  void tokenIsFetchedOnceAndSentAsBearer() {
    wm.stubFor(post(urlEqualTo(TOKEN_URL)).willReturn(json("\"adm-token-1\"")));
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .withHeader("Authorization", equalTo("Bearer adm-token-1"))
            .willReturn(json(Fixtures.magento("order-1042.json"))));

    client.order(1042);
    client.order(1042);

    wm.verify(
        1,
        postRequestedFor(urlEqualTo(TOKEN_URL))
            .withHeader("Content-Type", equalTo("application/json"))
            .withoutHeader("Authorization")
            .withRequestBody(
                equalToJson("{\"username\":\"policyflow\",\"password\":\"s3cret!\"}")));
    wm.verify(2, getRequestedFor(urlEqualTo(API + "/orders/1042")));
  }

  @Test
  void expiredTokenIsRenewedOnceOn401AndTheRequestSentAgain() {
    wm.stubFor(
        post(urlEqualTo(TOKEN_URL))
            .inScenario("tokens")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("second")
            .willReturn(json("\"adm-token-1\"")));
    wm.stubFor(
        post(urlEqualTo(TOKEN_URL))
            .inScenario("tokens")
            .whenScenarioStateIs("second")
            .willReturn(json("\"adm-token-2\"")));
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .withHeader("Authorization", equalTo("Bearer adm-token-1"))
            .inScenario("expiry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("expired")
            .willReturn(json(Fixtures.magento("order-1042.json"))));
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .withHeader("Authorization", equalTo("Bearer adm-token-1"))
            .inScenario("expiry")
            .whenScenarioStateIs("expired")
            .willReturn(json(Fixtures.magento("error-401-acl.json")).withStatus(401)));
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .withHeader("Authorization", equalTo("Bearer adm-token-2"))
            .willReturn(json(Fixtures.magento("order-1042.json"))));

    client.order(1042);
    clock.advance(Duration.ofHours(4)); // Magento's default admin token lifetime
    assertThat(client.order(1042).entityId()).isEqualTo(1042L);

    wm.verify(2, postRequestedFor(urlEqualTo(TOKEN_URL)));
    wm.verify(3, getRequestedFor(urlEqualTo(API + "/orders/1042")));
    wm.verify(
        1,
        getRequestedFor(urlEqualTo(API + "/orders/1042"))
            .withHeader("Authorization", equalTo("Bearer adm-token-2")));
  }

  @Test
  void a401WithABrandNewTokenIsAnAclRefusalAndIsNotRetried() {
    wm.stubFor(post(urlEqualTo(TOKEN_URL)).willReturn(json("\"adm-token-1\"")));
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(json(Fixtures.magento("error-401-acl.json")).withStatus(401)));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(failure.getOriginalMessage()).contains("Magento_Sales::actions_view");
    wm.verify(1, postRequestedFor(urlEqualTo(TOKEN_URL)));
    wm.verify(1, getRequestedFor(urlEqualTo(API + "/orders/1042")));
  }

  @Test
  void twoFactorRefusalSaysWhatToConfigureAndIsNotAskedAgainRightAway() {
    wm.stubFor(post(urlEqualTo(TOKEN_URL)).willReturn(json(TWO_FA).withStatus(401)));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .startsWith(
            "Magento refuses admin tokens because two-factor auth is on: use an integration "
                + "(MAGENTO_CONSUMER_KEY")
        .contains("'Allow OAuth Access Tokens to be used as standalone Bearer tokens'")
        .contains("disable Magento_TwoFactorAuth")
        .contains("Please use the 2fa provider-specific endpoints to obtain a token.");
    assertThat(AdminTokenAuth.isTwoFactorRefusal(failure)).isTrue();
    wm.verify(0, getRequestedFor(urlEqualTo(API + "/orders/1042")));

    ApplicationFailure again =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));
    assertThat(AdminTokenAuth.isTwoFactorRefusal(again)).isTrue();
    wm.verify(1, postRequestedFor(urlEqualTo(TOKEN_URL)));

    clock.advance(AdminTokenAuth.REFUSAL_HOLD.plusSeconds(1));
    catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));
    wm.verify(2, postRequestedFor(urlEqualTo(TOKEN_URL)));
  }

  @Test
  void olderStoresRefuseWith400AndTheSameMessage() {
    wm.stubFor(
        post(urlEqualTo(TOKEN_URL))
            .willReturn(
                json("{\"message\":\"Please use the 2fa provider-specific endpoints to obtain a token.\"}")
                    .withStatus(400)));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(AdminTokenAuth.isTwoFactorRefusal(failure)).isTrue();
    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
  }

  @Test
  void wrongPasswordNamesTheSettingsAndTheLockout() {
    wm.stubFor(
        post(urlEqualTo(TOKEN_URL))
            .willReturn(
                json("""
        {"message":"The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."}""")
                    .withStatus(401)));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .contains("MAGENTO_ADMIN_USERNAME")
        .contains("locks the account")
        .contains("The account sign-in was incorrect");
    assertThat(AdminTokenAuth.isTwoFactorRefusal(failure)).isFalse();
  }

  @Test
  void storeDownWhileFetchingTheTokenIsRetryable() {
    wm.stubFor(
        post(urlEqualTo(TOKEN_URL))
            .willReturn(json(Fixtures.magento("error-500-masked.json")).withStatus(503)));

    ApplicationFailure failure =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(failure.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
