package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store's protections: per-host circuit breaker, rate limiter and bulkhead, each failing fast
 * with a retryable failure (Temporal retries later) and without touching the store. Small windows
 * and a hand-moved clock keep it fast.
 */
class MagentoResilienceTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  private final MutableClock clock = new MutableClock(Instant.parse("2024-05-06T10:00:00Z"));

  private MagentoResilience resilience(MagentoResilienceConfig.Builder config) {
    return new MagentoResilience(config.clock(clock).build());
  }

  private MagentoClient client(MagentoResilience resilience) {
    return MagentoClients.create(MagentoStub.config(wm), resilience, clock);
  }

  private static MagentoResilienceConfig.Builder smallCircuit() {
    return MagentoResilienceConfig.builder()
        .slidingWindowSize(4)
        .minimumNumberOfCalls(4)
        .failureRateThreshold(50)
        .waitInOpenState(Duration.ofSeconds(30))
        .permittedCallsInHalfOpenState(1);
  }

  @Test
  void circuitOpensAfterRepeated503sThenFailsFastWithoutCallingTheStoreAndRecovers() {
    MagentoResilience resilience = resilience(smallCircuit());
    MagentoClient client = client(resilience);
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(json(Fixtures.magento("error-500-masked.json")).withStatus(503)));

    for (int i = 0; i < 4; i++) {
      ApplicationFailure failure =
          catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));
      assertThat(failure.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    }
    CircuitBreaker circuit = resilience.circuitBreaker(MagentoStub.config(wm).host());
    assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(circuit.getName()).isEqualTo("magento-" + MagentoStub.config(wm).host());

    clock.advance(Duration.ofSeconds(10));
    ApplicationFailure fast =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));
    assertThat(fast.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(fast.isNonRetryable()).isFalse();
    assertThat(fast.getOriginalMessage()).contains("circuit breaker").contains("open");
    assertThat(fast.getCause()).isInstanceOf(CallNotPermittedException.class);
    assertThat(fast.getNextRetryDelay())
        .as("wait until the circuit half-opens")
        .isEqualTo(Duration.ofSeconds(20));
    wm.verify(4, getRequestedFor(urlEqualTo(API + "/orders/1042")));

    // the store is back; once the wait is over one trial call goes through and closes the circuit
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(json(Fixtures.magento("order-1042.json"))));
    clock.advance(Duration.ofSeconds(21));
    assertThat(client.order(1042).entityId()).isEqualTo(1042L);
    assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    wm.verify(5, getRequestedFor(urlEqualTo(API + "/orders/1042")));
  }

  @Test
  void halfOpenTrialThatFailsOpensTheCircuitAgain() {
    MagentoResilience resilience = resilience(smallCircuit());
    MagentoClient client = client(resilience);
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    for (int i = 0; i < 4; i++) {
      catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));
    }
    CircuitBreaker circuit = resilience.circuitBreaker(MagentoStub.config(wm).host());
    assertThat(circuit.getState())
        .as("dropped connections count")
        .isEqualTo(CircuitBreaker.State.OPEN);
    // (the JDK client itself resends an idempotent GET once when a pooled connection turns out
    // dead)
    int sent = wm.findAll(getRequestedFor(urlEqualTo(API + "/orders/1042"))).size();

    catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));
    assertThat(wm.findAll(getRequestedFor(urlEqualTo(API + "/orders/1042"))))
        .as("open: not sent")
        .hasSize(sent);

    clock.advance(Duration.ofSeconds(31));
    catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo(API + "/orders/1042"))))
        .as("the half-open trial was sent")
        .hasSizeGreaterThan(sent);
  }

  @Test
  void refusalsThatRetryingCannotFixNeverOpenTheCircuit() {
    MagentoResilience resilience = resilience(smallCircuit());
    MagentoClient client = client(resilience);
    wm.stubFor(
        get(urlEqualTo(API + "/orders/9999"))
            .willReturn(json(Fixtures.magento("error-404-entity.json")).withStatus(404)));
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(json(Fixtures.magento("error-401-acl.json")).withStatus(401)));

    for (int i = 0; i < 6; i++) {
      ApplicationFailure notFound =
          catchThrowableOfType(ApplicationFailure.class, () -> client.order(9999));
      assertThat(notFound.getType()).isEqualTo(CommerceFailures.NOT_FOUND);
      ApplicationFailure refused =
          catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));
      assertThat(refused.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    }

    CircuitBreaker circuit = resilience.circuitBreaker(MagentoStub.config(wm).host());
    assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(circuit.getMetrics().getNumberOfFailedCalls()).isZero();
  }

  @Test
  void timeoutsAnd429CountAsFailures() {
    MagentoResilience resilience = resilience(smallCircuit());
    MagentoClient client =
        MagentoClients.create(
            new MagentoConfig(
                wm.baseUrl() + "/rest",
                MagentoStub.TOKEN,
                Duration.ofSeconds(1),
                Duration.ofMillis(200),
                "default"),
            resilience,
            clock);
    wm.stubFor(get(urlEqualTo(API + "/orders/1")).willReturn(json("{}").withFixedDelay(1000)));
    wm.stubFor(
        get(urlEqualTo(API + "/orders/2"))
            .willReturn(
                json("{\"message\":\"Too Many Requests\"}")
                    .withStatus(429)
                    .withHeader("Retry-After", "7")));

    ApplicationFailure timeout =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1));
    ApplicationFailure tooMany =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(2));

    assertThat(timeout.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(tooMany.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(tooMany.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(
            resilience
                .circuitBreaker(MagentoStub.config(wm).host())
                .getMetrics()
                .getNumberOfFailedCalls())
        .isEqualTo(2);
  }

  @Test
  void rateLimitFailsFastAndRetryable() {
    MagentoResilience resilience =
        resilience(
            MagentoResilienceConfig.builder()
                .rateLimit(2, Duration.ofMinutes(1))
                .rateLimitWait(Duration.ZERO));
    MagentoClient client = client(resilience);
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(json(Fixtures.magento("order-1042.json"))));

    client.order(1042);
    client.order(1042);
    ApplicationFailure limited =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(limited.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(limited.isNonRetryable()).isFalse();
    assertThat(limited.getOriginalMessage()).contains("Rate limit").contains("2 calls per PT1M");
    assertThat(limited.getCause()).isInstanceOf(RequestNotPermitted.class);
    wm.verify(2, getRequestedFor(urlEqualTo(API + "/orders/1042")));
    assertThat(
            resilience
                .circuitBreaker(MagentoStub.config(wm).host())
                .getMetrics()
                .getNumberOfFailedCalls())
        .as("a refusal of ours is not the store failing")
        .isZero();
  }

  @Test
  void bulkheadFullFailsFastAndRetryable() throws Exception {
    MagentoResilience resilience =
        resilience(
            MagentoResilienceConfig.builder().maxConcurrentCalls(1).bulkheadWait(Duration.ZERO));
    MagentoClient client = client(resilience);
    wm.stubFor(
        get(urlEqualTo(API + "/orders/1042"))
            .willReturn(json(Fixtures.magento("order-1042.json")).withFixedDelay(1000)));
    Bulkhead bulkhead = resilience.guard(MagentoStub.config(wm).host()).bulkhead();

    CompletableFuture<Long> slow =
        CompletableFuture.supplyAsync(() -> client.order(1042).entityId());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (bulkhead.getMetrics().getAvailableConcurrentCalls() > 0
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    ApplicationFailure full =
        catchThrowableOfType(ApplicationFailure.class, () -> client.order(1042));

    assertThat(full.getType()).isEqualTo(MagentoErrors.UNAVAILABLE);
    assertThat(full.isNonRetryable()).isFalse();
    assertThat(full.getCause()).isInstanceOf(BulkheadFullException.class);
    assertThat(full.getOriginalMessage()).contains("1 calls to").contains("already in flight");
    assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo(1042L);
    wm.verify(1, getRequestedFor(urlEqualTo(API + "/orders/1042")));
  }

  @Test
  void eachHostHasItsOwnCircuit() {
    MagentoResilience resilience = resilience(smallCircuit());
    resilience.circuitBreaker("shop-a.example.com").transitionToOpenState();

    assertThat(resilience.circuitBreaker("shop-b.example.com").getState())
        .isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(resilience.circuitBreakers().getAllCircuitBreakers())
        .extracting(CircuitBreaker::getName)
        .contains("magento-shop-a.example.com", "magento-shop-b.example.com");
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
