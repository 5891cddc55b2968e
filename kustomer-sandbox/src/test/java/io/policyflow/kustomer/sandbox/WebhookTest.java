package io.policyflow.kustomer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.SignatureEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The simulator calling us: signed deliveries, retries, disabling, and the events a bot cares
 * about.
 */
class WebhookTest {

  @Test
  void aCustomerMessageIsDeliveredSignedOverTimestampAndBody() throws Exception {
    try (Receiver receiver = new Receiver();
        KustomerSandbox sandbox =
            KustomerSandbox.start(
                KustomerSandboxConfig.builder().webhookUrl(receiver.url()).build())) {
      KustomerSandbox.ChatStart chat =
          sandbox.startChat("jane.doe@example.com", "My bottle arrived broken");

      assertThat(chat.status()).isEqualTo(200);
      Receiver.Received delivery = receiver.snapshot().get(0);
      String timestamp = delivery.header("X-Kustomer-Webhook-Timestamp");
      assertThat(Long.parseLong(timestamp))
          .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5L));
      assertThat(delivery.header("X-Kustomer-Webhook-Signature"))
          .isEqualTo(
              HexFormat.of()
                  .formatHex(
                      hmac(timestamp + "." + new String(delivery.body(), StandardCharsets.UTF_8))));
      JsonNode event = Api.JSON.readTree(delivery.body());
      assertThat(event.get("name").asText()).isEqualTo("kustomer.message.create");
      assertThat(event.get("id").asText()).matches("[0-9a-f]{24}");
      assertThat(event.at("/data/type").asText()).isEqualTo("message");
      assertThat(event.at("/data/id").asText()).isEqualTo(chat.messageId());
      assertThat(event.at("/data/attributes/direction").asText()).isEqualTo("in");
      assertThat(event.at("/data/attributes/channel").asText()).isEqualTo("chat");
      assertThat(event.at("/data/attributes/preview").asText())
          .isEqualTo("My bottle arrived broken");
      assertThat(event.at("/data/relationships/conversation/data/id").asText())
          .isEqualTo(chat.conversationId());
      assertThat(event.at("/data/relationships/customer/data/id").asText())
          .isEqualTo(KustomerDemo.JANE_CUSTOMER_ID);
      assertThat(sandbox.queueId(chat.conversationId()))
          .isEqualTo(KustomerDemo.REFUND_BOT_QUEUE_ID);
    }
  }

  @Test
  void withoutATimestampHeaderTheRawBodyIsSignedAndBase64CanBeChosen() throws Exception {
    try (Receiver receiver = new Receiver();
        KustomerSandbox sandbox =
            KustomerSandbox.start(
                KustomerSandboxConfig.builder()
                    .webhookUrl(receiver.url())
                    .timestampHeader(null)
                    .signatureEncoding(SignatureEncoding.BASE64)
                    .build())) {
      sandbox.startChat("jane.doe@example.com", "hello");

      Receiver.Received delivery = receiver.snapshot().get(0);
      assertThat(delivery.header("X-Kustomer-Webhook-Timestamp")).isNull();
      assertThat(delivery.header("X-Kustomer-Webhook-Signature"))
          .isEqualTo(
              Base64.getEncoder()
                  .encodeToString(hmac(new String(delivery.body(), StandardCharsets.UTF_8))));
    }
  }

  @Test
  void aFailedDeliveryIsRetriedAndARedeliveryRepeatsTheSameEvent() throws Exception {
    try (Receiver receiver = new Receiver();
        KustomerSandbox sandbox =
            KustomerSandbox.start(
                KustomerSandboxConfig.builder()
                    .webhookUrl(receiver.url())
                    .webhookRetryDelay(Duration.ofMillis(50))
                    .build())) {
      receiver.status.set(503);
      KustomerSandbox.ChatStart chat = sandbox.startChat("jane.doe@example.com", "hello");
      assertThat(chat.status()).isEqualTo(503);
      receiver.status.set(204);

      await(() -> sandbox.deliveries().get(0).delivered());
      Delivery delivered = sandbox.deliveries().get(0);
      assertThat(delivered.attempts()).isEqualTo(2);
      List<Receiver.Received> attempts = receiver.snapshot();
      assertThat(attempts).hasSize(2);
      assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());

      Delivery again = sandbox.redeliver(delivered.id());
      assertThat(again.attempts()).isEqualTo(3);
      assertThat(receiver.snapshot()).hasSize(3);
      assertThat(Api.JSON.readTree(receiver.snapshot().get(2).body()).at("/data/id").asText())
          .isEqualTo(chat.messageId());
    }
  }

  @Test
  void aWebhookThatKeepsFailingIsDisabled() {
    try (Receiver receiver = new Receiver();
        KustomerSandbox sandbox =
            KustomerSandbox.start(
                KustomerSandboxConfig.builder()
                    .webhookUrl(receiver.url())
                    .webhookMaxAttempts(2)
                    .webhookRetryDelay(Duration.ofMillis(20))
                    .webhookDisableAfterFailures(2)
                    .build())) {
      receiver.status.set(500);
      sandbox.startChat("jane.doe@example.com", "one");
      sandbox.startChat("jane.doe@example.com", "two");

      await(() -> !sandbox.webhookEnabled(receiver.url()));
      int seen = receiver.snapshot().size();
      assertThat(seen).isEqualTo(4);
      KustomerSandbox.ChatStart ignored = sandbox.startChat("jane.doe@example.com", "three");
      assertThat(ignored.deliveries()).isEmpty();
    }
  }

  @Test
  void anAgentClosingSendsAConversationUpdateFromOpenToDone() throws Exception {
    try (Receiver receiver = new Receiver();
        KustomerSandbox sandbox =
            KustomerSandbox.start(
                KustomerSandboxConfig.builder().webhookUrl(receiver.url()).build())) {
      String id = sandbox.startChat("jane.doe@example.com", "hello").conversationId();

      List<Delivery> deliveries = sandbox.agentCloses(id);

      assertThat(deliveries)
          .singleElement()
          .satisfies(d -> assertThat(d.event()).isEqualTo("kustomer.conversation.update"));
      JsonNode event = Api.JSON.readTree(receiver.snapshot().get(1).body());
      assertThat(event.get("name").asText()).isEqualTo("kustomer.conversation.update");
      assertThat(event.at("/data/id").asText()).isEqualTo(id);
      assertThat(event.at("/data/attributes/status").asText()).isEqualTo("done");
      assertThat(event.at("/changes/attributes/status/before").asText()).isEqualTo("open");
      assertThat(event.at("/changes/attributes/status/after").asText()).isEqualTo("done");
      assertThat(event.at("/data/relationships/modifiedBy/data/id").asText())
          .isEqualTo(KustomerDemo.AGENT_USER_ID);
      assertThat(sandbox.status(id)).isEqualTo("done");
    }
  }

  @Test
  void outboundMessagesAreAnnouncedAsynchronouslyWithDirectionOut() throws Exception {
    try (Receiver receiver = new Receiver();
        KustomerSandbox sandbox =
            KustomerSandbox.start(
                KustomerSandboxConfig.builder().webhookUrl(receiver.url()).build())) {
      String id = sandbox.startChat("jane.doe@example.com", "hello").conversationId();
      Api api = new Api(sandbox.baseUrl(), KustomerSandboxConfig.DEFAULT_API_KEY);

      api.post(
          "/v2.1/chat/outbound/messages",
          """
          {"customerId": "%s", "from": "%s", "session": "%s", "body": "Hi from the bot", "auto": true}
          """
              .formatted(KustomerDemo.JANE_CUSTOMER_ID, KustomerDemo.BOT_USER_ID, id));

      await(() -> receiver.snapshot().size() == 2);
      JsonNode event = Api.JSON.readTree(receiver.snapshot().get(1).body());
      assertThat(event.at("/data/attributes/direction").asText()).isEqualTo("out");
      assertThat(event.at("/data/attributes/auto").asBoolean()).isTrue();
    }
  }

  @Test
  void theControlRoutesLetAPersonPlayTheCustomerAndTheAgent() {
    try (Receiver receiver = new Receiver();
        KustomerSandbox sandbox =
            KustomerSandbox.start(
                KustomerSandboxConfig.builder().webhookUrl(receiver.url()).build())) {
      Api control = new Api(sandbox.baseUrl(), null);

      Api.Response started =
          control.post(
              "/sandbox/chats",
              "{\"email\":\"jane.doe@example.com\",\"text\":\"I want a refund\"}");
      String id = started.body().get("conversationId").asText();
      Api.Response wrote =
          control.post("/sandbox/conversations/" + id + "/customer-messages", "{\"text\":\"101\"}");
      Api.Response closed = control.post("/sandbox/conversations/" + id + "/close", null);
      Api.Response view = control.get("/sandbox/conversations/" + id);

      assertThat(started.status()).as(started.toString()).isEqualTo(201);
      assertThat(started.body().at("/webhooks/0/status").asInt()).isEqualTo(200);
      assertThat(wrote.status()).isEqualTo(201);
      assertThat(closed.status()).isEqualTo(200);
      assertThat(view.body().get("status").asText()).isEqualTo("done");
      assertThat(view.body().get("messages"))
          .extracting(m -> m.get("text").asText())
          .containsExactly("I want a refund", "101");
      assertThat(receiver.snapshot()).hasSize(3);
      assertThat(sandbox.requests()).isEmpty();
      Api.Response transcript =
          control.send("GET", "/sandbox/conversations/" + id + "/transcript", null, null);
      assertThat(transcript.header("Content-Type")).startsWith("text/plain");
      assertThat(transcript.raw().body())
          .contains("(done)", "queue: Refund bot", "customer: I want a refund", "customer: 101");
    }
  }

  private static byte[] hmac(String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            KustomerSandboxConfig.DEFAULT_WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8),
            "HmacSHA256"));
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
