package io.policyflow.activities.magento.sandbox;

import static io.policyflow.activities.magento.sandbox.RealSandbox.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.policyflow.activities.magento.MagentoClients;
import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.activities.magento.MagentoCredentials;
import io.policyflow.activities.magento.OAuth1Signer;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.SandboxConfig;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real adapter with {@link OAuth1Signer} against a sandbox that, like a stock 2.4.4+ store,
 * accepts only OAuth 1.0a-signed requests: Magento's verifier (as the sandbox reproduces it) agrees
 * with the signer on every call a refund makes, query strings and encoded emails included.
 */
class SandboxOAuthTest {

  static final MagentoCredentials.OAuth1 INTEGRATION =
      new MagentoCredentials.OAuth1(
          SandboxConfig.DEFAULT_CONSUMER_KEY,
          SandboxConfig.DEFAULT_CONSUMER_SECRET,
          SandboxConfig.DEFAULT_ACCESS_TOKEN,
          SandboxConfig.DEFAULT_ACCESS_TOKEN_SECRET);

  private static MagentoSandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox =
        MagentoSandbox.start(
            SandboxConfig.builder()
                .port(0)
                .clock(RealSandbox.CLOCK)
                .integrationBearer(false)
                .build());
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.store().reset();
  }

  private static MagentoCommerceActivities activities(MagentoCredentials.OAuth1 credentials) {
    return new MagentoCommerceActivities(
        MagentoClients.create(
            RealSandbox.config(sandbox),
            new OAuth1Signer(credentials, RealSandbox.CLOCK),
            RealSandbox.CLOCK),
        RealSandbox.CLOCK);
  }

  @Test
  void aWholeRefundWithSignedRequests() {
    MagentoCommerceActivities activities = activities(INTEGRATION);

    CustomerRecord jane = activities.findCustomer("Jane.Doe@Example.com");
    assertThat(jane.customerId()).isEqualTo(1L);
    List<OrderRecord> orders = activities.recentOrders(jane, 5);
    assertThat(orders).extracting(OrderRecord::number).contains("000000101", "000000102");
    OrderRecord order = activities.orderDetails(11);
    assertThat(order.number()).isEqualTo("000000101");

    RefundReceipt receipt =
        activities.refund(
            new RefundCommand(
                11,
                "000000101",
                null,
                false,
                List.of(new RefundLine(1101, BigDecimal.ONE)),
                false,
                "oauth:11",
                BigDecimal.TEN,
                "USD"));

    assertThat(receipt.alreadyExisted()).isFalse();
    assertThat(receipt.amount()).isEqualByComparingTo("10");
    assertThat(decimal(sandbox.store().order("000000101").get("total_refunded")))
        .isEqualByComparingTo("10");
    // looked up again by its marker (a search with a comment filter), found, not refunded twice
    assertThat(
            activities
                .refund(
                    new RefundCommand(
                        11,
                        "000000101",
                        null,
                        false,
                        List.of(new RefundLine(1101, BigDecimal.ONE)),
                        false,
                        "oauth:11",
                        BigDecimal.TEN,
                        "USD"))
                .alreadyExisted())
        .isTrue();
    assertThat(sandbox.store().creditMemosForOrder("000000101")).hasSize(1);
  }

  @Test
  void aPlusAddressInTheSignedQueryIsVerified() {
    assertThat(activities(INTEGRATION).findCustomer("Pat+Shop@example.com").email())
        .isEqualTo("pat+shop@example.com");
  }

  @Test
  void aWrongTokenSecretIsMagentosSignatureErrorAndNotRetryable() {
    MagentoCommerceActivities wrong =
        activities(
            new MagentoCredentials.OAuth1(
                INTEGRATION.consumerKey(),
                INTEGRATION.consumerSecret(),
                INTEGRATION.accessToken(),
                "wrongtokensecret0000000000000001"));

    ApplicationFailure failure =
        catchThrowableOfType(
            ApplicationFailure.class, () -> wrong.findCustomer("jane.doe@example.com"));

    assertThat(failure.getType()).isEqualTo(CommerceFailures.UNAUTHORIZED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage())
        .contains("The signature is invalid. Verify and try again.");
  }
}
