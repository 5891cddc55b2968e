package io.policyflow.sandbox.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's active fault rules ({@code MagentoSandbox#faults()}, or {@code /__sandbox/faults}
 * over HTTP). For each request the first active rule (in the order they were added) whose method
 * and path glob match is applied and its remaining count decremented atomically; a rule whose count
 * reaches 0 is removed. Thread-safe.
 */
public final class Faults {

  private final List<Active> rules = new ArrayList<>();
  private long nextId = 1;
  private long applied;

  /**
   * One active rule: its id, the rule, and how many more requests it applies to ({@code null} = no
   * limit).
   */
  public record ActiveFault(long id, FaultRule rule, Integer remaining) {

    public ObjectNode toJson() {
      ObjectNode out = rule.toJson();
      out.put("id", id);
      if (remaining == null) {
        out.putNull("remaining");
      } else {
        out.put("remaining", remaining);
      }
      return out;
    }
  }

  private static final class Active {
    final long id;
    final FaultRule rule;
    Integer remaining;

    Active(long id, FaultRule rule) {
      this.id = id;
      this.rule = rule;
      this.remaining = rule.times();
    }

    ActiveFault view() {
      return new ActiveFault(id, rule, remaining);
    }
  }

  /** Adds a rule after the existing ones; returns it as listed (with its id). */
  public synchronized ActiveFault add(FaultRule rule) {
    Active active = new Active(nextId++, rule);
    rules.add(active);
    return active.view();
  }

  /** Removes every rule; returns how many were active. */
  public synchronized int clear() {
    int count = rules.size();
    rules.clear();
    return count;
  }

  /** The active rules, in the order they apply. */
  public synchronized List<ActiveFault> list() {
    return rules.stream().map(Active::view).toList();
  }

  /** How many requests a fault has been applied to since the sandbox started. */
  public synchronized long appliedCount() {
    return applied;
  }

  /**
   * The rule for this request, consuming one of its {@code times}; empty when none matches.
   *
   * @param apiPath the path after {@code /rest/<store>} ({@code /V1/...}), or null when it is not
   *     an API path
   */
  public synchronized Optional<FaultRule> take(String method, String apiPath) {
    for (Iterator<Active> it = rules.iterator(); it.hasNext(); ) {
      Active active = it.next();
      if (!active.rule.matches(method, apiPath)) {
        continue;
      }
      if (active.remaining != null) {
        active.remaining--;
        if (active.remaining <= 0) {
          it.remove();
        }
      }
      applied++;
      return Optional.of(active.rule);
    }
    return Optional.empty();
  }
}
