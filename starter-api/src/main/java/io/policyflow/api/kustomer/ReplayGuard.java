package io.policyflow.api.kustomer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deliveries claimed within the last {@code window}, by key (Kustomer's message id, else the
 * signature's decoded MAC): the first delivery of a key claims it before anything is signalled, so
 * of N parallel copies exactly one reaches Temporal; a copy arriving while it runs is {@link
 * State#IN_PROGRESS}, one arriving after it is {@link State#HANDLED}. A claim whose handling failed
 * is released, so Kustomer's redelivery gets through.
 *
 * <p>Bounded: at most {@code maxEntries} keys (the oldest claim goes first), and a key is forgotten
 * {@code window} after its claim. A key forgotten early reaches the workflow again, which answers a
 * repeated message id once. One lock, held for constant work per call (entries are in claim order,
 * so expiry reads from the head).
 */
final class ReplayGuard {

  /** Kustomer retries a failed delivery about 10 times over about 80 minutes. */
  static final Duration DEFAULT_WINDOW = Duration.ofHours(2);

  static final int DEFAULT_MAX_ENTRIES = 10_000;

  enum State {
    /** First of its key: handle it, then {@link Claim#handled()} or {@link Claim#release()}. */
    CLAIMED,
    /** Another copy is being handled right now. */
    IN_PROGRESS,
    /** Already handled within the window. */
    HANDLED
  }

  private static final class Entry {
    final Instant claimedAt;
    boolean handled;

    Entry(Instant claimedAt) {
      this.claimedAt = claimedAt;
    }
  }

  /**
   * The answer to {@link #claim}; {@link #handled()} and {@link #release()} only act on a {@code
   * CLAIMED} one.
   */
  final class Claim {
    private final String key;
    private final State state;
    private final Entry entry;

    private Claim(String key, State state, Entry entry) {
      this.key = key;
      this.state = state;
      this.entry = entry;
    }

    State state() {
      return state;
    }

    /** The delivery was handled: later copies are {@link State#HANDLED}. */
    void handled() {
      synchronized (ReplayGuard.this) {
        if (state == State.CLAIMED) {
          entry.handled = true;
        }
      }
    }

    /** The delivery failed: the next copy claims the key again. */
    void release() {
      synchronized (ReplayGuard.this) {
        if (state == State.CLAIMED) {
          entries.remove(key, entry);
        }
      }
    }
  }

  private final Duration window;
  private final int maxEntries;
  private final Clock clock;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  /**
   * The window is {@link #DEFAULT_WINDOW}, or {@code minWindow} when longer (a timestamp's max
   * age).
   */
  ReplayGuard(Duration minWindow, Clock clock) {
    this(
        minWindow.compareTo(DEFAULT_WINDOW) > 0 ? minWindow : DEFAULT_WINDOW,
        DEFAULT_MAX_ENTRIES,
        clock);
  }

  ReplayGuard(Duration window, int maxEntries, Clock clock) {
    this.window = window;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /** Atomically: claims {@code key} when no delivery holds it, else tells who does. */
  synchronized Claim claim(String key) {
    Instant now = clock.instant();
    expire(now);
    Entry held = entries.get(key);
    if (held != null) {
      return new Claim(key, held.handled ? State.HANDLED : State.IN_PROGRESS, null);
    }
    Entry entry = new Entry(now);
    entries.put(key, entry);
    if (entries.size() > maxEntries) {
      Iterator<String> eldest = entries.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return new Claim(key, State.CLAIMED, entry);
  }

  synchronized int size() {
    return entries.size();
  }

  private void expire(Instant now) {
    Instant oldest = now.minus(window);
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext() && it.next().getValue().claimedAt.isBefore(oldest)) {
      it.remove();
    }
  }
}
