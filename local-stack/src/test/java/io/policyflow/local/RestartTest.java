package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.sandbox.MagentoSandbox;
import io.policyflow.sandbox.SandboxConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With TEMPORAL_ADDRESS pointing at a separately started server, killing the local stack mid-conversation and
 * starting it again loses nothing: the conversation continues where it was.
 */
class RestartTest {

  @Test
  void aConversationContinuesAfterTheStackRestarts() {
    try (EmbeddedTemporal temporal = EmbeddedTemporal.start(0);
        MagentoSandbox store = MagentoSandbox.start(SandboxConfig.builder().port(0).build())) {
      Map<String, String> env = Map.of("TEMPORAL_ADDRESS", temporal.target(), "MAGENTO_BASE_URL", store.baseUrl());
      String[] args = {"--server.port=0", "--policyflow.api.token=t"};

      try (LocalStack first = LocalStack.start(env, args)) {
        Http api = new Http(first.apiPort(), "t");
        api.post("/v1/refunds", "{\"conversationId\":\"restart-1\"}");
        api.say("restart-1", "m1", "jane.doe@example.com");
        api.say("restart-1", "m2", "101");
        assertThat(api.say("restart-1", "m3", "unused")).contains("Shall I go ahead?");
      }

      try (LocalStack second = LocalStack.start(env, args)) {
        Http api = new Http(second.apiPort(), "t");
        var before = api.get("/v1/refunds/restart-1").body();
        assertThat(before.get("awaiting").asText()).isEqualTo("CONFIRMATION");
        assertThat(before.get("messages")).hasSize(7);

        assertThat(api.say("restart-1", "m4", "yes")).contains("refunded $10.00");
        assertThat(new SandboxHttp(store.baseUrl()).creditMemos("000000101")).hasSize(1);
      }
    }
  }
}
