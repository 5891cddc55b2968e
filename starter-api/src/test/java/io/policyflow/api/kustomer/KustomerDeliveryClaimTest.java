package io.policyflow.api.kustomer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.policyflow.api.kustomer.KustomerApiProperties.SignatureEncoding;
import io.policyflow.api.kustomer.KustomerApiProperties.Webhook;
import io.policyflow.api.refunds.TemporalUnavailableException;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.CustomerMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/**
 * The controller's claim around the service, with the service stubbed: a failed signal (Temporal
 * unavailable) lets the redelivery through, a copy arriving during the signal is told to come back,
 * one arriving after is a duplicate.
 */
class KustomerDeliveryClaimTest {

  static final String SECRET = "kustomer-claim-test-secret";
  static final String CONVERSATION = "6632cc00dd00ee00ff000111";

  final KustomerWebhookService service = mock(KustomerWebhookService.class);
  final KustomerWebhookController controller =
      new KustomerWebhookController(
          new KustomerWebhookSettings(
              new KustomerApiProperties(
                  null,
                  null,
                  new Webhook(
                      SECRET,
                      Webhooks.SIGNATURE,
                      Webhooks.TIMESTAMP,
                      SignatureEncoding.AUTO,
                      Duration.ofMinutes(5),
                      false,
                      DataSize.ofMegabytes(1),
                      new KustomerApiProperties.Routing(null, null),
                      Duration.ofSeconds(3))),
              Clock.systemUTC()),
          service);
  final Webhooks signer = new Webhooks(0, SECRET);

  MockHttpServletRequest delivery(String body) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", KustomerWebhookController.PATH);
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    request.addHeader(Webhooks.SIGNATURE, signer.sign(timestamp + "." + body));
    request.addHeader(Webhooks.TIMESTAMP, timestamp);
    return request;
  }

  static KustomerWebhookService.Outcome signalled() {
    return KustomerWebhookService.Outcome.of(KustomerWebhookService.SIGNALLED, CONVERSATION, null);
  }

  @Test
  void aFailedSignalReleasesTheMessageSoThatKustomersRetryGetsThrough() throws Exception {
    when(service.customerMessage(
            eq(CONVERSATION), any(CustomerMessage.class), any(ConversationContext.class)))
        .thenThrow(
            new TemporalUnavailableException(
                "Temporal is unavailable; deliver the event again later.", null))
        .thenReturn(signalled());
    String body = Webhooks.messageCreate(CONVERSATION, "6632cc00dd00ee00ff000222", "in", "hello");

    TemporalUnavailableException failed =
        catchThrowableOfType(
            TemporalUnavailableException.class, () -> controller.receive(delivery(body)));
    ResponseEntity<KustomerWebhookService.Outcome> retried = controller.receive(delivery(body));
    ResponseEntity<KustomerWebhookService.Outcome> again = controller.receive(delivery(body));

    assertThat(failed.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(retried.getBody().outcome()).isEqualTo("signalled");
    assertThat(again.getBody().outcome()).isEqualTo("duplicate");
    verify(service, times(2)).customerMessage(eq(CONVERSATION), any(), any());
  }

  @Test
  void aCopyArrivingWhileTheFirstIsSignalledIsToldToComeBackAndThenIsADuplicate() throws Exception {
    CountDownLatch inService = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    when(service.customerMessage(eq(CONVERSATION), any(), any()))
        .thenAnswer(
            invocation -> {
              inService.countDown();
              assertThat(finish.await(10, TimeUnit.SECONDS)).isTrue();
              return signalled();
            });
    String body = Webhooks.messageCreate(CONVERSATION, "6632cc00dd00ee00ff000333", "in", "hello");

    CompletableFuture<ResponseEntity<KustomerWebhookService.Outcome>> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return controller.receive(delivery(body));
              } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(inService.await(10, TimeUnit.SECONDS)).isTrue();
    KustomerWebhookProblem during =
        catchThrowableOfType(
            KustomerWebhookProblem.class, () -> controller.receive(delivery(body)));
    finish.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS).getBody().outcome()).isEqualTo("signalled");
    assertThat(during.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(during.type()).isEqualTo(KustomerWebhookProblem.IN_PROGRESS);
    assertThat(during.headers().getFirst("Retry-After")).isEqualTo("5");
    assertThat(controller.receive(delivery(body)).getBody().outcome()).isEqualTo("duplicate");
    verify(service, times(1)).customerMessage(eq(CONVERSATION), any(), any());
  }
}
