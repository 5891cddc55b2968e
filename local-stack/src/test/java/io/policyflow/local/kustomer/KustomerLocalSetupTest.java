package io.policyflow.local.kustomer;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.kustomer.sandbox.KustomerDemo;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the local stack starts the Kustomer simulator, and what it tells the worker and the API. */
class KustomerLocalSetupTest {

  @Test
  void theSimulatorStartsOnlyWhenKustomerIsSelectedAndNoRealOrgIsNamed() {
    assertThat(KustomerLocalSetup.fromEnvironment(Map.of())).isNull();
    assertThat(
            KustomerLocalSetup.fromEnvironment(
                Map.of(
                    "POLICYFLOW_LOOKUPS_PLATFORM",
                    "magento",
                    "POLICYFLOW_CHANNEL_TYPE",
                    "webhook")))
        .isNull();
    assertThat(
            KustomerLocalSetup.fromEnvironment(
                Map.of(
                    "POLICYFLOW_CHANNEL_TYPE",
                    "kustomer",
                    "KUSTOMER_BASE_URL",
                    "https://acme.api.kustomerapp.com")))
        .isNull();

    try (KustomerLocalSetup setup =
        KustomerLocalSetup.fromEnvironment(
            Map.of(
                "POLICYFLOW_CHANNEL_TYPE",
                "Kustomer",
                "KUSTOMER_SANDBOX_PORT",
                "0",
                "KUSTOMER_WEBHOOK_SECRET",
                "local-secret"))) {
      assertThat(setup).isNotNull();
      assertThat(setup.arguments())
          .contains(
              "--policyflow.kustomer.base-url=" + setup.sandbox().baseUrl(),
              "--policyflow.kustomer.webhook.secret=local-secret",
              "--policyflow.kustomer.webhook.routing.queue-id=" + KustomerDemo.REFUND_BOT_QUEUE_ID,
              "--policyflow.kustomer.outbound.sender-user-id=" + KustomerDemo.BOT_USER_ID,
              "--policyflow.kustomer.handoff.queue-id=" + KustomerDemo.REFUNDS_HUMAN_QUEUE_ID);
      setup.connect(18080);
      assertThat(setup.sandbox().webhookUrl())
          .isEqualTo("http://127.0.0.1:18080/v1/webhooks/kustomer");
    }
  }
}
