package io.policyflow.local.kustomer;

import io.policyflow.kustomer.sandbox.KustomerSandbox;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig;
import io.policyflow.local.LocalStack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack with Kustomer for the lookups and the channel, on the Kustomer simulator: what
 * {@link LocalStack} does, plus the simulator, its settings and the webhook subscription. For tests
 * and embedding; {@code LocalStack.start} does the same from the environment (see {@link
 * KustomerLocalSetup}).
 */
public final class KustomerLocalStack implements AutoCloseable {

  private final KustomerLocalSetup kustomer;
  private final LocalStack stack;

  private KustomerLocalStack(KustomerLocalSetup kustomer, LocalStack stack) {
    this.kustomer = kustomer;
    this.stack = stack;
  }

  /**
   * @param env as for {@link LocalStack#start}
   * @param sandbox the simulator's settings (port 0: any free port)
   * @param args Spring arguments; they win over the Kustomer defaults (lookups and channel on
   *     Kustomer unless {@code POLICYFLOW_LOOKUPS_PLATFORM} / {@code POLICYFLOW_CHANNEL_TYPE} say
   *     otherwise, the simulator's URL, key, secret and demo ids)
   */
  public static KustomerLocalStack start(
      Map<String, String> env, KustomerSandboxConfig sandbox, String... args) {
    KustomerLocalSetup kustomer = KustomerLocalSetup.start(sandbox);
    try {
      List<String> arguments = new ArrayList<>(List.of(args));
      List<String> defaults = new ArrayList<>();
      if (blank(env.get("POLICYFLOW_LOOKUPS_PLATFORM"))) {
        defaults.add("--policyflow.lookups.platform=kustomer");
      }
      if (blank(env.get("POLICYFLOW_CHANNEL_TYPE"))) {
        defaults.add("--policyflow.channel.type=kustomer");
      }
      defaults.addAll(kustomer.arguments());
      for (String argument : defaults) {
        String key = argument.substring(0, argument.indexOf('=') + 1);
        if (arguments.stream().noneMatch(a -> a.startsWith(key))) {
          arguments.add(argument); // a repeated option would be read as "a,b"
        }
      }
      // KUSTOMER_BASE_URL names this simulator, so that LocalStack does not start a second one
      Map<String, String> environment = new HashMap<>(env);
      environment.put("KUSTOMER_BASE_URL", kustomer.sandbox().baseUrl());
      LocalStack stack = LocalStack.start(environment, arguments.toArray(String[]::new));
      kustomer.connect(stack.apiPort());
      return new KustomerLocalStack(kustomer, stack);
    } catch (RuntimeException e) {
      kustomer.close();
      throw e;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public LocalStack stack() {
    return stack;
  }

  public KustomerSandbox kustomer() {
    return kustomer.sandbox();
  }

  @Override
  public void close() {
    try {
      stack.close();
    } finally {
      kustomer.close();
    }
  }
}
