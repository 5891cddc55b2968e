package io.policyflow.activities.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.channel.ChannelFailures;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.HandoffView;
import io.policyflow.refund.conversation.Message;
import io.policyflow.refund.conversation.RefundView;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookChannelActivitiesTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String SECRET = "whsec-test-0123456789";
  private static final Message FOLLOW_UP =
      new Message(
          7,
          Author.BOT,
          "Hi Jane, did your refund of $10.00 arrive?",
          List.of("Yes", "No"),
          Instant.parse("2024-05-13T09:00:00Z"));

  @Test
  void postsTheEventAsJsonSignedOverTheExactBody() throws Exception {
    wm.stubFor(post(urlEqualTo("/hooks/policyflow")).willReturn(aResponse().withStatus(204)));

    channel(wm.baseUrl() + "/hooks/policyflow").deliver(ChannelEvent.message("conv-42", FOLLOW_UP));

    LoggedRequest request = wm.findAll(postRequestedFor(urlEqualTo("/hooks/policyflow"))).get(0);
    String body = request.getBodyAsString();
    assertThat(body)
        .isEqualTo(
            "{\"conversationId\":\"conv-42\",\"type\":\"message\",\"message\":{\"seq\":7,"
                + "\"author\":\"BOT\",\"text\":\"Hi Jane, did your refund of $10.00 arrive?\",\"options\":[\"Yes\",\"No\"],"
                + "\"at\":\"2024-05-13T09:00:00Z\"}}");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeader("X-Policyflow-Signature"))
        .isEqualTo("sha256=" + hmacHex(request.getBody(), SECRET));
    assertThat(
            WebhookSignature.verify(
                request.getBody(), SECRET, request.getHeader("X-Policyflow-Signature")))
        .isTrue();
  }

  @Test
  void carriesStandardWebhooksHeadersThatAChatBackendCanVerify() {
    wm.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));

    channel(wm.baseUrl() + "/hook").deliver(ChannelEvent.message("conv-42", FOLLOW_UP));

    LoggedRequest request = wm.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
    assertThat(request.getHeader("webhook-id")).matches("msg_[0-9a-f]{32}");
    assertThat(request.getHeader("webhook-signature")).startsWith("v1,");
    assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
        .isBetween(Instant.now().getEpochSecond() - 5, Instant.now().getEpochSecond() + 1);
    assertThat(
            verifiesAsStandardWebhook(
                request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"),
                request.getBody(),
                request.getHeader("webhook-signature"),
                SECRET))
        .isTrue();
    assertThat(
            verifiesAsStandardWebhook(
                request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"),
                request
                    .getBodyAsString()
                    .replace("conv-42", "conv-43")
                    .getBytes(StandardCharsets.UTF_8),
                request.getHeader("webhook-signature"),
                SECRET))
        .as("the body is signed")
        .isFalse();
    assertThat(
            verifiesAsStandardWebhook(
                "msg_other",
                request.getHeader("webhook-timestamp"),
                request.getBody(),
                request.getHeader("webhook-signature"),
                SECRET))
        .as("the id is signed")
        .isFalse();
  }

  @Test
  void aRetriedDeliveryKeepsItsWebhookIdWithAFreshSignatureAndADifferentEventGetsAnother() {
    wm.stubFor(
        post(urlEqualTo("/hook"))
            .inScenario("retry")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wm.stubFor(
        post(urlEqualTo("/hook"))
            .inScenario("retry")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(204)));
    WebhookChannelActivities channel = channel(wm.baseUrl() + "/hook");
    ChannelEvent event = ChannelEvent.message("conv-42", FOLLOW_UP);

    ApplicationFailure failed =
        catchThrowableOfType(ApplicationFailure.class, () -> channel.deliver(event));
    channel.deliver(ChannelEvent.message("conv-42", FOLLOW_UP));
    channel.deliver(
        ChannelEvent.message(
            "conv-42", new Message(8, Author.BOT, FOLLOW_UP.text(), List.of(), FOLLOW_UP.at())));
    channel.deliver(ChannelEvent.message("conv-41", FOLLOW_UP));
    channel.deliver(
        ChannelEvent.handoff(
            "conv-42",
            new HandoffView("asked for a person", null, Instant.parse("2024-05-13T09:01:00Z"))));

    assertThat(failed.isNonRetryable()).isFalse();
    List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo("/hook")));
    assertThat(requests).hasSize(5);
    List<String> ids = requests.stream().map(r -> r.getHeader("webhook-id")).toList();
    assertThat(ids.get(1)).as("the retry of the same event").isEqualTo(ids.get(0));
    assertThat(ids.subList(1, 5)).doesNotHaveDuplicates();
    for (LoggedRequest request : requests) {
      assertThat(
              verifiesAsStandardWebhook(
                  request.getHeader("webhook-id"),
                  request.getHeader("webhook-timestamp"),
                  request.getBody(),
                  request.getHeader("webhook-signature"),
                  SECRET))
          .isTrue();
    }
  }

  @Test
  void aWhsecSecretIsBase64DecodedForTheStandardSignatureAndTheDeprecatedHeaderIsUnchanged()
      throws Exception {
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    wm.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));

    new WebhookChannelActivities(
            new WebhookChannelConfig(wm.baseUrl() + "/hook", secret, Duration.ofSeconds(2)))
        .deliver(ChannelEvent.message("conv-42", FOLLOW_UP));

    LoggedRequest request = wm.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
    assertThat(
            verifiesAsStandardWebhook(
                request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"),
                request.getBody(),
                request.getHeader("webhook-signature"),
                secret))
        .isTrue();
    assertThat(request.getHeader("X-Policyflow-Signature"))
        .isEqualTo("sha256=" + hmacHex(request.getBody(), secret));
  }

  @Test
  void aWhsecSecretThatIsNotBase64FailsAtConstruction() {
    assertThatThrownBy(
            () ->
                new WebhookChannelActivities(
                    new WebhookChannelConfig(wm.baseUrl(), "whsec_not base64!", null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Base64");
  }

  @Test
  void handoffEventLeavesOutTheMessage() {
    wm.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
    HandoffView handoff =
        new HandoffView("amount above threshold", null, Instant.parse("2024-05-06T10:00:00.250Z"));

    channel(wm.baseUrl() + "/hook").deliver(ChannelEvent.handoff("conv-43", handoff));

    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0).getBodyAsString())
        .isEqualTo(
            "{\"conversationId\":\"conv-43\",\"type\":\"handoff\","
                + "\"handoff\":{\"reason\":\"amount above threshold\",\"at\":\"2024-05-06T10:00:00.250Z\"}}");
  }

  @Test
  void wireFormatWritesDatesAndAmountsAsStrings() throws Exception {
    String json =
        WebhookChannelActivities.defaultMapper()
            .writeValueAsString(
                new RefundView(
                    "87",
                    new BigDecimal("10.00"),
                    "USD",
                    Instant.parse("2024-05-06T10:00:00Z"),
                    LocalDate.of(2024, 5, 13)));

    assertThat(json)
        .isEqualTo(
            "{\"creditMemoId\":\"87\",\"amount\":\"10.00\",\"currency\":\"USD\","
                + "\"issuedAt\":\"2024-05-06T10:00:00Z\",\"expectedBy\":\"2024-05-13\"}");
  }

  @Test
  void withoutAUrlNothingIsSent() {
    WebhookChannelActivities disabled =
        new WebhookChannelActivities(new WebhookChannelConfig(" ", null, null));

    disabled.deliver(ChannelEvent.message("conv-42", FOLLOW_UP));

    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aUrlWithoutASecretFailsAtConstruction() {
    assertThatThrownBy(
            () -> new WebhookChannelActivities(new WebhookChannelConfig(wm.baseUrl(), "", null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secret");
  }

  @Test
  void serverErrorIsRetryable() {
    wm.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(500)));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(wm.baseUrl() + "/hook")
                    .deliver(ChannelEvent.message("conv-42", FOLLOW_UP)));

    assertThat(failure.getType()).isEqualTo(WebhookChannelActivities.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  @Test
  void tooManyRequestsHonoursRetryAfter() {
    wm.stubFor(
        post(urlEqualTo("/hook"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(wm.baseUrl() + "/hook")
                    .deliver(ChannelEvent.message("conv-42", FOLLOW_UP)));

    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void unavailableHonoursARetryAfterDate() {
    String inTwoMinutes =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(2));
    wm.stubFor(
        post(urlEqualTo("/hook"))
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", inTwoMinutes)));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(wm.baseUrl() + "/hook")
                    .deliver(ChannelEvent.message("conv-42", FOLLOW_UP)));

    assertThat(failure.getType()).isEqualTo(WebhookChannelActivities.UNAVAILABLE);
    assertThat(failure.getNextRetryDelay())
        .isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120));
  }

  @Test
  void droppedConnectionIsRetryable() {
    wm.stubFor(
        post(urlEqualTo("/hook"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(wm.baseUrl() + "/hook")
                    .deliver(ChannelEvent.message("conv-42", FOLLOW_UP)));

    assertThat(failure.getType()).isEqualTo(WebhookChannelActivities.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  @Test
  void badRequestIsRejectedForGood() {
    wm.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(400)));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                channel(wm.baseUrl() + "/hook")
                    .deliver(ChannelEvent.message("conv-42", FOLLOW_UP)));

    assertThat(failure.getType()).isEqualTo(ChannelFailures.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
  }

  private static WebhookChannelActivities channel(String url) {
    return new WebhookChannelActivities(
        new WebhookChannelConfig(url, SECRET, Duration.ofSeconds(2)));
  }

  /**
   * A chat backend's check, written from the Standard Webhooks spec without the production signer:
   * the key is the Base64 after {@code whsec_} or else the secret's UTF-8 bytes; HMAC-SHA256 over
   * {@code id.timestamp.body}; any {@code v1,<Base64>} of the space-separated list matches,
   * compared in constant time; 5 minutes' tolerance.
   */
  private static boolean verifiesAsStandardWebhook(
      String id, String timestamp, byte[] body, String signatures, String secret) {
    if (id == null
        || timestamp == null
        || signatures == null
        || !timestamp.matches("\\d{1,12}")
        || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
      return false;
    }
    byte[] key =
        secret.startsWith("whsec_")
            ? Base64.getDecoder().decode(secret.substring(6))
            : secret.getBytes(StandardCharsets.UTF_8);
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      expected = mac.doFinal(body);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    for (String signature : signatures.split(" ")) {
      if (signature.startsWith("v1,")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
        return true;
      }
    }
    return false;
  }

  /** Computed here, independently of {@link WebhookSignature}. */
  private static String hmacHex(byte[] body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
