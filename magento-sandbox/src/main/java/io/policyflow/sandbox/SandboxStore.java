package io.policyflow.sandbox;

import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.json.MagentoJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox's in-memory data (thread-safe). Views returned to callers are detached copies in the
 * exact shape the REST API serves (nulls omitted, whole numbers as integers), as plain Java
 * maps/lists: numbers are {@code Integer}/{@code Long} or {@code BigDecimal}.
 */
public final class SandboxStore {

  private final Supplier<DataSet> initialData;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private DataSet data;

  public SandboxStore(Supplier<DataSet> initialData) {
    this.initialData = initialData;
    this.data = initialData.get();
  }

  /**
   * Back to the data the sandbox started with (fixture re-read, or demo data rebuilt for "now").
   */
  public void reset() {
    DataSet fresh = initialData.get();
    lock.writeLock().lock();
    try {
      data = fresh;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs {@code query} under the read lock. For sandbox internals; do not keep references to nodes.
   */
  public <T> T read(Function<DataSet, T> query) {
    lock.readLock().lock();
    try {
      return query.apply(data);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs {@code change} under the write lock (atomic with respect to every request). */
  public <T> T write(Function<DataSet, T> change) {
    lock.writeLock().lock();
    try {
      return change.apply(data);
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- views for tests and tools ----------------------------------------------------------

  /**
   * The order as {@code GET /V1/orders/{id}} returns it. @throws NoSuchElementException if unknown
   */
  public Map<String, Object> order(String incrementId) {
    return read(d -> d.orderByIncrementId(incrementId).map(MagentoJson::toMap))
        .orElseThrow(() -> new NoSuchElementException("No order " + incrementId));
  }

  public List<Map<String, Object>> orders() {
    return read(d -> MagentoJson.toMapList(new ArrayList<>(d.orders().values())));
  }

  /**
   * Credit memos of an order, oldest first, each with entity_id, grand_total, items, comments...
   */
  public List<Map<String, Object>> creditMemosForOrder(String incrementId) {
    return read(
        d ->
            d.orderByIncrementId(incrementId)
                .map(o -> MagentoJson.toMapList(d.creditmemosOfOrder(Json.id(o, "entity_id"))))
                .orElse(List.of()));
  }

  /** The order's status history (order comments), newest first. */
  public List<Map<String, Object>> orderComments(String incrementId) {
    return read(
        d ->
            d.orderByIncrementId(incrementId)
                .map(o -> MagentoJson.toMapList(Json.objects(o.get("status_histories"))))
                .orElse(List.of()));
  }
}
