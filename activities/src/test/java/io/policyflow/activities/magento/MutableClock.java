package io.policyflow.activities.magento;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A clock tests move by hand, or one that reads another time source (Temporal's test time). */
final class MutableClock extends Clock {
  private final Supplier<Instant> now;
  private final AtomicReference<Instant> manual;

  MutableClock(Instant start) {
    this.manual = new AtomicReference<>(start);
    this.now = manual::get;
  }

  private MutableClock(Supplier<Instant> source) {
    this.manual = null;
    this.now = source;
  }

  static MutableClock following(Supplier<Instant> source) {
    return new MutableClock(source);
  }

  void advance(Duration by) {
    manual.updateAndGet(t -> t.plus(by));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
