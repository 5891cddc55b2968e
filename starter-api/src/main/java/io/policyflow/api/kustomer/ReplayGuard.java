package io.policyflow.api.kustomer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the signatures of deliveries handled within the last {@code window}, so that the very same signed
 * delivery replayed within it is answered without reaching Temporal again. Only handled deliveries are
 * remembered: one that failed (503) can be delivered again. Older replays are refused by the timestamp check, or
 * (without a timestamp) reach the workflow, which answers a repeated message id once.
 */
final class ReplayGuard {

  private static final int MAX_ENTRIES = 10_000;

  private final Duration window;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  ReplayGuard(Duration window, Clock clock) {
    this.window = window;
    this.clock = clock;
  }

  synchronized boolean seen(String signature) {
    expire();
    return seen.containsKey(signature);
  }

  synchronized void remember(String signature) {
    expire();
    seen.put(signature, clock.instant());
    if (seen.size() > MAX_ENTRIES) {
      Iterator<String> eldest = seen.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  private void expire() {
    Instant oldest = clock.instant().minus(window);
    Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
    while (entries.hasNext()) {
      if (entries.next().getValue().isBefore(oldest)) {
        entries.remove();
      } else {
        break;
      }
    }
  }
}
