package io.policyflow.api.refunds;

import io.policyflow.api.ApiProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How fast one conversation takes customer turns over HTTP ({@code POST /v1/refunds/{id}/messages}
 * and the playground's): a token bucket per conversation id, {@code policyflow.api.turn-rate.burst}
 * turns at once (10) and one more every {@code refill-every} (1 s), kept as the time its bucket is
 * next full (GCRA). Past it a turn is answered 429 with {@code Retry-After} and never reaches
 * Temporal.
 *
 * <p>A retry of one of the conversation's last {@value #REMEMBERED_MESSAGE_IDS} admitted message
 * ids spends no token: Temporal answers it from the completed update, adding nothing to the
 * history. At most {@value #MAX_CONVERSATIONS} conversations are tracked; the least recently seen
 * is forgotten first (it starts again with a full bucket, so forgetting is only ever more lenient).
 * This is the first line; the workflow's own limits ({@code ConversationLimits}) are what bound a
 * conversation.
 */
@Component("policyflowApiTurnRateLimiter")
public class TurnRateLimiter {

  static final int MAX_CONVERSATIONS = 10_000;
  static final int REMEMBERED_MESSAGE_IDS = 4;

  private final long interval;
  private final long tolerance;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_CONVERSATIONS;
        }
      };

  @Autowired
  public TurnRateLimiter(ApiProperties properties) {
    this(properties.turnRate(), System::nanoTime);
  }

  TurnRateLimiter(ApiProperties.TurnRate rate, LongSupplier nanoTime) {
    this.interval = rate.refillEvery().toNanos();
    this.tolerance = (rate.burst() - 1) * interval;
    this.nanoTime = nanoTime;
  }

  /**
   * Takes a token for this turn, or throws {@link TooManyTurnsException}; a recent message id is
   * free.
   */
  public void admit(String conversationId, String messageId) {
    long now = nanoTime.getAsLong();
    long wait;
    synchronized (buckets) {
      Bucket bucket = buckets.computeIfAbsent(conversationId, id -> new Bucket(now));
      if (bucket.remembers(messageId)) {
        return;
      }
      long next = bucket.fullAt - now > 0 ? bucket.fullAt : now;
      wait = next - now - tolerance;
      if (wait <= 0) {
        bucket.fullAt = next + interval;
        bucket.remember(messageId);
        return;
      }
    }
    throw new TooManyTurnsException(conversationId, Math.max(1, ceilSeconds(wait)));
  }

  private static long ceilSeconds(long nanos) {
    return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
  }

  /** One conversation's bucket: when it is full again, and its last admitted message ids. */
  private static final class Bucket {
    long fullAt;
    private final String[] recent = new String[REMEMBERED_MESSAGE_IDS];
    private int next;

    Bucket(long now) {
      fullAt = now;
    }

    boolean remembers(String messageId) {
      for (String id : recent) {
        if (messageId.equals(id)) {
          return true;
        }
      }
      return false;
    }

    void remember(String messageId) {
      recent[next] = messageId;
      next = (next + 1) % recent.length;
    }
  }
}
