package io.policyflow.local.kustomer;

import java.util.Map;

/**
 * The local stack with Kustomer on its simulator: {@code ./mvnw -pl local-stack -am spring-boot:run
 * -Dstart-class=io.policyflow.local.kustomer.KustomerLocalStackApplication}. Everything {@code
 * LocalStackApplication} reads, plus {@code KUSTOMER_SANDBOX_PORT} (8090), {@code KUSTOMER_API_KEY}
 * and {@code KUSTOMER_WEBHOOK_SECRET} (the simulator's defaults); {@code
 * POLICYFLOW_LOOKUPS_PLATFORM=magento} or {@code POLICYFLOW_CHANNEL_TYPE=webhook} keep that part
 * off Kustomer.
 */
public final class KustomerLocalStackApplication {

  private KustomerLocalStackApplication() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    KustomerLocalStack stack =
        KustomerLocalStack.start(env, KustomerLocalSetup.sandboxConfig(env), args);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "kustomer-local-stack-shutdown"));
  }
}
